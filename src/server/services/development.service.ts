import { checkSmart } from '../../domain/conversations/smart';
import type { ActivityPage, ActivityView, Development, GoalView, ReviewView } from '../../shared/development';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { developmentReader, ratingsVisible, type Actor } from '../policies/policy';
import * as repo from '../repositories/development.repository';
import { today } from '../repositories/relationships.repository';
import * as staff from '../repositories/staff-ratings.repository';
import * as teams from '../repositories/teams.repository';
import type { Queryable } from '../repositories/types';
import { myFeedback } from './conversation-cadence.service';
import { counsellorEvaluation } from './guidance-evaluation.service';
import { decodeCursor, page } from './paging';
import { comparison, meetlatOf, myRequests, ratingHistory, STAFF_INSTRUMENT, staffDefinition } from './staff-ratings.service';
import { z } from 'zod';

/**
 * A counsellor's development: ratings over time, the 360° comparison, goals, the training and
 * intervisie log, yearly reviews. Read by the counsellor, and by the leader of one of their
 * teams (ratings only with the counsellor's consent).
 */

const FIRST_PAGE = 20;

export function goalView(row: repo.GoalRow, day = today()): GoalView {
  // A goal already done or dropped is not judged against today's date any more.
  const smart = checkSmart({ what: row.what, owner: 'counsellor', due: row.due_date, today: row.status === 'open' ? day : row.due_date });
  return {
    id: row.id,
    what: row.what,
    dueDate: row.due_date,
    competencies: row.competencies as GoalView['competencies'],
    status: row.status,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    smart: { ok: smart.ok, checks: smart.checks.map((c) => ({ criterion: c.criterion, ok: c.ok, feedback: c.feedback })) },
  };
}

export function activityView(row: repo.ActivityRow): ActivityView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    heldOn: row.held_on,
    hours: row.hours,
    competencies: row.competencies as ActivityView['competencies'],
    reflection: row.reflection,
    createdAt: row.created_at.toISOString(),
  };
}

export function reviewView(row: repo.ReviewRow): ReviewView {
  return {
    id: row.id,
    heldOn: row.held_on,
    leader: { id: row.leader_id, name: row.leader_name },
    leaderNotes: row.leader_notes,
    counsellorNotes: row.counsellor_notes,
    updatedAt: row.updated_at.toISOString(),
  };
}

const ActivityCursor = z.object({ d: z.iso.date(), i: z.uuid() });

export async function activities(db: Queryable, counsellorId: string, limit: number, cursor?: string): Promise<ActivityPage> {
  const after = decodeCursor(cursor, ActivityCursor);
  const rows = await repo.activitiesOf(db, counsellorId, limit, after);
  const result = page(rows, limit, (last) => ({ d: last.held_on, i: last.id }));
  return { items: result.items.map(activityView), nextCursor: result.nextCursor };
}

async function load(ctx: AppContext, actor: Actor, counsellor: { id: string; name: string }, reader: 'self' | 'leader'): Promise<Development> {
  const { definition } = await staffDefinition(ctx.db, actor.institutionId);
  const consent = await repo.consentOf(ctx.db, counsellor.id);
  const visible = ratingsVisible(reader, consent);
  const ratings = visible ? await ratingHistory(ctx.db, counsellor.id, definition) : [];
  const draftRow = reader === 'self' ? await staff.selfDraft(ctx.db, counsellor.id, STAFF_INSTRUMENT) : undefined;
  const [goals, log, reviews, teamRows] = await Promise.all([
    repo.goalsOf(ctx.db, counsellor.id),
    activities(ctx.db, counsellor.id, FIRST_PAGE),
    repo.reviewsOf(ctx.db, counsellor.id),
    teams.teamsOf(ctx.db, counsellor.id),
  ]);
  const day = today();
  return {
    counsellor,
    reader,
    meetlat: meetlatOf(definition),
    consent,
    ratingsVisible: visible,
    ratings,
    draft: draftRow ? { id: draftRow.id, answered: draftRow.answered, total: definition.items.length, updatedAt: draftRow.updated_at.toISOString() } : null,
    comparison: visible ? await comparison(ctx.db, counsellor.id, definition, ratings[0]) : null,
    requests: reader === 'self' ? await myRequests(ctx.db, actor) : [],
    goals: goals.map((g) => goalView(g, day)),
    activities: log,
    reviews: reviews.map(reviewView),
    studentFeedback: reader === 'self' ? await myFeedback(ctx, actor) : null,
    // Students' judgements of one counsellor are for that counsellor; the leader sees the team's only.
    studentEvaluation: reader === 'self' ? await counsellorEvaluation(ctx.db, actor.institutionId, counsellor.id) : null,
    teams: teamRows.filter((t) => t.leader_id !== counsellor.id).map((t) => ({ id: t.id, name: t.name, leader: { id: t.leader_id, name: t.leader_name } })),
  };
}

export function ownDevelopment(ctx: AppContext, actor: Actor): Promise<Development> {
  return load(ctx, actor, { id: actor.id, name: actor.name }, 'self');
}

/** Who may read this counsellor's plan; an unknown id is 404, a colleague's plan without permission 403. */
export async function readerOf(ctx: AppContext, actor: Actor, counsellorId: string) {
  const counsellor = await repo.findCounsellor(ctx.db, actor.institutionId, counsellorId);
  if (!counsellor) throw new AppError('not_found');
  const reader = await developmentReader(actor, counsellorId, teams.teamLookup(ctx.db));
  return { counsellor: { id: counsellor.id, name: counsellor.display_name }, reader };
}

export async function memberDevelopment(ctx: AppContext, actor: Actor, counsellorId: string): Promise<Development> {
  const { counsellor, reader } = await readerOf(ctx, actor, counsellorId);
  return load(ctx, actor, counsellor, reader);
}

export async function moreActivities(ctx: AppContext, actor: Actor, counsellorId: string, limit: number, cursor?: string) {
  await readerOf(ctx, actor, counsellorId);
  return activities(ctx.db, counsellorId, limit, cursor);
}
