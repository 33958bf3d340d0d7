import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { buildDemoMeasurements } from '../../domain/demo/demo-measurements';
import { scoreResponse } from '../../domain/instruments/scoring';
import type { DB } from '../db/schema';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';
import * as instruments from '../repositories/instruments.repository';
import { definitionOf } from './instruments.service';
import { hashToken, newToken } from './tokens';

/**
 * Writes the demo's competence measurements (see domain/demo/demo-measurements.ts) as submitted
 * responses with answers and scale scores; supervisor scans get the used invitation they came
 * through. Ids are made here so rows can be linked without reading them back.
 */
export async function seedDemoMeasurements(seed: DemoSeedContext): Promise<number> {
  const { trx, institutionId, demo, userId, today, demoStudentKey } = seed;
  const self = await instruments.latestVersionOf(trx, institutionId, 'loopbaancompetenties');
  const scan = await instruments.latestVersionOf(trx, institutionId, 'competentiescan');
  if (!self || !scan) throw new Error('Demo seed: built-in instruments are not published (run migrations first)');
  const definitions = { self: definitionOf(self), scan: definitionOf(scan) };
  const versionOf = (code: string) => (code === self.code ? self : scan);
  const measurements = buildDemoMeasurements(demo, definitions, today, demoStudentKey);

  const invitations: Insertable<DB['scan_invitation']>[] = [];
  const responses: Insertable<DB['instrument_response']>[] = [];
  const answers: Insertable<DB['instrument_answer']>[] = [];
  const scores: Insertable<DB['instrument_scale_score']>[] = [];
  for (const m of measurements) {
    const id = randomUUID();
    const version = versionOf(m.instrumentCode);
    let invitationId: string | null = null;
    if (m.supervisor) {
      invitationId = randomUUID();
      const counsellor = demo.assignments.find((a) => a.studentKey === m.studentKey && a.endDate === null)?.counsellorKey ?? m.studentKey;
      invitations.push({
        id: invitationId,
        institution_id: institutionId,
        student_id: userId(m.studentKey),
        instrument_version_id: version.id,
        invited_by: userId(counsellor),
        name: m.supervisor.name,
        email: m.supervisor.email,
        token_hash: hashToken(newToken()),
        created_at: new Date(m.submittedAt.getTime() - 3 * 86_400_000),
        expires_at: new Date(m.submittedAt.getTime() + 27 * 86_400_000),
        used_at: m.submittedAt,
      });
    }
    responses.push({
      id,
      institution_id: institutionId,
      instrument_version_id: version.id,
      student_id: userId(m.studentKey),
      source: m.source,
      respondent_id: m.respondentKey === null ? null : userId(m.respondentKey),
      invitation_id: invitationId,
      status: 'submitted',
      started_at: new Date(m.submittedAt.getTime() - 15 * 60_000),
      updated_at: m.submittedAt,
      submitted_at: m.submittedAt,
    });
    for (const [item_code, value] of Object.entries(m.answers)) answers.push({ response_id: id, item_code, value, answered_at: m.submittedAt });
    const definition = m.instrumentCode === self.code ? definitions.self : definitions.scan;
    for (const s of scoreResponse(definition, m.answers).scales)
      scores.push({ response_id: id, scale_code: s.code, score: s.score, answered: s.answered, total: s.total });
  }
  await insertInChunks(invitations, (c) => trx.insertInto('scan_invitation').values(c).execute());
  await insertInChunks(responses, (c) => trx.insertInto('instrument_response').values(c).execute());
  await insertInChunks(answers, (c) => trx.insertInto('instrument_answer').values(c).execute());
  await insertInChunks(scores, (c) => trx.insertInto('instrument_scale_score').values(c).execute());
  return responses.length;
}
