import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMaintenance } from '../src/server/jobs/maintenance';
import { createTestApp, type TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

const DAY = 86_400_000;

describe('background job housekeeping', () => {
  it('removes done jobs older than two weeks and keeps recent, failed and waiting ones', async () => {
    const now = Date.now();
    const add = async (status: string, finishedDaysAgo: number | null) =>
      (
        await t.ctx.db
          .insertInto('job')
          .values({ queue: 'test.housekeeping', status, finished_at: finishedDaysAgo === null ? null : new Date(now - finishedDaysAgo * DAY) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const old = await add('done', 15);
    const recent = await add('done', 13);
    const failed = await add('failed', 40);
    const waiting = await add('pending', null);
    await runMaintenance(t.ctx, new Date(now));
    const left = await t.ctx.db.selectFrom('job').select('id').where('queue', '=', 'test.housekeeping').execute();
    expect(left.map((j) => String(j.id)).sort()).toEqual([recent, failed, waiting].map(String).sort());
    expect(left.map((j) => String(j.id))).not.toContain(String(old));
  });
});

/*
 * Hot reads must find their rows through an index condition, whatever the table's size (with
 * sequential scans switched off, a query no index serves shows a seq scan or a full index scan
 * with a filter instead).
 */
describe('indexes behind hot reads', () => {
  const plan = async (query: string): Promise<string> =>
    t.ctx.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      const { rows } = await sql<Record<string, unknown>>`EXPLAIN ${sql.raw(query)}`.execute(trx);
      return rows.map((r) => Object.values(r).join('')).join('\n');
    });
  const anyId = "'00000000-0000-0000-0000-000000000000'";

  it.each([
    ['the actions of a conversation', `SELECT * FROM conversation_action WHERE conversation_id = ${anyId}`, [/Cond: \(conversation_id = /]],
    ['the open actions counted on a conversation', `SELECT count(*) FROM conversation_action WHERE conversation_id = ${anyId} AND status = 'open'`, [/Cond: \(conversation_id = /]],
    ['the open enrolments of a chunk of students', `SELECT id FROM enrolment WHERE student_id = ANY(ARRAY[${anyId}]::uuid[]) AND end_date IS NULL`, [/enrolment_open_student_idx/, /Index Cond: \(student_id = ANY/]],
    [
      'the job queue claim',
      `SELECT id FROM job WHERE queue = ANY('{mail.send}'::text[]) AND ((status = 'pending' AND run_at <= now()) OR (status = 'running' AND locked_at < now())) ORDER BY run_at, id LIMIT 1`,
      [/Index Cond: \(run_at <= now\(\)\)/, /Index Cond: \(locked_at < now\(\)\)/],
    ],
  ])('%s', async (_name, query, conditions) => {
    const shown = await plan(query);
    expect(shown).not.toMatch(/Seq Scan/);
    for (const condition of conditions) expect(shown).toMatch(condition);
  });
});
