import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { buildDemoConversations } from '../../domain/demo/demo-conversations';
import { schoolYearOf } from '../../domain/dates/school-year';
import type { DB } from '../db/schema';
import { insertInChunks, type DemoSeedContext } from './demo-seed-support';

/** Writes the demo's conversation history (see domain/demo/demo-conversations.ts). */
export async function seedDemoConversations(seed: DemoSeedContext): Promise<number> {
  const { trx, institutionId, demo, userId, today, demoStudentKey } = seed;
  const conversations: Insertable<DB['conversation']>[] = [];
  const topics: Insertable<DB['conversation_topic']>[] = [];
  const notes: Insertable<DB['conversation_note']>[] = [];
  const actions: Insertable<DB['conversation_action']>[] = [];
  const feedback: Insertable<DB['conversation_feedback']>[] = [];
  for (const c of buildDemoConversations(demo, today, demoStudentKey)) {
    const id = randomUUID();
    const student = userId(c.studentKey);
    const counsellor = userId(c.counsellorKey);
    const after = new Date(c.startsAt.getTime() + c.durationMinutes * 60_000);
    conversations.push({
      id,
      institution_id: institutionId,
      student_id: student,
      counsellor_id: counsellor,
      type: c.type,
      status: c.status,
      starts_at: c.startsAt,
      duration_minutes: c.durationMinutes,
      location: c.location,
      online: c.location === 'Online',
      proposed_by: c.proposedByStudent ? student : counsellor,
      agenda: c.agenda,
      experience: c.experience,
      student_summary: c.studentSummary,
      held_at: c.status === 'held' ? after : null,
      created_at: new Date(c.startsAt.getTime() - 10 * 86_400_000),
      updated_at: c.status === 'held' ? after : new Date(c.startsAt.getTime() - 86_400_000),
    });
    for (const competency of c.topics) topics.push({ conversation_id: id, competency });
    for (const n of c.notes) notes.push({ conversation_id: id, author_id: counsellor, tier: n.tier, phase: n.phase, body: n.body, competencies: '[]', created_at: c.startsAt, updated_at: c.startsAt });
    for (const a of c.actions) actions.push({ conversation_id: id, student_id: student, what: a.what, owner: a.owner, due_date: a.dueDate, status: a.status });
    if (c.feedback)
      feedback.push({ conversation_id: id, counsellor_id: counsellor, whose_agenda: c.feedback.whoseAgenda, helping_vs_reflective: c.feedback.helpingVsReflective, topics: JSON.stringify(c.feedback.topics), created_at: after });
  }
  // The demo school agreed on four half-hour talks a year in every programme.
  const programmes = await trx.selectFrom('programme').select('id').where('institution_id', '=', institutionId).execute();
  const schoolYear = schoolYearOf(today);
  await insertInChunks(programmes, (x) =>
    trx.insertInto('cadence_norm').values(x.map((p) => ({ programme_id: p.id, school_year: schoolYear, conversations_per_year: 4, minutes_each: 30, description: 'Vier gesprekken van een half uur per jaar' }))).execute(),
  );
  await insertInChunks(conversations, (x) => trx.insertInto('conversation').values(x).execute());
  await insertInChunks(topics, (x) => trx.insertInto('conversation_topic').values(x).execute());
  await insertInChunks(notes, (x) => trx.insertInto('conversation_note').values(x).execute());
  await insertInChunks(actions, (x) => trx.insertInto('conversation_action').values(x).execute());
  await insertInChunks(feedback, (x) => trx.insertInto('conversation_feedback').values(x).execute());
  return conversations.length;
}
