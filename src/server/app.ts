import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context';
import { registerAccess, type Access } from './plugins/access';
import { registerAuth } from './plugins/auth';
import { registerErrorHandler } from './plugins/error-handler';
import { registerSecurity } from './plugins/security';
import { registerWeb } from './plugins/web';
import { routeModules } from './routes/index';
import type { RouteApp } from './routes/types';

export const JSON_BODY_LIMIT = 1024 * 1024;

export interface BuildOptions {
  logger?: boolean;
  webDist?: string;
  /** Called for every route as it is registered; the policy matrix test uses it. */
  onRoute?: (route: { method: string | string[]; url: string; access: Access | undefined }) => void;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log,
    trustProxy: ctx.env.KOERS_TRUST_PROXY,
    bodyLimit: JSON_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true },
    // Keep-alive connections must not hold up a restart.
    forceCloseConnections: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  if (options.onRoute) {
    const onRoute = options.onRoute;
    app.addHook('onRoute', (r) => onRoute({ method: r.method, url: r.url, access: r.config?.access }));
  }

  await app.register(cookie);
  await registerSecurity(app, ctx.env.KOERS_PUBLIC_URL);
  registerAuth(app, ctx);
  registerAccess(app, ctx.db);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Koers API',
        version: '1.0.0',
        description:
          'Study and career guidance. Authenticate with the session cookie from POST /api/auth/login (or a Bearer session token). Errors are {"error":{"id","message"}} with a stable id.',
      },
    },
    transform: jsonSchemaTransform,
  });

  const api = app.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
  for (const module of routeModules) module(api, ctx);
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());

  await registerWeb(app, options.webDist);
  return app;
}
