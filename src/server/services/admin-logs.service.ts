import { z } from 'zod';
import type { AppContext } from '../context';
import { assertCan, type Actor } from '../policies/policy';
import { listAudit } from '../repositories/audit.repository';
import { listMail } from '../repositories/mail.repository';
import { decodeCursor, page } from './paging';

/** What admins read to account for the system: the audit log and the mail outbox. */

const AuditCursor = z.object({ i: z.number().int().positive() });

export interface AuditQuery {
  actorId?: string;
  studentId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export async function listAuditLog(ctx: AppContext, actor: Actor, q: AuditQuery) {
  assertCan(actor, 'audit.read');
  const after = decodeCursor(q.cursor, AuditCursor);
  const rows = await listAudit(ctx.db, {
    institutionId: actor.institutionId,
    actorId: q.actorId,
    studentId: q.studentId,
    action: q.action,
    from: q.from,
    to: q.to,
    limit: q.limit,
    beforeId: after?.i,
  });
  const result = page(rows, q.limit, (r) => ({ i: r.id }));
  return {
    items: result.items.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
      action: r.action,
      student: r.student_id ? { id: r.student_id, name: r.student_name ?? '' } : null,
      entityType: r.entity_type,
      entityId: r.entity_id,
      detail: r.detail ?? null,
    })),
    nextCursor: result.nextCursor,
  };
}

/** A cursor is client input: only a real UTC timestamp with microseconds may reach the ::timestamptz cast. */
const MailCursor = z.object({
  c: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    .refine((s) => {
      const d = new Date(s);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === s.slice(0, 19);
    }),
  i: z.uuid(),
});

export async function listOutbox(ctx: AppContext, actor: Actor, q: { limit: number; cursor?: string }) {
  assertCan(actor, 'outbox.read');
  const after = decodeCursor(q.cursor, MailCursor);
  const rows = await listMail(ctx.db, {
    institutionId: actor.institutionId,
    limit: q.limit,
    after: after && { createdKey: after.c, id: after.i },
  });
  const result = page(rows, q.limit, (r) => ({ c: r.created_key, i: r.id }));
  return {
    items: result.items.map((m) => ({
      id: m.id,
      to: m.to_address,
      subject: m.subject,
      body: m.body_text,
      status: m.status as 'queued' | 'sent' | 'outbox' | 'failed',
      createdAt: m.created_at.toISOString(),
      sentAt: m.sent_at ? m.sent_at.toISOString() : null,
    })),
    nextCursor: result.nextCursor,
  };
}
