import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorMessage, type ErrorId } from '../../shared/errors';
import { AppError } from '../errors';
import { requestLanguage } from './language';

const locales = { nl: z.locales.nl(), en: z.locales.en() };

/** Field-level problems in the user's language, e.g. [{ path: 'email', message: 'Ongeldig: emailadres' }]. */
function validationDetails(err: FastifyError, language: 'nl' | 'en') {
  const items = err.validation ?? [];
  return items.map((v) => {
    const path = v.instancePath.split('/').filter(Boolean);
    const issue = { ...(v.params as object), code: v.keyword, path, message: v.message } as Parameters<
      (typeof locales)['nl']['localeError']
    >[0];
    const own = (v.params as { params?: Partial<Record<'nl' | 'en', string>> } | undefined)?.params?.[language];
    const translated = own ?? locales[language].localeError(issue);
    const message = typeof translated === 'string' ? translated : (translated?.message ?? v.message ?? '');
    return { path: path.join('.'), in: err.validationContext, message };
  });
}

const FASTIFY_CODES: Record<string, ErrorId> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

export function sendError(request: FastifyRequest, reply: FastifyReply, id: ErrorId, status: number, details?: unknown) {
  const language = requestLanguage(request);
  const body = { error: { id, message: errorMessage(id, language), ...(details === undefined ? {} : { details }) } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return sendError(request, reply, err.id, err.status, err.details);
    if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
      return sendError(request, reply, 'validation_failed', 400, validationDetails(err, requestLanguage(request)));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendError(request, reply, mapped, err.statusCode ?? 400);
    if (err instanceof SyntaxError) return sendError(request, reply, 'invalid_json', 400);
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const id: ErrorId = status === 429 ? 'too_many_attempts' : status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : 'bad_request';
      return sendError(request, reply, id, status);
    }
    request.log.error({ err }, 'unhandled error');
    return sendError(request, reply, 'internal', 500);
  });
}
