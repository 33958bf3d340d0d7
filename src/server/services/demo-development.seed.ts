import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { buildDemoDevelopment } from '../../domain/demo/demo-development';
import { scoreResponse } from '../../domain/instruments/scoring';
import type { DB } from '../db/schema';
import * as instruments from '../repositories/instruments.repository';
import { seedDemoEvaluation } from './demo-evaluation.seed';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';
import { definitionOf } from './instruments.service';

/**
 * Writes the demo's teams, counsellor ratings (as submitted responses with scores), development
 * plans, logs, reviews and 360° requests (see domain/demo/demo-development.ts).
 */
export async function seedDemoDevelopment(seed: DemoSeedContext): Promise<void> {
  const { trx, institutionId, demo, userId, today } = seed;
  const version = await instruments.latestVersionOf(trx, institutionId, 'slb-zelfbeoordeling');
  if (!version) throw new Error('Demo seed: the counsellor self-rating is not published (run migrations first)');
  const definition = definitionOf(version);
  const data = buildDemoDevelopment(demo, definition, today);

  for (const team of data.teams) {
    const { id } = await trx.insertInto('team').values({ institution_id: institutionId, name: team.name, leader_id: userId(team.leaderKey) }).returning('id').executeTakeFirstOrThrow();
    if (team.memberKeys.length > 0) await trx.insertInto('team_member').values(team.memberKeys.map((k) => ({ team_id: id, user_id: userId(k) }))).execute();
  }
  if (data.consenting.length > 0)
    await trx.insertInto('staff_development_consent').values(data.consenting.map((k) => ({ user_id: userId(k), ratings_visible_to_leader: true }))).execute();

  const responses: Insertable<DB['instrument_response']>[] = [];
  const answers: Insertable<DB['instrument_answer']>[] = [];
  const scores: Insertable<DB['instrument_scale_score']>[] = [];
  const ids = data.ratings.map(() => randomUUID());
  data.ratings.forEach((r, i) => {
    const id = ids[i] as string;
    responses.push({
      id,
      institution_id: institutionId,
      instrument_version_id: version.id,
      student_id: userId(r.subjectKey),
      source: r.source,
      respondent_id: userId(r.raterKey),
      status: 'submitted',
      started_at: new Date(r.submittedAt.getTime() - 20 * 60_000),
      updated_at: r.submittedAt,
      submitted_at: r.submittedAt,
    });
    for (const [item_code, value] of Object.entries(r.answers)) answers.push({ response_id: id, item_code, value, answered_at: r.submittedAt });
    for (const s of scoreResponse(definition, r.answers).scales) scores.push({ response_id: id, scale_code: s.code, score: s.score, answered: s.answered, total: s.total });
  });
  await insertInChunks(responses, (c) => trx.insertInto('instrument_response').values(c).execute());
  await insertInChunks(answers, (c) => trx.insertInto('instrument_answer').values(c).execute());
  await insertInChunks(scores, (c) => trx.insertInto('instrument_scale_score').values(c).execute());

  await insertInChunks(
    data.requests.map((q) => ({
      institution_id: institutionId,
      subject_id: userId(q.subjectKey),
      rater_id: userId(q.raterKey),
      relation: q.relation,
      instrument_version_id: version.id,
      response_id: q.ratingIndex === null ? null : (ids[q.ratingIndex] ?? null),
      created_at: q.createdAt,
    })),
    (c) => trx.insertInto('staff_rating_request').values(c).execute(),
  );
  await insertInChunks(
    data.goals.map((g) => ({
      institution_id: institutionId,
      counsellor_id: userId(g.counsellorKey),
      what: g.what,
      due_date: g.dueDate,
      competencies: JSON.stringify(g.competencies),
      status: g.status,
    })),
    (c) => trx.insertInto('development_goal').values(c).execute(),
  );
  await insertInChunks(
    data.activities.map((a) => ({
      institution_id: institutionId,
      counsellor_id: userId(a.counsellorKey),
      kind: a.kind,
      title: a.title,
      held_on: a.heldOn,
      hours: a.hours,
      competencies: JSON.stringify(a.competencies),
      reflection: a.reflection,
    })),
    (c) => trx.insertInto('development_activity').values(c).execute(),
  );
  await insertInChunks(
    data.reviews.map((r) => ({
      institution_id: institutionId,
      counsellor_id: userId(r.counsellorKey),
      leader_id: userId(r.leaderKey),
      held_on: r.heldOn,
      leader_notes: r.leaderNotes,
      counsellor_notes: r.counsellorNotes,
    })),
    (c) => trx.insertInto('development_review').values(c).execute(),
  );
  await seedDemoEvaluation(seed);
}
