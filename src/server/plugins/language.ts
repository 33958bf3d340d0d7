import type { FastifyRequest } from 'fastify';
import type { Language } from '../../shared/errors';

/** The signed-in user's choice wins; otherwise the browser's preference; Dutch by default. */
export function requestLanguage(request: FastifyRequest): Language {
  if (request.actor) return request.actor.language;
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
  }
  return 'nl';
}
