import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { createHistory } from './generate-history';
import { createPortfolio } from './generate-portfolio';
import { createStructure, createStudents } from './generate-structure';
import { planFor, type BenchSize, type Plan } from './plan';

/*
 * `koers bench generate`: a synthetic institution written by set-based SQL in chunks of students.
 * Each chunk is its own transaction, so PostgreSQL streams rows at near-COPY speed and PGlite's
 * WASM heap never has to hold more than one chunk's work. Everything runs on one connection
 * because the temporary tables that link the statements live in that session.
 */

export interface GenerateResult {
  institutionId: string;
  plan: Plan;
  seconds: number;
  rows: Record<string, number>;
}

export interface GenerateOptions {
  size: BenchSize;
  seed: number;
  /** One argon2 hash given to every generated account, so benchmarks can sign in as anyone. */
  passwordHash: string | null;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

export async function generateInstitution(db: Kysely<DB>, options: GenerateOptions): Promise<GenerateResult> {
  const plan = planFor(options.size, options.seed, options.now);
  const started = performance.now();
  const existing = await db.selectFrom('app_user').select('id').where('email', '=', `manager@${plan.tag}.bench.koers.nl`).executeTakeFirst();
  if (existing) throw new Error(`Deze database bevat al een benchmark-instelling ${plan.size} met seed ${plan.seed}; kies een andere seed of een lege database.`);
  const institutionId = await db.connection().execute(async (conn) => {
    try {
      const id = await conn.transaction().execute((trx) => createStructure(trx, plan, options.passwordHash));
      for (let lo = 1; lo <= plan.students; lo += plan.chunk) {
        const hi = Math.min(plan.students, lo + plan.chunk - 1);
        await conn.transaction().execute(async (trx) => {
          await createStudents(trx, plan, id, lo, hi, options.passwordHash);
          await createHistory(trx, plan, id, lo, hi);
          await createPortfolio(trx, plan, id, lo, hi);
        });
        options.onProgress?.(hi, plan.students);
      }
      return id;
    } finally {
      await sql`DROP TABLE IF EXISTS bench_student, bench_cohort, bench_counsellor`.execute(conn);
    }
  });
  // Fresh statistics, or the first benchmark queries are planned against empty tables.
  await sql`ANALYZE`.execute(db);
  return { institutionId, plan, seconds: (performance.now() - started) / 1000, rows: await countRows(db, institutionId) };
}

/** Rows per table that belong to one institution. */
export async function countRows(db: Kysely<DB>, institutionId: string): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number>>`
    WITH u AS (SELECT id FROM app_user WHERE institution_id = ${institutionId}::uuid),
      c AS (SELECT id FROM conversation WHERE institution_id = ${institutionId}::uuid),
      r AS (SELECT id FROM instrument_response WHERE institution_id = ${institutionId}::uuid)
    SELECT
      (SELECT count(*)::int FROM sector WHERE institution_id = ${institutionId}::uuid) AS sector,
      (SELECT count(*)::int FROM programme WHERE institution_id = ${institutionId}::uuid) AS programme,
      (SELECT count(*)::int FROM cohort WHERE programme_id IN (SELECT id FROM programme WHERE institution_id = ${institutionId}::uuid)) AS cohort,
      (SELECT count(*)::int FROM app_user WHERE institution_id = ${institutionId}::uuid) AS app_user,
      (SELECT count(*)::int FROM enrolment WHERE student_id IN (SELECT id FROM u)) AS enrolment,
      (SELECT count(*)::int FROM assignment WHERE student_id IN (SELECT id FROM u)) AS assignment,
      (SELECT count(*)::int FROM c) AS conversation,
      (SELECT count(*)::int FROM conversation_note WHERE conversation_id IN (SELECT id FROM c)) AS conversation_note,
      (SELECT count(*)::int FROM conversation_topic WHERE conversation_id IN (SELECT id FROM c)) AS conversation_topic,
      (SELECT count(*)::int FROM conversation_action WHERE conversation_id IN (SELECT id FROM c)) AS conversation_action,
      (SELECT count(*)::int FROM r) AS instrument_response,
      (SELECT count(*)::int FROM instrument_answer WHERE response_id IN (SELECT id FROM r)) AS instrument_answer,
      (SELECT count(*)::int FROM instrument_scale_score WHERE response_id IN (SELECT id FROM r)) AS instrument_scale_score,
      (SELECT count(*)::int FROM test_result WHERE institution_id = ${institutionId}::uuid) AS test_result,
      (SELECT count(*)::int FROM referral WHERE institution_id = ${institutionId}::uuid) AS referral,
      (SELECT count(*)::int FROM portfolio_goal WHERE institution_id = ${institutionId}::uuid) AS portfolio_goal,
      (SELECT count(*)::int FROM portfolio_evidence WHERE institution_id = ${institutionId}::uuid) AS portfolio_evidence,
      (SELECT count(*)::int FROM portfolio_evidence_goal WHERE goal_id IN (SELECT id FROM portfolio_goal WHERE institution_id = ${institutionId}::uuid)) AS portfolio_evidence_goal`.execute(db);
  return rows[0] ?? {};
}

/** Sums over generated values (never ids), equal for equal seeds: the determinism check of the test. */
export async function checksum(db: Kysely<DB>, institutionId: string): Promise<Record<string, string>> {
  const { rows } = await sql<Record<string, string>>`
    SELECT
      (SELECT coalesce(sum(s.score), 0)::text FROM instrument_scale_score s JOIN instrument_response r ON r.id = s.response_id WHERE r.institution_id = ${institutionId}::uuid) AS scores,
      (SELECT coalesce(sum(grade), 0)::text FROM test_result WHERE institution_id = ${institutionId}::uuid) AS grades,
      (SELECT coalesce(sum(extract(epoch FROM starts_at)), 0)::text FROM conversation WHERE institution_id = ${institutionId}::uuid AND status <> 'planned') AS conversations,
      (SELECT md5(string_agg(sort_name || coalesce(student_number, ''), ',' ORDER BY sort_name, student_number)) FROM app_user WHERE institution_id = ${institutionId}::uuid) AS names`.execute(db);
  return rows[0] ?? {};
}
