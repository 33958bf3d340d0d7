import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler';
import { ROOT } from '../root';

export const WEB_DIST = path.join(ROOT, 'dist/web');

/**
 * Serves the built single-page app. Unknown /api paths answer as JSON 404; any other GET falls
 * back to index.html so that client-side routes survive a reload.
 */
export async function registerWeb(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const hasWeb = fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      // Vite fingerprints everything under assets/, so those files can be cached for good.
      immutable: true,
      maxAge: '365d',
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    // A missing fingerprinted asset (e.g. after a rebuild) is a 404, not the app's HTML.
    const isAsset = request.url.startsWith('/assets/');
    if (!isApi && !isAsset && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', { cacheControl: false });
    }
    return sendError(request, reply, 'route_not_found', 404);
  });
}
