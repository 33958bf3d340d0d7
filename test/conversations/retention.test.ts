import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { purgePrivateNotes } from '../../src/server/repositories/conversation-parts.repository';
import { createTestApp, loginAs, type TestApp } from '../helpers/app';
import { idOf } from '../competencies/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: true });
});
afterAll(async () => t?.close());

it("deletes private notes after the institution's retention period, and nothing else", async () => {
  const slb = await idOf(t, 'slb@demo.koers.nl');
  const lisa = await idOf(t, 'student@demo.koers.nl');
  const institution = (await t.ctx.db.selectFrom('institution').select('id').executeTakeFirstOrThrow()).id;
  const conversation = await t.ctx.db
    .insertInto('conversation')
    .values({ institution_id: institution, student_id: lisa, counsellor_id: slb, proposed_by: slb, type: 'voortgang', status: 'held', starts_at: new Date(), duration_minutes: 30 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const note = async (tier: string, monthsAgo: number, body: string) =>
    sql`INSERT INTO conversation_note (conversation_id, author_id, tier, body, created_at, updated_at)
        VALUES (${conversation.id}, ${slb}, ${tier}, ${body}, now() - make_interval(months => ${monthsAgo}::int), now() - make_interval(months => ${monthsAgo}::int))`.execute(t.ctx.db);
  await note('private', 13, 'oud-privé');
  await note('private', 3, 'recent-privé');
  await note('student', 30, 'oud-gedeeld');
  await note('team', 30, 'oud-team');
  // The demo's own private notes are younger than a year, so only ours goes.
  expect(await purgePrivateNotes(t.ctx.db)).toBe(1);
  const left = async () =>
    (await t.ctx.db.selectFrom('conversation_note').select('body').where('conversation_id', '=', conversation.id).orderBy('body').execute()).map((r) => r.body);
  expect(await left()).toEqual(['oud-gedeeld', 'oud-team', 'recent-privé']);

  // A shorter retention set by the admin applies at the next run.
  const admin = await loginAs(t.app, 'admin@demo.koers.nl');
  const res = await t.app.inject({ method: 'PATCH', url: '/api/admin/institution', headers: { cookie: admin }, payload: { privateNoteRetentionMonths: 2 } });
  expect(res.json()).toMatchObject({ privateNoteRetentionMonths: 2 });
  expect(await purgePrivateNotes(t.ctx.db)).toBeGreaterThanOrEqual(1);
  expect(await left()).toEqual(['oud-gedeeld', 'oud-team']);
  const privateLeft = await sql<{ n: number }>`SELECT count(*)::int AS n FROM conversation_note WHERE tier = 'private' AND updated_at < now() - interval '2 months'`.execute(t.ctx.db);
  expect(privateLeft.rows[0]?.n).toBe(0);
});
