import type { AppContext } from '../context';
import { purgePrivateNotes } from '../repositories/conversation-parts.repository';

const EVERY_MS = 6 * 60 * 60_000;

/**
 * Housekeeping that must happen even when nobody asks: private working notes past the
 * institution's retention period are deleted. Runs at start-up and every six hours; it is
 * idempotent, so several app processes running it at once do no harm.
 */
export function startMaintenance(ctx: AppContext): () => void {
  const run = async () => {
    try {
      const removed = await purgePrivateNotes(ctx.db);
      if (removed > 0) ctx.log.info({ removed }, 'private notes past retention deleted');
    } catch (err) {
      ctx.log.error({ err }, 'maintenance failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
