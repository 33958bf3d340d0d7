import type { AppContext } from '../context';
import { registerRosterImportJob } from './roster-import.job';

/**
 * Registers the handlers of every background queue. The mailer registers its own queue when it is
 * created; modules with background work add theirs here.
 */
export function registerJobs(ctx: AppContext): void {
  registerRosterImportJob(ctx);
}
