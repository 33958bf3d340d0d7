import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { schoolYearOf, schoolYearStart } from '../../domain/dates/school-year';
import { mulberry32 } from '../../domain/demo/demo-institution';
import { GUIDANCE_EVALUATION_CODE } from '../../domain/instruments/builtin/slb-evaluatie';
import { scoreResponse } from '../../domain/instruments/scoring';
import type { DB } from '../db/schema';
import * as instruments from '../repositories/instruments.repository';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';
import { definitionOf } from './instruments.service';

/**
 * The demo runs the student evaluation of guidance this school year. Students of each counsellor
 * have evaluated them already (seven for slb@, five or six for the others), so the counsellor's
 * aggregate and the team leader's team figure show; the demo student has not, so they can try it.
 */

const HOUR = 3_600_000;
/** How each counsellor comes across to students on the four scales, around which answers vary. */
const LEVELS: Record<string, number[]> = { slb: [4.3, 3.6, 3.9, 3.2] };
const DEFAULT_LEVELS = [3.8, 3.5, 3.4, 3.9];

export async function seedDemoEvaluation(seed: DemoSeedContext): Promise<void> {
  const { trx, institutionId, demo, userId, today, demoStudentKey } = seed;
  const version = await instruments.latestVersionOf(trx, institutionId, GUIDANCE_EVALUATION_CODE);
  if (!version) throw new Error('Demo seed: the evaluation of guidance is not published (run migrations first)');
  const definition = definitionOf(version);
  const schoolYear = schoolYearOf(today);
  await trx.insertInto('guidance_evaluation_year').values({ institution_id: institutionId, school_year: schoolYear, enabled: true, updated_by: null }).execute();

  const random = mulberry32(0xe7a1);
  const yearStart = new Date(`${schoolYearStart(schoolYear)}T00:00:00Z`).getTime();
  const { min, max } = definition.responseScale;
  const day = today.toISOString().slice(0, 10);
  const caseloads = new Map<string, string[]>();
  for (const a of demo.assignments) {
    if (a.endDate !== null || a.startDate > day || a.studentKey === demoStudentKey) continue;
    caseloads.set(a.counsellorKey, [...(caseloads.get(a.counsellorKey) ?? []), a.studentKey]);
  }

  const responses: Insertable<DB['instrument_response']>[] = [];
  const answers: Insertable<DB['instrument_answer']>[] = [];
  const scores: Insertable<DB['instrument_scale_score']>[] = [];
  for (const [counsellorKey, students] of [...caseloads.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const levels = LEVELS[counsellorKey] ?? DEFAULT_LEVELS;
    const count = Math.min(students.length, counsellorKey === 'slb' ? 7 : 5 + Math.floor(random() * 2));
    students.slice(0, count).forEach((studentKey, i) => {
      const id = randomUUID();
      // Within this school year even when the demo is created on 1 August.
      const submittedAt = new Date(Math.max(today.getTime() - (i + 1) * 5 * HOUR, yearStart + i * 60_000));
      const given: Record<string, number> = {};
      definition.scales.forEach((scale, s) => {
        for (const item of scale.items) given[item] = Math.min(max, Math.max(min, Math.round((levels[s] ?? 3.5) + (random() - 0.5) * 1.8)));
      });
      responses.push({
        id,
        institution_id: institutionId,
        instrument_version_id: version.id,
        student_id: userId(counsellorKey),
        source: 'student',
        respondent_id: userId(studentKey),
        status: 'submitted',
        started_at: new Date(submittedAt.getTime() - 6 * 60_000),
        updated_at: submittedAt,
        submitted_at: submittedAt,
      });
      for (const [item_code, value] of Object.entries(given)) answers.push({ response_id: id, item_code, value, answered_at: submittedAt });
      for (const sc of scoreResponse(definition, given).scales) scores.push({ response_id: id, scale_code: sc.code, score: sc.score, answered: sc.answered, total: sc.total });
    });
  }
  await insertInChunks(responses, (c) => trx.insertInto('instrument_response').values(c).execute());
  await insertInChunks(answers, (c) => trx.insertInto('instrument_answer').values(c).execute());
  await insertInChunks(scores, (c) => trx.insertInto('instrument_scale_score').values(c).execute());
}
