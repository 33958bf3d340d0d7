import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeText } from '../../../domain/csv/parse';
import { assertCan } from '../../policies/policy';
import { requireActor } from '../../plugins/auth';
import { importTestResults } from '../../services/test-results.service';
import type { RouteApp, RouteModule } from '../types';

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'];

export const adminTestResultRoutes: RouteModule = (app, ctx) => {
  // Raw CSV body: the parser lives only in this scope, like the roster upload's.
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
    api.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, decodeText(body as Buffer));
    });
    api.post(
      '/api/admin/test-results',
      {
        config: { access: 'imports.manage' },
        bodyLimit: ctx.env.KOERS_BODY_LIMIT_MB * 1024 * 1024,
        onRequest: async (request) => assertCan(requireActor(request), 'imports.manage'),
        schema: {
          tags: ['imports'],
          summary:
            'Import test results (CSV: studentnummer; toets; datum; cijfer and/or behaald). All or nothing: 400 test_results_invalid lists every problem with row and column',
          consumes: ['text/csv', 'text/plain'],
          body: z.string(),
          response: { 200: z.object({ rows: z.number(), inserted: z.number(), updated: z.number(), failed: z.number() }) },
        },
      },
      async (request) => importTestResults(ctx, requireActor(request), request.body, request.ip),
    );
  });
};
