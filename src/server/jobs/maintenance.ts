import type { AppContext } from '../context';
import { purgePrivateNotes } from '../repositories/conversation-parts.repository';
import { remindWaiting } from '../services/referrals.service';

const EVERY_MS = 6 * 60 * 60_000;

/**
 * Housekeeping that must happen even when nobody asks: private working notes past the
 * institution's retention period are deleted, and the second line is reminded of referrals that
 * wait longer than the norm. Runs at start-up and every six hours; each step is idempotent, so
 * several app processes running it at once do no harm.
 */
export function startMaintenance(ctx: AppContext): () => void {
  const run = async () => {
    try {
      const removed = await purgePrivateNotes(ctx.db);
      if (removed > 0) ctx.log.info({ removed }, 'private notes past retention deleted');
      const reminded = await remindWaiting(ctx);
      if (reminded > 0) ctx.log.info({ reminded }, 'reminders sent for waiting referrals');
    } catch (err) {
      ctx.log.error({ err }, 'maintenance failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
