import { sql, type RawBuilder, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/server/db/schema';
import { caseloadDigest } from '../../src/server/repositories/caseload.repository';
import { today } from '../../src/server/repositories/relationships.repository';
import { caseload } from '../../src/server/services/caseload.service';
import { CaseloadCache, caseloadCacheFor } from '../../src/server/services/caseload-cache';
import type { Actor } from '../../src/server/policies/policy';
import type { CaseloadRow } from '../../src/shared/guidance';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf } from '../competencies/helpers';

/*
 * The caseload is kept per process and served again only while the change stamps of its students
 * are unchanged (migration 0016, decision 022). Every table the caseload reads must renew those
 * stamps on insert, update and delete — checked here table by table against the demo data, each
 * inside a transaction that is rolled back — and a change made outside the process's knowledge
 * (plain SQL, as another app process would) must show at the next read.
 */

let t: TestApp;
let slb: string;
let slbActor: Actor;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  slb = await loginAs(t.app, 'slb@demo.koers.nl');
  const id = await idOf(t, 'slb@demo.koers.nl');
  const u = await t.ctx.db.selectFrom('app_user').select(['institution_id', 'display_name', 'email']).where('id', '=', id).executeTakeFirstOrThrow();
  slbActor = { id, institutionId: u.institution_id, role: 'counsellor', name: u.display_name, email: u.email, language: 'nl', sessionId: 'test' };
});
afterAll(async () => t?.close());

class Rollback extends Error {}

/** Runs `work` in a transaction that is always rolled back. */
async function rolledBack(work: (trx: Transaction<DB>) => Promise<void>): Promise<void> {
  await t.ctx.db
    .transaction()
    .execute(async (trx) => {
      await work(trx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
}

/** A row of the table whose student is in someone's caseload today, with that counsellor. */
async function caseloadRowOf(trx: Transaction<DB>, table: string, where = sql`true`): Promise<{ ctid: string; counsellorId: string }> {
  const { rows } = await sql<{ ctid: string; counsellor_id: string }>`
    SELECT x.ctid::text AS ctid, a.counsellor_id FROM ${sql.table(table)} x
    JOIN assignment a ON a.student_id = x.student_id AND a.end_date IS NULL
    WHERE ${where} LIMIT 1`.execute(trx);
  const row = rows[0];
  if (!row) throw new Error(`the demo has no ${table} row of a caseload student`);
  return { ctid: row.ctid, counsellorId: row.counsellor_id };
}

/** A caseload student with an open enrolment, the programme, and a staff member to act. */
async function caseloadStudent(trx: Transaction<DB>) {
  const { rows } = await sql<{ student_id: string; counsellor_id: string; programme_id: string; institution_id: string }>`
    SELECT a.student_id, a.counsellor_id, co.programme_id, u.institution_id FROM assignment a
    JOIN enrolment e ON e.student_id = a.student_id AND e.end_date IS NULL JOIN cohort co ON co.id = e.cohort_id
    JOIN app_user u ON u.id = a.student_id
    WHERE a.end_date IS NULL LIMIT 1`.execute(trx);
  return rows[0]!;
}

// Rows the demo does not have, made inside the test's transaction.
const MADE: Record<string, (trx: Transaction<DB>) => Promise<void>> = {
  async student_milestone_tick(trx) {
    const s = await caseloadStudent(trx);
    await sql`WITH m AS (INSERT INTO programme_milestone (programme_id, name_nl, name_en, week, kind)
        VALUES (${s.programme_id}, 'Kennismaking', 'Introduction', 2, 'manual') RETURNING id)
      INSERT INTO student_milestone_tick (student_id, milestone_id, ticked_by) SELECT ${s.student_id}, id, ${s.counsellor_id} FROM m`.execute(trx);
  },
};

// Rows that others point to cannot leave and come back; these are free to.
const FREE: Record<string, RawBuilder<unknown>> = {
  enrolment: sql`NOT EXISTS (SELECT 1 FROM intake i WHERE i.enrolment_id = x.id) AND NOT EXISTS (SELECT 1 FROM study_exit se WHERE se.enrolment_id = x.id)`,
};

const digestOf = (trx: Transaction<DB>, counsellorId: string) => caseloadDigest(trx, { counsellorId, institutionId: slbActor.institutionId, today: today() });

// Written out again on purpose, not imported from the migration: a table left out there must fail here.
const PER_STUDENT = [
  'assignment',
  'enrolment',
  'self_assessment_latest',
  'conversation',
  'conversation_action',
  'test_result',
  'portfolio_evidence',
  'portfolio_goal',
  'referral',
  'intake',
  'student_milestone_tick',
];

describe('what renews a caseload', () => {
  for (const table of PER_STUDENT) {
    it(`an update, a delete and an insert in ${table}`, async () => {
      await rolledBack(async (trx) => {
        await MADE[table]?.(trx);
        const row = await caseloadRowOf(trx, table, FREE[table]);
        const before = await digestOf(trx, row.counsellorId);
        const counsellorId = row.counsellorId;
        // An update writes a new version of the row, at a new place.
        const { rows } = await sql<{ ctid: string }>`UPDATE ${sql.table(table)} SET student_id = student_id WHERE ctid = ${row.ctid}::tid RETURNING ctid::text`.execute(trx);
        const ctid = rows[0]!.ctid;
        const updated = await digestOf(trx, counsellorId);
        expect(updated).not.toBe(before);
        // The row comes back as it was, through a delete and an insert.
        await sql`CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM ${sql.table(table)} WHERE ctid = ${ctid}::tid`.execute(trx);
        await sql`SET CONSTRAINTS ALL DEFERRED`.execute(trx);
        await sql`DELETE FROM ${sql.table(table)} WHERE ctid = ${ctid}::tid`.execute(trx);
        const deleted = await digestOf(trx, counsellorId);
        expect(deleted).not.toBe(updated);
        await sql`INSERT INTO ${sql.table(table)} SELECT * FROM kept`.execute(trx);
        expect(await digestOf(trx, counsellorId)).not.toBe(deleted);
      });
    });
  }

  it('a survey score, a submission and a removed invitation of a caseload student', async () => {
    await rolledBack(async (trx) => {
      const s = await caseloadStudent(trx);
      const { rows } = await sql<{ response_id: string; invitation_id: string }>`
        WITH c AS (
          INSERT INTO survey_campaign (institution_id, title, audience, anonymity, feeds_guidance, opens_on, closes_on, status, created_by)
          VALUES (${s.institution_id}, 'Monitor', 'students', 'pseudonymous', true, '2026-09-01', '2026-12-31', 'open', ${s.counsellor_id}) RETURNING id
        ), i AS (
          INSERT INTO survey_invitation (campaign_id, user_id, token_hash) SELECT id, ${s.student_id}, 'hash-caseload-cache' FROM c RETURNING id, campaign_id
        )
        INSERT INTO survey_response (campaign_id, invitation_id, pseudonym, status, submitted_at)
        SELECT campaign_id, id, 'P1', 'submitted', now() FROM i RETURNING id AS response_id, invitation_id`.execute(trx);
      const row = rows[0]!;
      const d0 = await digestOf(trx, s.counsellor_id);
      await sql`INSERT INTO survey_scale_score (response_id, scale_code, score) VALUES (${row.response_id}, 'keuzezekerheid', 2.5)`.execute(trx);
      const d1 = await digestOf(trx, s.counsellor_id);
      expect(d1).not.toBe(d0);
      await sql`UPDATE survey_response SET status = 'draft', submitted_at = NULL WHERE id = ${row.response_id}`.execute(trx);
      const d2 = await digestOf(trx, s.counsellor_id);
      expect(d2).not.toBe(d1);
      await sql`DELETE FROM survey_invitation WHERE id = ${row.invitation_id}`.execute(trx);
      expect(await digestOf(trx, s.counsellor_id)).not.toBe(d2);
    });
  });

  it('a renamed student, and not a touched account or a survey reminder', async () => {
    await rolledBack(async (trx) => {
      const { counsellorId, ctid } = await caseloadRowOf(trx, 'assignment');
      const { rows } = await sql<{ student_id: string }>`SELECT student_id FROM assignment WHERE ctid = ${ctid}::tid`.execute(trx);
      const student = rows[0]!.student_id;
      const d0 = await digestOf(trx, counsellorId);
      await sql`UPDATE app_user SET updated_at = now() WHERE id = ${student}`.execute(trx);
      await sql`UPDATE survey_invitation SET reminder_count = reminder_count + 1, reminded_at = now() WHERE user_id = ${student}`.execute(trx);
      expect(await digestOf(trx, counsellorId)).toBe(d0);
      await sql`UPDATE app_user SET display_name = display_name || ' B.' WHERE id = ${student}`.execute(trx);
      expect(await digestOf(trx, counsellorId)).not.toBe(d0);
    });
  });

  it('what every caseload shares: classes, programmes, norms, milestones, campaigns that feed guidance', async () => {
    const changes = [
      sql`UPDATE cohort SET name = name`,
      sql`UPDATE programme SET name = name`,
      sql`DELETE FROM cadence_norm`,
      sql`DELETE FROM programme_milestone`,
      sql`UPDATE survey_campaign SET feeds_guidance = feeds_guidance`,
    ];
    for (const change of changes) {
      await rolledBack(async (trx) => {
        const { counsellorId } = await caseloadRowOf(trx, 'assignment');
        const before = await digestOf(trx, counsellorId);
        await change.execute(trx);
        expect(await digestOf(trx, counsellorId)).not.toBe(before);
      });
    }
  });
});

describe('the kept caseload', () => {
  const get = async (query = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/caseload${query}`, headers: { cookie: slb } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CaseloadRow[];
  };

  it('is served again while nothing changed, in any order and filter asked for', async () => {
    const cache = caseloadCacheFor(t.ctx.database);
    const first = await get();
    const hits = cache.hits;
    expect(await get()).toEqual(first);
    const byName = await get('?sort=name');
    expect(cache.hits).toBe(hits + 2);
    expect(byName.map((r) => r.studentId).sort()).toEqual(first.map((r) => r.studentId).sort());
    // Sorting a request's copy leaves the kept rows in their order.
    expect(await get()).toEqual(first);
  });

  it('shows a change made past this process (plain SQL) at the next read, equal to a fresh read', async () => {
    const rows = await get();
    const target = rows.find((r) => r.lastConversationAt !== null) ?? rows[0]!;
    const misses = caseloadCacheFor(t.ctx.database).misses;
    await sql`INSERT INTO conversation (institution_id, student_id, counsellor_id, type, status, starts_at, duration_minutes, proposed_by, held_at)
      VALUES (${slbActor.institutionId}, ${target.studentId}, ${slbActor.id}, (SELECT type FROM conversation LIMIT 1), 'held',
        now() - interval '1 hour', 30, ${slbActor.id}, now())`.execute(t.ctx.db);
    const after = await get();
    expect(caseloadCacheFor(t.ctx.database).misses).toBe(misses + 1);
    const row = after.find((r) => r.studentId === target.studentId)!;
    expect(row.lastConversationAt).not.toBe(target.lastConversationAt);
    expect(after).toEqual(await caseload(t.ctx, slbActor, { sort: 'light' }, null));
  });

  it('follows the counsellor’s language', async () => {
    const nl = await get();
    await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: slb }, payload: { language: 'en' } });
    const en = await get();
    await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: slb }, payload: { language: 'nl' } });
    const withSignals = nl.findIndex((r) => r.signals.length > 0);
    expect(en[withSignals]!.signals[0]!.explanation).not.toBe(nl[withSignals]!.signals[0]!.explanation);
  });
});

describe('the bound of the kept caseloads', () => {
  it('counts students and lets the caseload used longest ago go first', () => {
    const cache = new CaseloadCache<number>(10);
    cache.set('a', 'k', 'd', [1, 2, 3, 4]);
    cache.set('b', 'k', 'd', [1, 2, 3, 4]);
    expect(cache.get('a', 'k', 'd')).toHaveLength(4);
    cache.set('c', 'k', 'd', [1, 2, 3]);
    expect(cache.size).toEqual({ counsellors: 2, students: 7 });
    expect(cache.get('b', 'k', 'd')).toBeUndefined();
    expect(cache.get('a', 'k', 'd')).toHaveLength(4);
    expect(cache.get('a', 'k', 'other digest')).toBeUndefined();
    expect(cache.get('a', 'other day', 'd')).toBeUndefined();
    cache.set('huge', 'k', 'd', Array.from({ length: 11 }, (_, i) => i));
    expect(cache.get('huge', 'k', 'd')).toBeUndefined();
    expect(cache.size.students).toBe(7);
  });
});
