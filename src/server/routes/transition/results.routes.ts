import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeText } from '../../../domain/csv/parse';
import { assertCan } from '../../policies/policy';
import { requireActor } from '../../plugins/auth';
import { checkTestResults } from '../../services/test-results.service';
import type { RouteApp, RouteModule } from '../types';

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'];

/** The dry run of the results import: the same checks as the import itself, nothing stored. */
export const studyResultRoutes: RouteModule = (app, ctx) => {
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
    api.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, decodeText(body as Buffer));
    });
    api.post(
      '/api/admin/test-results/check',
      {
        config: { access: 'imports.manage' },
        bodyLimit: ctx.env.KOERS_BODY_LIMIT_MB * 1024 * 1024,
        onRequest: async (request) => assertCan(requireActor(request), 'imports.manage'),
        schema: {
          tags: ['imports'],
          summary:
            'Check a results CSV (studentnummer; toets; datum; cijfer, behaald or resultaat; optional studiepunten) without importing: every problem with row and column',
          consumes: ['text/csv', 'text/plain'],
          body: z.string(),
          response: {
            200: z.object({
              rows: z.number(),
              valid: z.boolean(),
              errors: z.array(z.object({ row: z.number().nullable(), column: z.string().nullable(), message: z.string() })),
              total: z.number(),
            }),
          },
        },
      },
      async (request) => checkTestResults(ctx, requireActor(request), request.body),
    );
  });
};
