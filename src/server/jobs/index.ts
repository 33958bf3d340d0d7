import type { AppContext } from '../context';

/**
 * Registers the handlers of every background queue. The mailer registers its own queue when it is
 * created; modules with background work add theirs here.
 */
export function registerJobs(_ctx: AppContext): void {}
