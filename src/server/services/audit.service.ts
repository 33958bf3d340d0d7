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
  return insertAudit(db, [
    {
      institutionId: actor.institutionId,
      actorId: actor.id,
      action,
      studentId: target.studentId ?? null,
      entityType: target.entityType ?? null,
      entityId: target.entityId ?? null,
      detail: target.detail ?? null,
      ip: ip ?? null,
    },
  ]);
}
