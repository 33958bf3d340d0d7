import type { Actor } from '../policies/policy';
import { insertAudit } from '../repositories/audit.repository';
import type { Queryable } from '../repositories/types';

export interface AuditTarget {
  studentId?: string | null;
  entityType?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
}

/** Writes one audit line for something an actor did or read. Pass the transaction of the change. */
export function audit(db: Queryable, actor: Actor, action: string, target: AuditTarget = {}, ip?: string) {
  return auditMany(db, actor, action, [target], ip);
}

/** One audit line per target in a single insert, e.g. for a bulk change that touches many students. */
export function auditMany(db: Queryable, actor: Actor, action: string, targets: AuditTarget[], ip?: string) {
  return insertAudit(
    db,
    targets.map((target) => ({
      institutionId: actor.institutionId,
      actorId: actor.id,
      action,
      studentId: target.studentId ?? null,
      entityType: target.entityType ?? null,
      entityId: target.entityId ?? null,
      detail: target.detail ?? null,
      ip: ip ?? null,
    })),
  );
}

/** The fields an update really changed, as { field: { from, to } }, so the audit line shows what happened. */
export function changes<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[key];
    if (to !== undefined && to !== from) out[key] = { from, to };
  }
  return out;
}
