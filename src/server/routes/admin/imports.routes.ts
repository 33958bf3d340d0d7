import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeText } from '../../../domain/csv/parse';
import { ROSTER_FIELDS } from '../../../domain/roster/fields';
import { assertCan } from '../../policies/policy';
import { requireActor } from '../../plugins/auth';
import * as rosterImport from '../../services/roster-import.service';
import { IdParams, type RouteApp, type RouteModule } from '../types';

/** The content types a CSV upload may carry; browsers label .csv files differently per platform. */
const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'];

const Status = z.enum(['uploaded', 'queued', 'running', 'done', 'failed']);
const FieldMapping = z.strictObject(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, z.string().max(200).nullable().optional()])) as {
  [K in (typeof ROSTER_FIELDS)[number]]: z.ZodOptional<z.ZodNullable<z.ZodString>>;
});
const SuggestedMapping = z.object(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, z.string().nullable()])) as {
  [K in (typeof ROSTER_FIELDS)[number]]: z.ZodNullable<z.ZodString>;
});
const RowError = z.object({ row: z.number().int(), column: z.string().nullable(), code: z.string(), message: z.string() });

const ImportSummary = z.object({
  id: z.string(),
  filename: z.string(),
  status: Status,
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  errorCount: z.number().int(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const adminImportRoutes: RouteModule = (app, ctx) => {
  // The upload takes raw CSV; its parser and larger body limit stay inside this scope only.
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
    api.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, decodeText(body as Buffer));
    });
    api.post(
      '/api/admin/imports',
      {
        config: { access: 'imports.manage' },
        bodyLimit: ctx.env.KOERS_BODY_LIMIT_MB * 1024 * 1024,
        // Refused before the (possibly large) body is read.
        onRequest: async (request) => assertCan(requireActor(request), 'imports.manage'),
        schema: {
          tags: ['imports'],
          summary: 'Upload a roster CSV from the student information system (raw body, Content-Type text/csv)',
          consumes: ['text/csv', 'text/plain'],
          querystring: z.object({ filename: z.string().trim().min(1).max(255).default('import.csv') }),
          body: z.string(),
          response: {
            201: z.object({
              id: z.string(),
              delimiter: z.string(),
              headers: z.array(z.string()),
              preview: z.array(z.array(z.string())),
              totalRows: z.number().int(),
              suggestedMapping: SuggestedMapping,
            }),
          },
        },
      },
      async (request, reply) => {
        const result = await rosterImport.uploadImport(ctx, requireActor(request), { filename: request.query.filename, text: request.body });
        return reply.code(201).send(result);
      },
    );
  });

  app.post(
    '/api/admin/imports/:id/validate',
    {
      config: { access: 'imports.manage' },
      schema: {
        tags: ['imports'],
        summary: 'Check every row against a column mapping; errors per row and column, in your language',
        params: IdParams,
        body: z.object({ mapping: FieldMapping }),
        response: {
          200: z.object({
            totalRows: z.number().int(),
            validRows: z.number().int(),
            errorCount: z.number().int(),
            errors: z.array(RowError),
          }),
        },
      },
    },
    async (request) => rosterImport.validateImport(ctx, requireActor(request), request.params.id, request.body.mapping),
  );

  app.post(
    '/api/admin/imports/:id/start',
    {
      config: { access: 'imports.manage' },
      schema: {
        tags: ['imports'],
        summary: 'Start the import in the background (409 import_has_errors unless skipInvalid)',
        params: IdParams,
        body: z.object({ mapping: FieldMapping, skipInvalid: z.boolean().default(false) }),
        response: { 202: z.object({ id: z.string(), status: z.literal('queued') }) },
      },
    },
    async (request, reply) => {
      const result = await rosterImport.startImport(ctx, requireActor(request), request.params.id, request.body);
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/api/admin/imports/:id',
    {
      config: { access: 'imports.manage' },
      schema: {
        tags: ['imports'],
        summary: 'Progress and result of an import, with the first 500 row errors',
        params: IdParams,
        response: { 200: ImportSummary.extend({ errors: z.array(RowError) }) },
      },
    },
    async (request) => rosterImport.getImport(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/api/admin/imports',
    {
      config: { access: 'imports.manage' },
      schema: {
        tags: ['imports'],
        summary: 'The 50 most recent imports, newest first',
        response: { 200: z.object({ items: z.array(ImportSummary) }) },
      },
    },
    async (request) => rosterImport.listImports(ctx, requireActor(request)),
  );
};
