import type { Insertable } from 'kysely';
import type { DB } from '../db/schema';
import { CHOICE_CHECK_OUTCOMES, HANDOVER_CODES, PRIOR_EDUCATION } from '../../domain/transition/intake';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';

/*
 * Intakes for the demo's first-year students (those without an earlier enrolment): most complete
 * with part of the warm-handover checklist ticked, every fourth still a draft, so the intake
 * screen, the first-100-days timeline and the missed-milestone signal all have something to show.
 */

const HISTORIES = [
  'Havo met profiel N&T; wiskunde B ging goed, talen kostten moeite. Werkte twee jaar in een supermarkt.',
  'Mbo-4 applicatieontwikkeling afgerond; sterk in projectwerk, wil meer theorie leren.',
  'Vwo, eerst een jaar een andere studie geprobeerd en gestopt; weet nu beter wat trekt.',
  'Havo, profiel E&M; veel vrijwilligerswerk bij de sportclub. Plannen blijft een aandachtspunt.',
];

export async function seedDemoIntakes(seed: DemoSeedContext): Promise<number> {
  const { trx, institutionId, demo, userId, today } = seed;
  const enrolmentsPer = new Map<string, number>();
  for (const e of demo.enrolments) enrolmentsPer.set(e.studentKey, (enrolmentsPer.get(e.studentKey) ?? 0) + 1);
  const firstYears = demo.enrolments.filter((e) => e.endDate === null && enrolmentsPer.get(e.studentKey) === 1).map((e) => e.studentKey);
  const counsellorOf = new Map(demo.assignments.filter((a) => a.endDate === null).map((a) => [a.studentKey, a.counsellorKey]));
  const ids = firstYears.map((k) => userId(k));
  if (ids.length === 0) return 0;
  const enrolmentRows = await trx.selectFrom('enrolment').select(['id', 'student_id', 'start_date']).where('student_id', 'in', ids).where('end_date', 'is', null).execute();
  const enrolmentOf = new Map(enrolmentRows.map((r) => [r.student_id, r]));

  const intakes: Insertable<DB['intake']>[] = [];
  const ticks: Insertable<DB['intake_handover_item']>[] = [];
  firstYears.forEach((studentKey, i) => {
    const studentId = userId(studentKey);
    const enrolment = enrolmentOf.get(studentId);
    const counsellorKey = counsellorOf.get(studentKey);
    if (!enrolment || !counsellorKey) return;
    const counsellor = userId(counsellorKey);
    // Every fifth student has no intake yet: that is what the missed-milestone signal is for.
    if (i % 5 === 4) return;
    const draft = i % 4 === 3;
    const start = new Date(enrolment.start_date);
    const completedAt = new Date(Math.min(today.getTime(), start.getTime() + (6 + (i % 5)) * 86_400_000));
    const prior = PRIOR_EDUCATION[i % 3] ?? 'havo';
    const outcome = CHOICE_CHECK_OUTCOMES[i % 3] ?? 'positive';
    const id = crypto.randomUUID();
    intakes.push({
      id,
      institution_id: institutionId,
      student_id: studentId,
      enrolment_id: enrolment.id,
      prior_education: prior,
      mbo_level: prior === 'mbo' ? 4 : null,
      prior_detail: prior === 'mbo' ? 'Applicatie- en mediaontwikkeling' : '',
      learning_history: HISTORIES[i % HISTORIES.length] ?? '',
      choice_check_outcome: outcome,
      choice_check_advice: draft ? '' : outcome === 'doubtful' ? 'Twijfel over het wiskundeniveau: bijspijkercursus in blok 1 en na zes weken evalueren.' : 'Passende keuze; let op zelfstandig plannen.',
      support_needs: draft ? '' : i % 6 === 0 ? 'Dyslexie: extra tijd bij toetsen aangevraagd.' : 'Geen bijzondere ondersteuning nodig.',
      first_steps: draft ? '' : 'Studieplanning maken voor blok 1 en na drie weken samen bekijken.',
      status: draft ? 'draft' : 'complete',
      completed_at: draft ? null : completedAt,
      completed_by: draft ? null : counsellor,
      created_by: counsellor,
      updated_by: counsellor,
      created_at: completedAt,
      updated_at: completedAt,
    });
    HANDOVER_CODES.slice(0, draft ? 2 : 4 + (i % 3)).forEach((code) => ticks.push({ intake_id: id, code, done_by: counsellor, done_at: completedAt }));
  });
  await insertInChunks(intakes, (chunk) => trx.insertInto('intake').values(chunk).execute());
  await insertInChunks(ticks, (chunk) => trx.insertInto('intake_handover_item').values(chunk).execute());
  return intakes.length;
}
