import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeText } from '../../../domain/csv/parse';
import { ImportReport } from '../../../shared/surveys';
import { assertCan } from '../../policies/policy';
import { requireActor } from '../../plugins/auth';
import * as surveyImport from '../../services/survey-import.service';
import { IdParams, type RouteApp, type RouteModule } from '../types';

/** The content types a CSV upload may carry; browsers label .csv files differently per platform. */
const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'];

/** Survey data gathered elsewhere: a CSV with one row per respondent, checked first and applied whole. */
export const surveyImportRoutes: RouteModule = (app, ctx) => {
  // The upload takes raw CSV; its parser and larger body limit stay inside this scope only.
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
    api.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, decodeText(body as Buffer));
    });
    api.post(
      '/api/surveys/:id/responses/import',
      {
        config: { access: 'surveys.manage' },
        bodyLimit: ctx.env.KOERS_BODY_LIMIT_MB * 1024 * 1024,
        // Refused before the (possibly large) body is read.
        onRequest: async (request) => assertCan(requireActor(request), 'surveys.manage'),
        schema: {
          tags: ['surveys'],
          summary:
            'Import survey responses from a CSV (raw body, Content-Type text/csv): one row per respondent, one column per item code, optional columns respondent, sector, programme, cohort, gender, year. mode=check reports every problem by row and column; mode=apply writes all rows or nothing (409 survey_import_has_errors).',
          consumes: ['text/csv', 'text/plain'],
          params: IdParams,
          querystring: z.object({ mode: z.enum(['check', 'apply']).default('check'), filename: z.string().trim().min(1).max(255).default('import.csv') }),
          body: z.string(),
          response: { 200: ImportReport },
        },
      },
      async (request) =>
        surveyImport.importResponses(ctx, requireActor(request), request.params.id, { mode: request.query.mode, fileName: request.query.filename, text: request.body }, request.ip),
    );
  });

  app.get(
    '/api/surveys/:id/responses/template.csv',
    {
      config: { access: 'surveys.manage' },
      schema: {
        tags: ['surveys'],
        summary: 'An empty CSV with the columns the import understands for this campaign',
        params: IdParams,
        response: { 200: { description: 'CSV header row', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="vragenlijst-import.csv"')
        .send(await surveyImport.template(ctx, requireActor(request), request.params.id)),
  );
};
