import type { Queryable } from './types';

/**
 * The per-item half of what the guidance team sees (the plan switch is in the goals repository):
 * sets the "for guidance" mark on the student's own evidence only, and returns the ids whose mark
 * really changed.
 */
export async function setEvidenceMarks(db: Queryable, studentId: string, ids: readonly string[], value: boolean): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('portfolio_evidence')
    .set({ for_guidance: value })
    .where('student_id', '=', studentId)
    .where('id', 'in', ids)
    .where('for_guidance', '!=', value)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
