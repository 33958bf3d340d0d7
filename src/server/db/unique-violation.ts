import type { ErrorId } from '../../shared/errors';
import { AppError } from '../errors';

/**
 * Services check for duplicates before writing so they can answer with a precise error, but two
 * requests can still race past the check; the unique index then decides. Both pg and PGlite raise
 * SQLSTATE 23505 with the name of the violated constraint or index.
 */
export function uniqueViolation(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { code?: unknown; constraint?: unknown };
  if (e.code !== '23505') return null;
  return typeof e.constraint === 'string' ? e.constraint : '';
}

/** Runs `work` and turns a unique-index violation into the typed error the caller names for it. */
export async function withUniqueErrors<T>(work: () => Promise<T>, errorFor: (constraint: string) => ErrorId): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const constraint = uniqueViolation(err);
    if (constraint !== null) throw new AppError(errorFor(constraint));
    throw err;
  }
}
