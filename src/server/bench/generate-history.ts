import { sql, type Kysely, type RawBuilder } from 'kysely';
import { COMPETENCY_CODES } from '../../domain/instruments/builtin/competencies';
import { LOOPBAANCOMPETENTIES } from '../../domain/instruments/builtin/loopbaancompetenties';
import { REFERRAL_REASONS } from '../../shared/guidance';
import type { DB } from '../db/schema';
import { hashOf, yearStart, type Plan } from './plan';

/*
 * Five school years of history for the students n in [lo, hi] of bench_student: per enrolled
 * year three conversations (held, or cancelled, or still planned when they lie ahead) plus one
 * upcoming talk, a note, an action and a topic per held talk, one self-assessment per year with
 * its 20 answers and 5 scale scores, three test results per year, and referrals for 1 in 25.
 * Keys for the hash are built from the student number and timestamps, never from (random) ids.
 */

const NOTES = [
  'Student wil meer weten over de beroepspraktijk en gaat een meeloopdag regelen.',
  'Besproken wat goed ging tijdens de stage en waar het lastiger werd.',
  'Student twijfelt over de richting; samen drie alternatieven op een rij gezet.',
  'Gesproken over motivatie: energie bij praktijkopdrachten, minder bij theorie.',
  'Netwerk in kaart gebracht: oom werkt in de sector, contact gaat student zelf leggen.',
];
const ACTIONS = ['Twee vacatures bekijken en bespreken', 'Meeloopdag aanvragen', 'Portfolio bijwerken', 'Gesprek met stagebegeleider plannen', 'Open dag hbo bezoeken'];
const COURSES = ['Nederlands', 'Engels', 'Rekenen', 'Beroepsvak', 'Keuzedeel'];
const PHASES = ['terugblikken', 'bewustwording', 'alternatieven', 'acties'];

const scaleOf = new Map(LOOPBAANCOMPETENTIES.scales.flatMap((s) => s.items.map((i) => [i, s.code] as const)));
const items = LOOPBAANCOMPETENTIES.items.map((i) => ({ code: i.code, scale: scaleOf.get(i.code) ?? '', reverse: i.reverse === true }));
const itemsTable = sql`unnest(${items.map((i) => i.code)}::text[], ${items.map((i) => i.scale)}::text[], ${items.map((i) => i.reverse)}::bool[]) AS it(code, scale, rev)`;

/** A moment `days` after 1 August of year index `y`, at a half-hour slot from 09:00 UTC. */
function moment(plan: Plan, y: RawBuilder<unknown>, days: RawBuilder<unknown>, slot: RawBuilder<unknown>): RawBuilder<Date> {
  return sql<Date>`((${yearStart(plan, y)} + ${days})::timestamp + time '09:00' + (${slot}) * interval '30 minutes') AT TIME ZONE 'UTC'`;
}

export async function createHistory(db: Kysely<DB>, plan: Plan, institutionId: string, lo: number, hi: number): Promise<void> {
  const h = (key: string) => hashOf(plan.seed, sql.raw(key));
  const now = sql`${plan.now.toISOString()}::timestamptz`;
  const chunk = sql`b.n BETWEEN ${lo}::int AND ${hi}::int`;
  const inst = sql`${institutionId}::uuid`;

  const t = moment(plan, sql`y`, sql`40 + j * 100 + ${h(`'t' || b.n || '.' || y || '.' || j`)} % 30`, sql`${h(`'u' || b.n || '.' || y || '.' || j`)} % 16`);
  const upcoming = sql`((${now})::date + 1 + ${h(`'v' || b.n`)} % 28 + time '10:00') AT TIME ZONE 'UTC'`;
  await sql`
    INSERT INTO conversation (institution_id, student_id, counsellor_id, proposed_by, type, status, starts_at, duration_minutes, location, held_at, created_at, updated_at)
    SELECT ${inst}, b.id, k.id, k.id, x.type, x.status, x.t, 30, 'Lokaal ' || (1 + b.p), CASE WHEN x.status = 'held' THEN x.t END, x.t - interval '14 days', x.t - interval '14 days'
    FROM bench_student b JOIN bench_counsellor k ON k.c = b.c
    CROSS JOIN LATERAL (
      SELECT ${t} AS t, CASE WHEN y = b.s AND j = 0 THEN 'kennismaking' WHEN j = 1 THEN 'loopbaangesprek' ELSE 'voortgang' END AS type,
        CASE WHEN ${t} >= ${now} THEN 'planned' WHEN ${h(`'z' || b.n || '.' || y || '.' || j`)} % 10 = 0 THEN 'cancelled' ELSE 'held' END AS status
      FROM generate_series(b.s, 4) y CROSS JOIN generate_series(0, 2) j
      UNION ALL SELECT ${upcoming}, 'voortgang', 'planned'
    ) x
    WHERE ${chunk}`.execute(db);

  const held = sql`FROM conversation c JOIN bench_student b ON b.id = c.student_id WHERE ${chunk} AND c.status = 'held'`;
  const ck = (p: string) => h(`'${p}' || b.n || '.' || extract(epoch FROM c.starts_at)::bigint`);
  await sql`
    INSERT INTO conversation_note (conversation_id, author_id, tier, phase, body, competencies, created_at, updated_at)
    SELECT c.id, c.counsellor_id, CASE WHEN ${ck('n')} % 10 < 7 THEN 'student' ELSE 'team' END, (${PHASES}::text[])[1 + ${ck('o')} % 4],
      (${NOTES}::text[])[1 + ${ck('b')} % ${NOTES.length}::int], jsonb_build_array((${COMPETENCY_CODES}::text[])[1 + ${ck('m')} % 5]), c.held_at, c.held_at
    ${held}`.execute(db);
  await sql`
    INSERT INTO conversation_topic (conversation_id, competency)
    SELECT c.id, (${COMPETENCY_CODES}::text[])[1 + ${ck('m')} % 5] ${held}`.execute(db);
  await sql`
    INSERT INTO conversation_action (conversation_id, student_id, what, owner, due_date, status, created_at, updated_at)
    SELECT c.id, c.student_id, (${ACTIONS}::text[])[1 + ${ck('w')} % ${ACTIONS.length}::int], 'student', d.due,
      CASE WHEN d.due < (${now})::date - 30 AND ${ck('d')} % 5 <> 0 THEN 'done' ELSE 'open' END, c.held_at, c.held_at
    FROM conversation c JOIN bench_student b ON b.id = c.student_id
    CROSS JOIN LATERAL (SELECT (c.held_at AT TIME ZONE 'UTC')::date + 21 AS due) d
    WHERE ${chunk} AND c.status = 'held'`.execute(db);

  const r = moment(plan, sql`y`, sql`50 + ${h(`'r' || b.n || '.' || y`)} % 40`, sql`2 + ${h(`'q' || b.n || '.' || y`)} % 12`);
  await sql`
    INSERT INTO instrument_response (institution_id, instrument_version_id, student_id, source, respondent_id, status, started_at, updated_at, submitted_at)
    SELECT ${inst}, v.id, b.id, 'self', b.id, 'submitted', x.t - interval '12 minutes', x.t, x.t
    FROM bench_student b CROSS JOIN LATERAL (SELECT ${r} AS t FROM generate_series(b.s, 4) y) x
    CROSS JOIN (SELECT id FROM instrument_version WHERE code = ${LOOPBAANCOMPETENTIES.code} AND institution_id IS NULL ORDER BY version DESC LIMIT 1) v
    WHERE ${chunk} AND x.t < ${now}`.execute(db);
  // Answers rise with the student's ability and a little with every year of study.
  const growth = sql`(extract(year FROM r.submitted_at) - ${plan.firstYear}::int - b.s)`;
  await sql`
    INSERT INTO instrument_answer (response_id, item_code, value, answered_at)
    SELECT r.id, it.code, CASE WHEN it.rev THEN 6 - x.v ELSE x.v END, r.submitted_at
    FROM instrument_response r JOIN bench_student b ON b.id = r.student_id CROSS JOIN ${itemsTable}
    CROSS JOIN LATERAL (SELECT least(5, greatest(1, round(1.4 + 2.6 * b.ability + 0.25 * ${growth}
      + (${h(`'i' || b.n || it.code || extract(epoch FROM r.submitted_at)::bigint`)} % 5 - 2) * 0.6)))::int AS v) x
    WHERE ${chunk}`.execute(db);
  await sql`
    INSERT INTO instrument_scale_score (response_id, scale_code, score, answered, total)
    SELECT a.response_id, it.scale, round(avg(CASE WHEN it.rev THEN 6 - a.value ELSE a.value END), 4), count(*), count(*)
    FROM instrument_answer a JOIN instrument_response r ON r.id = a.response_id JOIN bench_student b ON b.id = r.student_id
    JOIN ${itemsTable} ON it.code = a.item_code
    WHERE ${chunk} GROUP BY a.response_id, it.scale`.execute(db);

  await sql`
    INSERT INTO test_result (institution_id, student_id, course, taken_on, grade, passed)
    SELECT ${inst}, b.id, (${COURSES}::text[])[1 + (y + j) % 5] || ' ' || (y - b.s + 1), x.d, x.g, x.g >= 5.5
    FROM bench_student b CROSS JOIN LATERAL generate_series(b.s, 4) y CROSS JOIN generate_series(1, 3) j
    CROSS JOIN LATERAL (SELECT ${yearStart(plan, sql`y`)} + 60 + j * 80 + ${h(`'e' || b.n || '.' || y || '.' || j`)} % 10 AS d,
      round(least(10, greatest(1, 3.5 + 5 * b.ability + (${h(`'g' || b.n || '.' || y || '.' || j`)} % 31 - 15) / 10.0))::numeric, 1) AS g) x
    WHERE ${chunk} AND x.d < (${now})::date`.execute(db);

  // 1 in 25 students had a referral that was closed; a third of those also have one open now.
  const rk = (p: string) => h(`'${p}' || b.n`);
  const specialist = sql`(SELECT id FROM app_user WHERE institution_id = ${inst} AND role = 'specialist' ORDER BY email OFFSET ${rk('k')} % ${plan.specialists}::int LIMIT 1)`;
  const reason = sql`(${[...REFERRAL_REASONS]}::text[])[1 + ${rk('y')} % ${REFERRAL_REASONS.length}::int]`;
  const closedAt = moment(plan, sql`b.s`, sql`100 + ${rk('j')} % 200`, sql`0`);
  await sql`
    INSERT INTO referral (institution_id, student_id, referrer_id, specialist_id, line, reason, description, consent, status, feedback, submitted_at, first_contact_at, closed_at)
    SELECT ${inst}, b.id, k.id, ${specialist}, 'second', ${reason}, 'Student loopt vast; graag meedenken.', 'given', 'afgerond',
      'Afgerond na drie gesprekken.', x.t - interval '30 days', x.t - interval '26 days', x.t
    FROM bench_student b JOIN bench_counsellor k ON k.c = b.c CROSS JOIN LATERAL (SELECT ${closedAt} AS t) x
    WHERE ${chunk} AND ${rk('r')} % 25 = 0 AND x.t < ${now}`.execute(db);
  await sql`
    INSERT INTO referral (institution_id, student_id, referrer_id, specialist_id, line, reason, description, consent, status, submitted_at, first_contact_at, reminded_at)
    SELECT ${inst}, b.id, k.id, ${specialist}, 'second', ${reason}, 'Zorgen over welzijn en voortgang.', 'given',
      CASE WHEN ${rk('h')} % 2 = 0 THEN 'ingediend' ELSE 'in_behandeling' END, x.t, CASE WHEN ${rk('h')} % 2 = 1 THEN x.t + interval '3 days' END,
      -- The history's long-waiting referrals were reminded about already, as in a running institution
      -- (otherwise the server's first maintenance run mails every specialist about each of them).
      CASE WHEN ${rk('h')} % 2 = 0 AND x.t < ${now} - interval '10 days' THEN x.t + interval '10 days' END
    FROM bench_student b JOIN bench_counsellor k ON k.c = b.c
    CROSS JOIN LATERAL (SELECT ${now} - (4 + ${rk('w')} % 40) * interval '1 day' AS t) x
    WHERE ${chunk} AND ${rk('r')} % 25 = 0 AND ${rk('o')} % 3 = 0`.execute(db);
}
