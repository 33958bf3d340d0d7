import { Readable } from 'node:stream';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth';
import { exportStudentsCsv } from '../../services/student-export.service';
import type { RouteModule } from '../types';

export const adminExportRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/admin/exports/students.csv',
    {
      config: { access: 'exports.students' },
      schema: {
        tags: ['exports'],
        summary: 'All students with their current programme and class as CSV for Excel (";", UTF-8 with BOM); audited',
        response: {
          200: {
            description: 'CSV file: studentnummer;voornaam;tussenvoegsel;achternaam;e-mail;opleidingscode;klas;schooljaar',
            content: { 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const { filename, chunks } = await exportStudentsCsv(ctx, requireActor(request), request.ip);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        // The schema documents the CSV text; Fastify streams a Readable as is, past the serializer.
        .send(Readable.from(chunks) as unknown as string);
    },
  );
};
