import { sql, type Kysely } from 'kysely';
import { COMPETENCY_CODES } from '../../domain/instruments/builtin/competencies';
import type { DB } from '../db/schema';
import { hashOf, yearStart, type Plan } from './plan';

/*
 * The portfolio of the students n in [lo, hi] of bench_student: per enrolled school year one POP
 * goal (with a competency and two actions) and one piece of evidence linked to it — a STARRTT
 * reflection, or for one year in four an experience (BPV, open day, …). Earlier years' goals are
 * achieved; a third of the evidence is kept private to the student, the rest is for guidance.
 * About six items per student: ≈ 300,000 for the L institution.
 */

const GOALS = [
  'Ontdekken welk werkveld bij mij past',
  'Beter leren plannen in de stageperiode',
  'Mijn netwerk in de sector uitbreiden',
  'Een gefundeerde keuze maken voor de vervolgopleiding',
  'Zicht krijgen op mijn sterke kanten',
];
const SITUATIONS = [
  'Tijdens de stage kreeg ik voor het eerst een eigen klant.',
  'In de projectweek moest onze groep een presentatie geven voor een opdrachtgever.',
  'Op een meeloopdag draaide ik een ochtend mee in het team.',
  'Bij mijn bijbaan viel een collega uit en moest ik inspringen.',
];
const EXPERIENCES = ['bpv', 'job', 'volunteering', 'open_day', 'shadowing'];

export async function createPortfolio(db: Kysely<DB>, plan: Plan, institutionId: string, lo: number, hi: number): Promise<void> {
  const h = (key: string) => hashOf(plan.seed, sql.raw(key));
  const chunk = sql`b.n BETWEEN ${lo}::int AND ${hi}::int`;
  const now = sql`${plan.now.toISOString()}::timestamptz`;
  const made = sql`((${yearStart(plan, sql`y`)} + 30 + ${h(`'pg' || b.n || '.' || y`)} % 60)::timestamp + time '14:00') AT TIME ZONE 'UTC'`;

  // The goal's created_at (per student and year) is the key the later statements join on.
  await sql`
    INSERT INTO portfolio_goal (institution_id, student_id, title, description, due_on, status, created_at, updated_at)
    SELECT ${institutionId}::uuid, b.id, (${GOALS}::text[])[1 + ${h(`'pt' || b.n || '.' || y`)} % ${GOALS.length}::int],
      'Dit wil ik bereiken voor het einde van het schooljaar.', ${yearStart(plan, sql`y + 1`)} - 30,
      CASE WHEN y < 4 THEN 'achieved' ELSE 'active' END, x.t, x.t
    FROM bench_student b CROSS JOIN LATERAL generate_series(b.s, 4) y CROSS JOIN LATERAL (SELECT ${made} AS t) x
    WHERE ${chunk} AND x.t < ${now}`.execute(db);
  const goals = sql`FROM portfolio_goal g JOIN bench_student b ON b.id = g.student_id WHERE ${chunk}`;
  const gk = (p: string) => h(`'${p}' || b.n || '.' || extract(epoch FROM g.created_at)::bigint`);
  await sql`
    INSERT INTO portfolio_goal_competency (goal_id, competency)
    SELECT g.id, (${COMPETENCY_CODES}::text[])[1 + ${gk('pc')} % 5] ${goals}`.execute(db);
  await sql`
    INSERT INTO portfolio_goal_action (goal_id, description, due_on, status, created_at, updated_at)
    SELECT g.id, a.what, g.created_at::date + a.days, CASE WHEN g.status = 'achieved' THEN 'done' ELSE 'open' END, g.created_at, g.created_at
    FROM portfolio_goal g JOIN bench_student b ON b.id = g.student_id
    CROSS JOIN (VALUES ('Twee mensen uit het werkveld spreken', 30), ('Verslag schrijven en bespreken met mijn slb''er', 60)) a(what, days)
    WHERE ${chunk}`.execute(db);

  // Evidence carries its goal's created_at (+ 20 days) so the link below needs no ids from JavaScript.
  await sql`
    INSERT INTO portfolio_evidence (institution_id, student_id, kind, title, template, body, experience_type, organisation, happened_on, status, for_guidance, created_at, updated_at)
    SELECT ${institutionId}::uuid, b.id, x.kind, CASE WHEN x.kind = 'reflection' THEN 'Reflectie: ' || g.title ELSE 'Ervaring bij ' || 'Bedrijf ' || (1 + ${gk('po')} % 400) END,
      CASE WHEN x.kind = 'reflection' THEN 'starrtt' END,
      CASE WHEN x.kind = 'reflection' THEN jsonb_build_object('situatie', (${SITUATIONS}::text[])[1 + ${gk('ps')} % ${SITUATIONS.length}::int],
          'reflectie', 'Ik merkte dat ik energie kreeg van het contact met mensen.', 'transfer', 'Volgende keer vraag ik eerder om feedback.')
        ELSE jsonb_build_object('what', 'Een periode meegedraaid in de praktijk.', 'learned', 'Ik weet nu beter wat het werk vraagt.') END,
      CASE WHEN x.kind = 'experience' THEN (${EXPERIENCES}::text[])[1 + ${gk('pe')} % ${EXPERIENCES.length}::int] END,
      CASE WHEN x.kind = 'experience' THEN 'Bedrijf ' || (1 + ${gk('po')} % 400) END,
      g.created_at::date + 20, CASE WHEN ${gk('pf')} % 8 = 0 THEN 'draft' ELSE 'final' END, ${gk('pv')} % 3 <> 0,
      g.created_at + interval '20 days', g.created_at + interval '20 days'
    FROM portfolio_goal g JOIN bench_student b ON b.id = g.student_id
    CROSS JOIN LATERAL (SELECT CASE WHEN ${gk('pk')} % 4 = 0 THEN 'experience' ELSE 'reflection' END AS kind) x
    WHERE ${chunk}`.execute(db);
  await sql`
    INSERT INTO portfolio_evidence_goal (evidence_id, goal_id)
    SELECT e.id, g.id FROM portfolio_goal g JOIN bench_student b ON b.id = g.student_id
    JOIN portfolio_evidence e ON e.student_id = g.student_id AND e.created_at = g.created_at + interval '20 days'
    WHERE ${chunk}`.execute(db);
  await sql`
    INSERT INTO portfolio_evidence_competency (evidence_id, competency)
    SELECT eg.evidence_id, gc.competency FROM portfolio_goal g JOIN bench_student b ON b.id = g.student_id
    JOIN portfolio_evidence_goal eg ON eg.goal_id = g.id JOIN portfolio_goal_competency gc ON gc.goal_id = g.id
    WHERE ${chunk}`.execute(db);
}
