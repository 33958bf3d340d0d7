import type { Queryable } from './types';

/** Rows of uploaded files; the bytes themselves are in the file store under `storage_key`. */

export interface FileRow {
  id: string;
  evidence_id: string;
  student_id: string;
  original_name: string;
  media_type: string;
  size_bytes: string | number;
  storage_key: string;
  created_at: Date;
}

const FILE_COLUMNS = ['f.id', 'f.evidence_id', 'f.student_id', 'f.original_name', 'f.media_type', 'f.size_bytes', 'f.storage_key', 'f.created_at'] as const;

/** A new piece of evidence of kind 'file', which the uploaded file belongs to. */
export async function insertFileEvidence(db: Queryable, e: { institutionId: string; studentId: string; title: string }): Promise<string> {
  const row = await db
    .insertInto('portfolio_evidence')
    .values({ institution_id: e.institutionId, student_id: e.studentId, kind: 'file', title: e.title, status: 'final' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFile(
  db: Queryable,
  f: { institutionId: string; studentId: string; evidenceId: string; storageKey: string; originalName: string; mediaType: string; sizeBytes: number; sha256: string },
): Promise<FileRow> {
  return db
    .insertInto('portfolio_file')
    .values({
      institution_id: f.institutionId,
      student_id: f.studentId,
      evidence_id: f.evidenceId,
      storage_key: f.storageKey,
      original_name: f.originalName,
      media_type: f.mediaType,
      size_bytes: f.sizeBytes,
      sha256: f.sha256,
    })
    .returning(['id', 'evidence_id', 'student_id', 'original_name', 'media_type', 'size_bytes', 'storage_key', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** One file with what access to it depends on: its evidence's student and guidance mark. */
export async function findFile(db: Queryable, id: string) {
  return db
    .selectFrom('portfolio_file as f')
    .innerJoin('portfolio_evidence as e', 'e.id', 'f.evidence_id')
    .select([...FILE_COLUMNS, 'e.for_guidance', 'e.status as evidence_status'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export async function filesOfEvidence(db: Queryable, evidenceIds: readonly string[]): Promise<FileRow[]> {
  if (evidenceIds.length === 0) return [];
  return db.selectFrom('portfolio_file as f').select(FILE_COLUMNS).where('f.evidence_id', 'in', evidenceIds).orderBy('f.created_at').execute();
}

export async function filesOfStudent(db: Queryable, studentId: string): Promise<FileRow[]> {
  return db.selectFrom('portfolio_file as f').select(FILE_COLUMNS).where('f.student_id', '=', studentId).orderBy('f.created_at', 'desc').execute();
}

export async function deleteFile(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('portfolio_file').where('id', '=', id).execute();
}

/** A file-only piece of evidence without files left has nothing to show and goes too. */
export async function deleteEmptyFileEvidence(db: Queryable, evidenceId: string): Promise<void> {
  await db
    .deleteFrom('portfolio_evidence as e')
    .where('e.id', '=', evidenceId)
    .where('e.kind', '=', 'file')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('portfolio_file').select('id').where('evidence_id', '=', evidenceId))))
    .execute();
}

export async function storageKeysOfEvidence(db: Queryable, evidenceId: string): Promise<string[]> {
  const rows = await db.selectFrom('portfolio_file').select('storage_key').where('evidence_id', '=', evidenceId).execute();
  return rows.map((r) => r.storage_key);
}
