import { z } from 'zod';
import { AppError } from '../errors';

/** Keyset pagination: opaque cursors that encode where the previous page ended. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A cursor we did not issue is a client error, not a reason to start again at page one. */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('bad_request', [{ path: 'cursor', in: 'querystring' }]);
  }
}

/** Splits the extra row fetched by a `limit + 1` query off into a next cursor. */
export function page<T, C>(rows: T[], limit: number, cursorOf: (last: T) => C): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}

/** The cursor of lists in class-list order (sort name, then id). */
export const ClassListCursor = z.object({ s: z.string().max(400), i: z.uuid() });
