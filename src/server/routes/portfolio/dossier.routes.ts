import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOSSIER_LIMITS } from '../../../domain/dossier/zip-entries';
import { DossierImportQuery, DossierImportResult } from '../../../shared/dossier';
import { assertCan } from '../../policies/policy';
import { requireActor } from '../../plugins/auth';
import { exportDossier } from '../../services/dossier-export.service';
import { importDossier } from '../../services/dossier-import.service';
import { ErrorResponse, IdParams, type RouteApp, type RouteModule } from '../types';

/** Browsers and tools label zip files differently. */
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

export const dossierRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/students/:id/dossier',
    {
      config: { access: { student: 'dossier-export' } },
      schema: {
        tags: ['portfolio'],
        summary: "The student's loopbaandossier as a zip: dossier.json (see docs/loopbaandossier.schema.json) plus files/<id>/<name>; audited",
        params: IdParams,
        response: {
          200: { description: 'Zip archive (koers-loopbaandossier, formatVersion 1)', content: { 'application/zip': { schema: z.string() } } },
        },
      },
    },
    async (request, reply) => {
      const { filename, stream } = await exportDossier(ctx, requireActor(request), request.params.id, request.ip);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        // The schema documents the zip; Fastify streams a Readable as is, past the serializer.
        .send(stream as unknown as string);
    },
  );

  // The upload is a raw zip; its parser and larger body limit stay inside this scope only.
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
    api.addContentTypeParser(ZIP_TYPES, { parseAs: 'buffer', bodyLimit: DOSSIER_LIMITS.maxUploadBytes }, (_request, body, done) => done(null, body));
    api.post(
      '/api/dossiers/import',
      {
        config: { access: 'dossier.import' },
        bodyLimit: DOSSIER_LIMITS.maxUploadBytes,
        // Refused before the (possibly large) body is read.
        onRequest: async (request) => assertCan(requireActor(request), 'dossier.import'),
        schema: {
          tags: ['portfolio'],
          summary: 'Import a loopbaandossier zip for a student at intake, with their consent (raw body, Content-Type application/zip); all or nothing',
          consumes: ZIP_TYPES,
          querystring: DossierImportQuery,
          body: z.custom<Buffer>((v) => Buffer.isBuffer(v), { message: 'Stuur het zipbestand als application/zip (send the zip as application/zip)' }),
          response: {
            201: DossierImportResult,
            400: ErrorResponse.describe('dossier_invalid / dossier_unsafe with details.problems [{path, message}], or dossier_consent_required'),
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const result = await importDossier(
          ctx,
          requireActor(request),
          { studentId: q.studentId, language: q.language, consent: q.consent === 'true', bytes: request.body },
          request.ip,
        );
        return reply.code(201).send(result);
      },
    );
  });
};
