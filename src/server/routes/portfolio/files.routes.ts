import { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERRORS } from '../../../shared/errors';
import { FileView, UploadQuery, UploadResult } from '../../../shared/showcase';
import { AppError } from '../../errors';
import { assertCan } from '../../policies/policy';
import { requireActor } from '../../plugins/auth';
import { requestLanguage } from '../../plugins/language';
import * as files from '../../services/portfolio-files.service';
import { ErrorResponse, IdParams, type RouteApp, type RouteModule } from '../types';
import { BinaryResponse, sendAttachment } from './download';

const tags = ['portfolio'];

/** The student's evidence files: upload (raw bytes), list, download and delete. */
export const portfolioFileRoutes: RouteModule = (app, ctx) => {
  // The upload streams the raw body into the file store; this parser stays inside this scope only.
  app.register(async (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>() as unknown as RouteApp;
    api.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    api.post(
      '/api/portfolio/files',
      {
        config: { access: 'portfolio.write' },
        // Refused before a byte of the (possibly large) body is read.
        onRequest: async (request) => assertCan(requireActor(request), 'portfolio.write'),
        schema: {
          tags,
          summary: `Upload a file as a new piece of evidence (raw body, Content-Type application/octet-stream). The type is determined from the contents: PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint or OpenDocument; at most KOERS_MAX_UPLOAD_MB (default 10) MB.`,
          consumes: ['application/octet-stream'],
          querystring: UploadQuery,
          response: { 201: UploadResult, 413: ErrorResponse },
        },
      },
      async (request, reply) => {
        if (!(request.body instanceof Readable)) throw new AppError('unsupported_media_type');
        const declared = Number(request.headers['content-length']);
        try {
          const result = await files.uploadFile(
            ctx,
            requireActor(request),
            { filename: request.query.filename, title: request.query.title, declaredLength: Number.isFinite(declared) ? declared : undefined },
            request.body,
          );
          return reply.code(201).send(result);
        } catch (err) {
          if (!(err instanceof AppError) || err.id !== 'file_too_large') throw err;
          // The one message that names a number: the limit this school configured.
          const message = ERRORS.file_too_large[requestLanguage(request)].replace('{max}', String(ctx.env.KOERS_MAX_UPLOAD_MB));
          return reply.code(413).header('connection', 'close').send({ error: { id: 'file_too_large', message, details: { maxMb: ctx.env.KOERS_MAX_UPLOAD_MB } } });
        }
      },
    );
  });

  app.get(
    '/api/portfolio/files',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'My uploaded files, newest first', response: { 200: z.object({ items: z.array(FileView), maxMb: z.number() }) } },
    },
    async (request) => ({ items: await files.myFiles(ctx, requireActor(request)), maxMb: ctx.env.KOERS_MAX_UPLOAD_MB }),
  );

  app.get(
    '/api/portfolio/files/:id',
    {
      config: { access: 'portfolio.read' },
      schema: {
        tags,
        summary: 'Download a file: the student, or their guidance team when the evidence is marked for guidance (audited)',
        params: IdParams,
        response: { 200: BinaryResponse('The file, as an attachment with the type determined at upload') },
      },
    },
    async (request, reply) => {
      const file = await files.download(ctx, requireActor(request), request.params.id, request.ip);
      return sendAttachment(reply, file, file.stream);
    },
  );

  app.delete(
    '/api/portfolio/files/:id',
    {
      config: { access: 'portfolio.write' },
      schema: { tags, summary: 'Delete one of my files (a file-only piece of evidence goes with its last file)', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await files.deleteFile(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
