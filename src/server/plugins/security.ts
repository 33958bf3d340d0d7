import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Strict headers: everything comes from our own origin (no CDNs, fonts or analytics), no inline
 * scripts or styles, no framing. State-changing requests must come from our own pages: a browser
 * sends Origin on such requests, and a foreign Origin is refused. Clients without Origin (an
 * integration calling the API server-to-server) are not browsers and carry no ambient cookie risk.
 */
export async function registerSecurity(app: FastifyInstance, publicUrl: string | undefined): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });

  const allowed = publicUrl ? new URL(publicUrl).origin : null;
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) {
      const site = request.headers['sec-fetch-site'];
      if (site && site !== 'same-origin' && site !== 'none') throw new AppError('origin_mismatch');
      return;
    }
    const own = `${request.protocol}://${request.host}`;
    if (origin !== own && origin !== allowed) throw new AppError('origin_mismatch');
  });
}
