import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context';

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

export const ErrorResponse = z.object({
  error: z.object({ id: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** Links in mails point at the configured public address, or else at the address the user used. */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}
