import { SLB_COMPETENCY_CODES, SLB_COMPETENCY_TEXTS } from '../../domain/instruments/builtin/slb-competencies';
import { SLB_TRAINING_NEED_BELOW } from '../../domain/instruments/builtin/slb-zelfbeoordeling';
import type { InstrumentDefinition } from '../../domain/instruments/definition';
import type { ResponseView } from '../../shared/competencies';
import type { Comparison, IncomingRequest, MeetlatInfo, RatingRequestView, RatingView } from '../../shared/development';
import type { AppContext } from '../context';
import { uniqueViolation } from '../db/unique-violation';
import { AppError } from '../errors';
import { staffRaterCapacity, type Actor } from '../policies/policy';
import * as instruments from '../repositories/instruments.repository';
import * as responses from '../repositories/responses.repository';
import * as repo from '../repositories/staff-ratings.repository';
import type { Queryable } from '../repositories/types';
import { viewOf } from './answering';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';

/**
 * Ratings of a counsellor on the seven competencies: their own self-ratings over time, and the
 * 360° for staff — the counsellor asks a colleague or team leader, who then sees only that one
 * form (answered through the ordinary responses routes, as its respondent).
 */
export const STAFF_INSTRUMENT = 'slb-zelfbeoordeling';

/** Colleagues' ratings older than this no longer say much about how someone works now. */
const COLLEAGUE_WINDOW_DAYS = 365;

export async function staffDefinition(db: Queryable, institutionId: string) {
  const version = await instruments.latestVersionOf(db, institutionId, STAFF_INSTRUMENT);
  if (!version) throw new AppError('instrument_unknown');
  return { version, definition: definitionOf(version) };
}

export function meetlatOf(definition: InstrumentDefinition): MeetlatInfo {
  const { min, max, labels } = definition.responseScale;
  return {
    code: definition.code,
    min,
    max,
    labels,
    trainingNeedBelow: SLB_TRAINING_NEED_BELOW,
    competencies: SLB_COMPETENCY_CODES.map((code) => {
      const text = SLB_COMPETENCY_TEXTS[code];
      return { code, title: text.title, short: text.short, task: text.task, entryLevel: text.entryLevel };
    }),
  };
}

/** Scale scores of responses in the instrument's scale order (missing scales as null). */
export async function orderedScores(db: Queryable, ids: string[], definition: InstrumentDefinition) {
  const byId = new Map<string, Map<string, number | null>>();
  for (const s of await responses.scoresOf(db, ids)) {
    const map = byId.get(s.response_id) ?? new Map<string, number | null>();
    map.set(s.scale_code, s.score);
    byId.set(s.response_id, map);
  }
  return (id: string) => definition.scales.map((scale) => ({ code: scale.code, score: byId.get(id)?.get(scale.code) ?? null }));
}

export async function ratingHistory(db: Queryable, counsellorId: string, definition: InstrumentDefinition): Promise<RatingView[]> {
  const rows = await repo.selfRatings(db, counsellorId, STAFF_INSTRUMENT);
  const scores = await orderedScores(db, rows.map((r) => r.id), definition);
  return rows.map((r) => ({ id: r.id, submittedAt: r.submitted_at.toISOString(), scales: scores(r.id) }));
}

export async function comparison(db: Queryable, counsellorId: string, definition: InstrumentDefinition, latestSelf: RatingView | undefined): Promise<Comparison> {
  const since = new Date(Date.now() - COLLEAGUE_WINDOW_DAYS * 86_400_000);
  const [means, manager] = await Promise.all([
    repo.colleagueMeans(db, counsellorId, STAFF_INSTRUMENT, since),
    repo.latestManagerRating(db, counsellorId, STAFF_INSTRUMENT),
  ]);
  const n = Math.max(0, ...means.map((m) => m.n));
  const managerScores = manager ? (await orderedScores(db, [manager.id], definition))(manager.id) : null;
  const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
  return {
    self: latestSelf ? { submittedAt: latestSelf.submittedAt, scales: latestSelf.scales } : null,
    colleagues: n > 0 ? { n, scales: definition.scales.map((s) => ({ code: s.code, score: round(means.find((m) => m.scale_code === s.code)?.mean ?? null) })) } : null,
    manager: manager && managerScores ? { submittedAt: manager.submitted_at.toISOString(), name: manager.name, scales: managerScores } : null,
  };
}

function requestStatus(row: repo.RequestRow): RatingRequestView['status'] {
  if (row.response_status === 'submitted') return 'done';
  if (row.revoked_at) return 'revoked';
  return row.response_status === 'draft' ? 'started' : 'open';
}

export function requestView(row: repo.RequestRow): RatingRequestView {
  return {
    id: row.id,
    rater: { id: row.rater_id, name: row.rater_name },
    relation: row.relation,
    status: requestStatus(row),
    createdAt: row.created_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
  };
}

export async function searchStaff(ctx: AppContext, actor: Actor, q: string, limit: number) {
  return { items: await repo.staffOptions(ctx.db, actor.institutionId, actor.id, q, limit) };
}

export async function myRequests(db: Queryable, actor: Actor): Promise<RatingRequestView[]> {
  return (await repo.requestsBySubject(db, actor.id)).map(requestView);
}

export async function createRequest(ctx: AppContext, actor: Actor, raterId: string, ip: string): Promise<RatingRequestView> {
  const rater = raterId === actor.id ? undefined : await repo.staffMember(ctx.db, actor.institutionId, raterId);
  if (!rater || (rater.role !== 'counsellor' && rater.role !== 'manager')) throw new AppError('rating_request_invalid');
  const { version } = await staffDefinition(ctx.db, actor.institutionId);
  if (await repo.hasOpenRequest(ctx.db, actor.id, raterId)) throw new AppError('rating_request_open');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const relation = rater.role === 'manager' ? 'manager' : 'colleague';
      const id = await repo.insertRequest(trx, { institutionId: actor.institutionId, subjectId: actor.id, raterId, relation, versionId: version.id });
      await audit(trx, actor, 'development.rating-request', { entityType: 'staff_rating_request', entityId: id, detail: { raterId, relation } }, ip);
      const row = await repo.findRequest(trx, id);
      if (!row) throw new AppError('internal');
      return requestView(row);
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) throw new AppError('rating_request_open');
    throw error;
  }
}

export async function revokeRequest(ctx: AppContext, actor: Actor, id: string, ip: string): Promise<RatingRequestView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findRequest(trx, id, { forUpdate: true });
    if (!row || row.subject_id !== actor.id) throw new AppError('not_found');
    if (row.revoked_at || row.response_status === 'submitted') throw new AppError('rating_request_closed');
    await repo.revokeRequest(trx, id);
    // The rater's unfinished answers go with the request: they can no longer be handed in.
    if (row.response_id && row.response_status === 'draft') await repo.discardDraft(trx, id, row.response_id);
    await audit(trx, actor, 'development.rating-revoke', { entityType: 'staff_rating_request', entityId: id }, ip);
    return requestView((await repo.findRequest(trx, id)) ?? row);
  });
}

export async function incoming(ctx: AppContext, actor: Actor): Promise<{ items: IncomingRequest[] }> {
  const rows = await repo.openRequestsForRater(ctx.db, actor.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      subject: { id: r.subject_id, name: r.subject_name },
      relation: r.relation,
      status: requestStatus(r),
      createdAt: r.created_at.toISOString(),
      responseId: r.response_id,
    })),
  };
}

/**
 * Opens (or resumes) the rater's response for a request. From then on the rater answers through
 * `/api/responses/:id` like any respondent; that route shows a response only to its respondent.
 */
export async function startRating(ctx: AppContext, actor: Actor, requestId: string): Promise<ResponseView> {
  return ctx.db.transaction().execute(async (trx) => {
    const request = await repo.findRequest(trx, requestId, { forUpdate: true });
    if (!request || request.institution_id !== actor.institutionId || request.rater_id !== actor.id) throw new AppError('not_found');
    if (request.revoked_at || request.response_status === 'submitted') throw new AppError('rating_request_closed');
    const versionRow = await instruments.findVersion(trx, actor.institutionId, request.instrument_version_id);
    if (!versionRow) throw new AppError('instrument_unknown');
    const definition = definitionOf(versionRow);
    const source = staffRaterCapacity(actor, { raterId: request.rater_id, subjectId: request.subject_id }, definition.respondents);
    let responseId = request.response_id;
    if (!responseId) {
      responseId = await responses.insertResponse(trx, {
        institutionId: actor.institutionId,
        versionId: request.instrument_version_id,
        studentId: request.subject_id,
        source,
        respondentId: actor.id,
        invitationId: null,
      });
      await repo.linkResponse(trx, requestId, responseId);
    }
    const row = await responses.findResponse(trx, responseId);
    if (!row) throw new AppError('internal');
    return viewOf(trx, row, definition);
  });
}
