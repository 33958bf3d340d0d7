import type { Insertable } from 'kysely';
import { isoDate } from '../../domain/dates/school-year';
import type { DB } from '../db/schema';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';

/*
 * Study progress for the demo: BSA norms for the hbo programmes, first-year results with credits
 * (a few students behind, one with a provisional warning), and five switches and dropouts with
 * reasons. Leavers are taken from classes outside the demo counsellor's caseload, so the caseload
 * and its figures stay as they are.
 */

const DAY = 86_400_000;
const COURSE_WEEKS = [6, 8, 10, 16, 18, 20, 26, 28, 30, 36, 38];
const COURSES = ['Oriëntatie op het beroep', 'Studievaardigheden', 'Basis 1', 'Project 1', 'Basis 2', 'Methoden', 'Project 2', 'Verdieping 1', 'Praktijk', 'Verdieping 2', 'Project 3'];
const CREDITS = 5;

const addDays = (date: string, days: number) => isoDate(new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY));
const minDate = (a: string, b: string) => (a < b ? a : b);

export async function seedDemoStudyProgress(seed: DemoSeedContext): Promise<void> {
  const { trx, institutionId, demo, userId } = seed;
  const today = isoDate(seed.today);
  const current = demo.currentSchoolYear;
  const previous = demo.previousSchoolYear;
  const cohorts = await trx
    .selectFrom('cohort as c')
    .innerJoin('programme as p', 'p.id', 'c.programme_id')
    .select(['c.id', 'c.name', 'c.school_year', 'p.id as programme_id', 'p.code', 'p.level'])
    .where('p.institution_id', '=', institutionId)
    .execute();
  const cohort = (year: string, name: string) => cohorts.find((c) => c.school_year === year && c.name === name);
  const admin = userId('admin');
  const start = (year: string) => `${year.slice(0, 4)}-08-01`;

  // Norms: 45 of 60 credits at hbo, the warning at the end of January, the final advice in July.
  const norms: Insertable<DB['bsa_norm']>[] = [];
  for (const year of [previous, current]) {
    const next = Number(year.slice(5, 9));
    for (const code of new Set(cohorts.filter((c) => c.level === 'hbo').map((c) => c.programme_id)))
      norms.push({ programme_id: code, school_year: year, threshold_credits: 45, year_credits: 60, warning_on: `${next}-01-31`, final_on: `${next}-07-15`, updated_by: admin });
  }
  await insertInChunks(norms, (chunk) => trx.insertInto('bsa_norm').values(chunk).execute());

  const classOf = (year: string, name: string) => demo.enrolments.filter((e) => e.cohortKey === `${year}:${name}`).map((e) => e.studentKey);
  const hict = classOf(current, 'HICT-1A');
  const sw = classOf(current, 'SW-1A');
  const mt = classOf(current, 'MT-1A');

  // First-year results: most students pass everything; every fourth passes half. Only SW students
  // fail a course (once), so the demo counsellor's caseload signals stay as they are.
  const results: Insertable<DB['test_result']>[] = [];
  const firstYear = [...hict.map((k) => ({ key: k, mayFail: false })), ...sw.map((k) => ({ key: k, mayFail: true }))];
  firstYear.forEach(({ key, mayFail }, i) => {
    const behind = i % 4 === 3;
    COURSE_WEEKS.forEach((week, c) => {
      const takenOn = addDays(start(current), week * 7);
      if (takenOn > today) return;
      const passed = !behind || c % 2 === 0;
      if (!passed && !(mayFail && c === 1)) return;
      const name = COURSES[c] ?? `Onderdeel ${c + 1}`;
      results.push({ institution_id: institutionId, student_id: userId(key), course: name, taken_on: takenOn, grade: passed ? 6 + ((i + c) % 4) : 4.5, passed, credits: CREDITS, imported_by: admin });
    });
  });
  await insertInChunks(results, (chunk) => trx.insertInto('test_result').values(chunk).execute());

  // A provisional warning for an SW student who is behind.
  const warned = sw.find((_k, j) => (hict.length + j) % 4 === 3);
  const swProgramme = cohort(current, 'SW-1A')?.programme_id;
  if (warned && swProgramme) {
    await trx
      .insertInto('bsa_advice')
      .values({
        institution_id: institutionId,
        student_id: userId(warned),
        programme_id: swProgramme,
        school_year: current,
        kind: 'provisional',
        outcome: 'warning',
        note: 'Loopt achter met studiepunten; afspraken gemaakt over planning en extra begeleiding bij studievaardigheden.',
        decided_by: userId('counsellor-2'),
        decided_on: minDate(today, `${current.slice(5, 9)}-01-31`),
      })
      .execute();
  }

  await seedExits(seed, { current, previous, cohort, sw, mt });
}

interface ExitSpec {
  studentKey: string | undefined;
  /** Last year's class they left, at the end of that school year. */
  from: string;
  kind: 'switch' | 'dropout';
  destination: 'programme_here' | 'other_institution' | 'work' | 'unknown';
  to?: string;
  reasons: string[];
  counsellor: string;
  note: string;
}

/*
 * Every demo student keeps one running enrolment and all enrolment history ends on 31 July (the
 * demo's invariants), so the leavers are students who left a first year last school year, at
 * its end, and started again here this year.
 */
async function seedExits(
  seed: DemoSeedContext,
  d: { previous: string; current: string; cohort: (year: string, name: string) => { id: string; programme_id: string } | undefined; sw: string[]; mt: string[] },
): Promise<void> {
  const { trx, institutionId, userId } = seed;
  const specs: ExitSpec[] = [
    { studentKey: d.sw[0], from: 'BK-1A', kind: 'switch', destination: 'programme_here', to: 'SW-1A', reasons: ['expectations', 'wrong_choice'], counsellor: 'counsellor-2', note: 'Merkte dat het werken met mensen meer past dan bedrijfsprocessen.' },
    { studentKey: d.sw[1], from: 'HICT-1B', kind: 'switch', destination: 'programme_here', to: 'SW-1A', reasons: ['wrong_choice', 'level'], counsellor: 'counsellor-2', note: 'Negatief studieadvies; koos bewust opnieuw.' },
    { studentKey: d.mt[0], from: 'VP-1B', kind: 'dropout', destination: 'work', reasons: ['level', 'personal'], counsellor: 'counsellor-4', note: 'Ging werken en startte een jaar later opnieuw.' },
    { studentKey: d.mt[1], from: 'COM-1A', kind: 'switch', destination: 'programme_here', to: 'MT-1A', reasons: ['wrong_choice', 'study_skills'], counsellor: 'counsellor-3', note: 'Wilde meer met de handen werken.' },
    { studentKey: d.mt[2], from: 'VP-1B', kind: 'dropout', destination: 'unknown', reasons: ['expectations', 'personal', 'other'], counsellor: 'counsellor-4', note: '' },
  ];
  const startDate = `${d.previous.slice(0, 4)}-08-01`;
  const exitOn = `${d.previous.slice(5, 9)}-07-31`;
  for (const spec of specs) {
    const left = d.cohort(d.previous, spec.from);
    if (!spec.studentKey || !left) continue;
    const studentId = userId(spec.studentKey);
    const enrolment = await trx.insertInto('enrolment').values({ student_id: studentId, cohort_id: left.id, start_date: startDate, end_date: exitOn }).returning('id').executeTakeFirstOrThrow();
    const exit = await trx
      .insertInto('study_exit')
      .values({
        institution_id: institutionId,
        student_id: studentId,
        enrolment_id: enrolment.id,
        exit_on: exitOn,
        kind: spec.kind,
        destination: spec.destination,
        destination_programme_id: spec.to ? (d.cohort(d.current, spec.to)?.programme_id ?? null) : null,
        note: spec.note,
        recorded_by: userId(spec.counsellor),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('study_exit_reason').values(spec.reasons.map((reason) => ({ exit_id: exit.id, reason }))).execute();
  }
}
