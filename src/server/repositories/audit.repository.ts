import type { Queryable } from './types';

export interface AuditEntry {
  institutionId: string | null;
  actorId: string | null;
  action: string;
  studentId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  detail?: Record<string, unknown> | null;
  ip?: string | null;
}

export async function insertAudit(db: Queryable, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        institution_id: e.institutionId,
        actor_id: e.actorId,
        action: e.action,
        student_id: e.studentId ?? null,
        entity_type: e.entityType ?? null,
        entity_id: e.entityId ?? null,
        detail: e.detail ? JSON.stringify(e.detail) : null,
        ip: e.ip ?? null,
      })),
    )
    .execute();
}

export interface AuditFilter {
  institutionId: string;
  actorId?: string;
  studentId?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  beforeId?: number;
}

export function listAudit(db: Queryable, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as actor', 'actor.id', 'a.actor_id')
    .leftJoin('app_user as student', 'student.id', 'a.student_id')
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.entity_type',
      'a.entity_id',
      'a.detail',
      'a.actor_id',
      'actor.display_name as actor_name',
      'a.student_id',
      'student.display_name as student_name',
    ])
    .where('a.institution_id', '=', f.institutionId)
    .orderBy('a.id', 'desc')
    .limit(f.limit + 1);
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId);
  if (f.studentId) q = q.where('a.student_id', '=', f.studentId);
  if (f.action) q = q.where('a.action', 'like', `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.from) q = q.where('a.at', '>=', new Date(`${f.from}T00:00:00Z`));
  if (f.to) q = q.where('a.at', '<', new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000));
  if (f.beforeId !== undefined) q = q.where('a.id', '<', f.beforeId);
  return q.execute();
}
