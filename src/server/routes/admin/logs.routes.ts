import { z } from 'zod';
import { requireActor } from '../../plugins/auth';
import * as logs from '../../services/admin-logs.service';
import { PageQuery, type RouteModule } from '../types';

const Person = z.object({ id: z.string(), name: z.string() }).nullable();

const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: Person,
  action: z.string(),
  student: Person,
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  detail: z.unknown(),
});

const Mail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'outbox', 'failed']),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

/** The audit log and the mail outbox, for admins. Reading them is not itself audited. */
export const adminLogRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/admin/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first; action matches as a prefix (e.g. "assignment.")',
        querystring: PageQuery.extend({
          actorId: z.uuid().optional(),
          studentId: z.uuid().optional(),
          action: z.string().trim().min(1).max(100).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
        }),
        response: { 200: z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => logs.listAuditLog(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/admin/outbox',
    {
      config: { access: 'outbox.read' },
      schema: {
        tags: ['admin'],
        summary: 'Mail sent or waiting, newest first; without SMTP every message stays here to be read',
        querystring: PageQuery,
        response: { 200: z.object({ items: z.array(Mail), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => logs.listOutbox(ctx, requireActor(request), request.query),
  );
};
