import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context';
import { AppError } from '../errors';

export type RouteApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module's routes: registered with the app and the shared context. */
export type RouteModule = (app: RouteApp, ctx: AppContext) => void;

export const IdParams = z.object({ id: z.uuid() });

/** Keyset pagination: `limit` and an opaque `cursor` from the previous page's `nextCursor`. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

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

export const ErrorResponse = z.object({
  error: z.object({ id: z.string(), message: z.string(), details: z.unknown().optional() }),
});
