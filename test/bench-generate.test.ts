import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../src/server/db/migrate';
import { checksum, countRows, generateInstitution } from '../src/server/bench/generate';
import { freshDatabase } from './helpers/database';

// A fixed "today", so the history (which ends today) is the same whenever the test runs.
const now = new Date('2026-11-25T12:00:00Z');

async function generated(seed: number) {
  const database = await freshDatabase();
  try {
    await migrateToLatest(database.db);
    const result = await generateInstitution(database.db, { size: 'XS', seed, passwordHash: null, now });
    // Referrals that waited past the norm by the day of generation count as reminded already.
    const unreminded = await database.db
      .selectFrom('referral')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'ingediend')
      .where('reminded_at', 'is', null)
      .where('submitted_at', '<', new Date(now.getTime() - 10 * 86_400_000))
      .executeTakeFirstOrThrow();
    return { result, sums: await checksum(database.db, result.institutionId), again: await countRows(database.db, result.institutionId), unreminded: Number(unreminded.n) };
  } finally {
    await database.close();
  }
}

describe('koers bench generate', () => {
  it('writes a small institution with five years of history, the same for the same seed', async () => {
    const [a, b, other] = await Promise.all([generated(7), generated(7), generated(8)]);
    const rows = a.result.rows;
    const { plan } = a.result;
    expect(plan.students).toBe(60);
    expect(rows.app_user).toBe(60 + plan.counsellors + 1 + plan.specialists + 2);
    expect(rows.assignment).toBe(60);
    expect(rows.programme).toBe(plan.programmes);
    expect(rows.cohort).toBe(plan.programmes * 15 * plan.groups);
    // One enrolment per school year since the start (1–5), of which one is current.
    expect(rows.enrolment).toBeGreaterThanOrEqual(60);
    expect(rows.enrolment).toBeLessThanOrEqual(300);
    // About ten conversations per student: three per year plus the next one.
    expect(rows.conversation! / 60).toBeGreaterThan(4);
    expect(rows.conversation! / 60).toBeLessThan(16);
    expect(rows.conversation_note).toBe(rows.conversation_action);
    expect(rows.instrument_answer).toBe(rows.instrument_response! * 20);
    expect(rows.instrument_scale_score).toBe(rows.instrument_response! * 5);
    expect(rows.test_result).toBeGreaterThan(60);
    // A POP goal and one piece of evidence linked to it per school year so far.
    expect(rows.portfolio_goal).toBeGreaterThanOrEqual(60);
    expect(rows.portfolio_evidence).toBe(rows.portfolio_goal);
    expect(rows.portfolio_evidence_goal).toBe(rows.portfolio_goal);
    expect(a.again).toEqual(rows);
    expect(a.unreminded).toBe(0);

    expect(b.result.rows).toEqual(rows);
    expect(b.sums).toEqual(a.sums);
    expect(other.sums.scores).not.toBe(a.sums.scores);
    expect(Number(a.sums.scores)).toBeGreaterThan(0);
  }, 180_000);
});
