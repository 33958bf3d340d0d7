import { sql } from 'kysely';
import type { Queryable } from './types';

/** Invitations for an external supervisor to fill in a competence scan through a link. */

export interface InvitationRow {
  id: string;
  institution_id: string;
  student_id: string;
  student_name: string;
  instrument_version_id: string;
  invited_by_name: string;
  name: string;
  email: string;
  language: 'nl' | 'en';
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const columns = sql`si.id, si.institution_id, si.student_id, s.display_name AS student_name, si.instrument_version_id,
  ib.display_name AS invited_by_name, si.name, si.email, si.language, si.created_at, si.expires_at, si.used_at, si.revoked_at`;
const from = sql`scan_invitation si JOIN app_user s ON s.id = si.student_id JOIN app_user ib ON ib.id = si.invited_by`;

export async function insertInvitation(
  db: Queryable,
  v: { institutionId: string; studentId: string; versionId: string; invitedBy: string; name: string; email: string; language: 'nl' | 'en'; tokenHash: string; expiresAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('scan_invitation')
    .values({
      institution_id: v.institutionId,
      student_id: v.studentId,
      instrument_version_id: v.versionId,
      invited_by: v.invitedBy,
      name: v.name,
      email: v.email,
      language: v.language,
      token_hash: v.tokenHash,
      expires_at: v.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findInvitation(db: Queryable, id: string): Promise<InvitationRow | undefined> {
  const { rows } = await sql<InvitationRow>`SELECT ${columns} FROM ${from} WHERE si.id = ${id}`.execute(db);
  return rows[0];
}

export async function findByTokenHash(db: Queryable, tokenHash: string, opts: { forUpdate?: boolean } = {}): Promise<InvitationRow | undefined> {
  const { rows } = await sql<InvitationRow>`
    SELECT ${columns} FROM ${from} WHERE si.token_hash = ${tokenHash} ${opts.forUpdate ? sql`FOR UPDATE OF si` : sql``}`.execute(db);
  return rows[0];
}

export async function listForStudent(db: Queryable, studentId: string): Promise<InvitationRow[]> {
  const { rows } = await sql<InvitationRow>`
    SELECT ${columns} FROM ${from} WHERE si.student_id = ${studentId} ORDER BY si.created_at DESC LIMIT 100`.execute(db);
  return rows;
}

export async function markUsed(db: Queryable, id: string): Promise<void> {
  await db.updateTable('scan_invitation').set({ used_at: sql`now()` }).where('id', '=', id).execute();
}

export async function revoke(db: Queryable, id: string, by: string): Promise<void> {
  await db.updateTable('scan_invitation').set({ revoked_at: sql`now()`, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}
