import { AppError } from '../errors';
import type { Actor } from '../policies/policy';

export interface FieldProblem {
  path: string;
  nl: string;
  en: string;
}

/**
 * A validation failure found by a service (e.g. "this id is not a counsellor"), shaped exactly like
 * the ones zod produces for the request schema, so clients handle both the same way.
 */
export function fieldErrors(actor: Actor, problems: FieldProblem[], where: 'body' | 'querystring' = 'body'): AppError {
  return new AppError(
    'validation_failed',
    problems.map((p) => ({ path: p.path, in: where, message: p[actor.language] })),
  );
}
