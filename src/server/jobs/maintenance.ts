import type { AppContext } from '../context';
import { purgePrivateNotes } from '../repositories/conversation-parts.repository';
import { purgeFinishedJobs } from '../repositories/jobs.repository';
import { remindWaiting } from '../services/referrals.service';

const EVERY_MS = 6 * 60 * 60_000;
/** Done jobs are kept two weeks (failed ones stay until someone looks). */
const KEEP_DONE_JOBS_MS = 14 * 86_400_000;

/**
 * Housekeeping that must happen even when nobody asks: private working notes past the
 * institution's retention period are deleted, the second line is reminded of referrals that wait
 * longer than the norm, and finished background jobs older than two weeks are removed. Each step
 * is idempotent, so several app processes running it at once do no harm.
 */
export async function runMaintenance(ctx: AppContext, now = new Date()): Promise<void> {
  const removed = await purgePrivateNotes(ctx.db);
  if (removed > 0) ctx.log.info({ removed }, 'private notes past retention deleted');
  const reminded = await remindWaiting(ctx);
  if (reminded > 0) ctx.log.info({ reminded }, 'reminders sent for waiting referrals');
  const jobs = await purgeFinishedJobs(ctx.db, new Date(now.getTime() - KEEP_DONE_JOBS_MS));
  if (jobs > 0) ctx.log.info({ jobs }, 'finished jobs removed');
}

/** Runs the housekeeping at start-up and every six hours. */
export function startMaintenance(ctx: AppContext): () => void {
  const run = () => runMaintenance(ctx).catch((err: unknown) => ctx.log.error({ err }, 'maintenance failed'));
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
