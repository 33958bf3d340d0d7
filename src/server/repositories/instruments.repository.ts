import { sql } from 'kysely';
import type { Queryable } from './types';

/** Published instrument versions: built-in ones (institution NULL) and those an institution imported. */

const visibleTo = (institutionId: string) => sql<boolean>`(iv.institution_id IS NULL OR iv.institution_id = ${institutionId})`;

export interface VersionRow {
  id: string;
  institution_id: string | null;
  code: string;
  version: number;
  definition: unknown;
  checksum: string;
  published_at: Date;
}

const columns = sql`iv.id, iv.institution_id, iv.code, iv.version, iv.definition, iv.checksum, iv.published_at`;

/** The newest version of every instrument the institution can use. */
export async function latestVersions(db: Queryable, institutionId: string): Promise<VersionRow[]> {
  const { rows } = await sql<VersionRow>`
    SELECT DISTINCT ON (iv.code) ${columns} FROM instrument_version iv
    WHERE ${visibleTo(institutionId)}
    ORDER BY iv.code, iv.version DESC`.execute(db);
  return rows;
}

export async function latestVersionOf(db: Queryable, institutionId: string, code: string): Promise<VersionRow | undefined> {
  const { rows } = await sql<VersionRow>`
    SELECT ${columns} FROM instrument_version iv
    WHERE iv.code = ${code} AND ${visibleTo(institutionId)}
    ORDER BY iv.version DESC LIMIT 1`.execute(db);
  return rows[0];
}

export async function findVersion(db: Queryable, institutionId: string, id: string): Promise<VersionRow | undefined> {
  const { rows } = await sql<VersionRow>`
    SELECT ${columns} FROM instrument_version iv WHERE iv.id = ${id} AND ${visibleTo(institutionId)}`.execute(db);
  return rows[0];
}

/** Built-in versions by code and version, to check that a shipped version has not been edited. */
export async function builtinVersions(db: Queryable): Promise<{ code: string; version: number; checksum: string }[]> {
  return db.selectFrom('instrument_version').select(['code', 'version', 'checksum']).where('institution_id', 'is', null).execute();
}

export async function versionExists(db: Queryable, institutionId: string | null, code: string, version: number): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`
    SELECT 1 AS one FROM instrument_version iv
    WHERE iv.code = ${code} AND iv.version = ${version}
      AND (iv.institution_id IS NULL OR iv.institution_id IS NOT DISTINCT FROM ${institutionId}::uuid)`.execute(db);
  return rows.length > 0;
}

export async function insertVersion(
  db: Queryable,
  v: { institutionId: string | null; code: string; version: number; definition: unknown; checksum: string; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('instrument_version')
    .values({
      institution_id: v.institutionId,
      code: v.code,
      version: v.version,
      definition: JSON.stringify(v.definition),
      checksum: v.checksum,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every version the institution sees, with the number of submitted responses from its students. */
export async function listVersions(db: Queryable, institutionId: string) {
  const { rows } = await sql<VersionRow & { responses: number }>`
    SELECT ${columns},
      (SELECT count(*)::int FROM instrument_response r
        WHERE r.instrument_version_id = iv.id AND r.status = 'submitted' AND r.institution_id = ${institutionId}) AS responses
    FROM instrument_version iv
    WHERE ${visibleTo(institutionId)}
    ORDER BY iv.code, iv.version DESC`.execute(db);
  return rows;
}

/**
 * The answer matrix of one version within one institution, response by response, for reliability
 * figures. Only item codes and numbers: nothing that identifies who answered.
 */
export async function answerMatrix(db: Queryable, institutionId: string, versionId: string) {
  const { rows } = await sql<{ response_id: string; item_code: string; value: number }>`
    SELECT a.response_id, a.item_code, a.value
    FROM instrument_answer a JOIN instrument_response r ON r.id = a.response_id
    WHERE r.instrument_version_id = ${versionId} AND r.institution_id = ${institutionId} AND r.status = 'submitted'
    ORDER BY a.response_id`.execute(db);
  return rows;
}
