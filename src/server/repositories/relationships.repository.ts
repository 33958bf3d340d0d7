import { sql } from 'kysely';
import type { Actor, Relationship, RelationshipLookup } from '../policies/policy';
import type { Queryable } from './types';

/**
 * An assignment or link counts from its start date up to (not including) its end date, so ending
 * one "today" takes effect at once.
 */
export function activeOn(today: string, alias?: string) {
  const start = sql.ref(alias ? `${alias}.start_date` : 'start_date');
  const end = sql.ref(alias ? `${alias}.end_date` : 'end_date');
  return sql<boolean>`(${start} <= ${today}::date AND (${end} IS NULL OR ${end} > ${today}::date))`;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function relationshipLookup(db: Queryable): RelationshipLookup {
  return {
    async relationshipsTo(actor: Actor, studentId: string): Promise<Relationship[]> {
      if (actor.id === studentId) return ['self'];
      const day = today();
      const { rows } = await sql<{ kind: Relationship }>`
        SELECT 'counsellor' AS kind FROM assignment
        WHERE counsellor_id = ${actor.id} AND student_id = ${studentId} AND ${activeOn(day)}
        UNION ALL
        SELECT kind FROM student_link
        WHERE user_id = ${actor.id} AND student_id = ${studentId} AND ${activeOn(day)}
        UNION ALL
        SELECT 'specialist' AS kind FROM referral
        WHERE specialist_id = ${actor.id} AND student_id = ${studentId} AND closed_at IS NULL`.execute(db);
      return rows.map((r) => r.kind);
    },
  };
}
