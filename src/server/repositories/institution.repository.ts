import type { Queryable } from './types';

/** The institution's own settings. */

export function findInstitution(db: Queryable, id: string) {
  return db.selectFrom('institution').select(['id', 'name', 'min_group_size', 'private_note_retention_months']).where('id', '=', id).executeTakeFirst();
}

export async function updateInstitution(db: Queryable, id: string, values: { name?: string; min_group_size?: number; private_note_retention_months?: number }): Promise<void> {
  await db.updateTable('institution').set(values).where('id', '=', id).execute();
}
