import { schoolYearOf, schoolYearStart } from '../../domain/dates/school-year';
import { GUIDANCE_EVALUATION_CODE } from '../../domain/instruments/builtin/slb-evaluatie';
import type { InstrumentDefinition } from '../../domain/instruments/definition';
import type { ResponseView } from '../../shared/competencies';
import type { EvaluationSettings, EvaluationSummary, MyEvaluation, TeamEvaluationSummary } from '../../shared/evaluation';
import type { AppContext } from '../context';
import { uniqueViolation } from '../db/unique-violation';
import { AppError } from '../errors';
import { evaluatorCapacity, type Actor } from '../policies/policy';
import * as repo from '../repositories/guidance-evaluation.repository';
import * as instruments from '../repositories/instruments.repository';
import { today } from '../repositories/relationships.repository';
import * as responses from '../repositories/responses.repository';
import type { Queryable } from '../repositories/types';
import { viewOf } from './answering';
import { audit } from './audit.service';
import { definitionOf } from './instruments.service';

/**
 * The end-of-year student evaluation of guidance. A student evaluates each current counsellor once
 * per school year, when the school runs it that year. The counsellor sees means per scale from
 * five responses on; the team leader the same for the team, over at least two counsellors so a
 * one-person team does not show one counsellor's results. Never a single student's answers.
 */

export const MIN_EVALUATION_RESPONSES = 5;
export const MIN_TEAM_COUNSELLORS = 2;
/** The current school year and the two before: enough to see a trend, without keeping old judgements in view. */
const YEARS_SHOWN = 3;

const yearStart = (schoolYear: string) => new Date(`${schoolYearStart(schoolYear)}T00:00:00Z`);
const shiftYear = (schoolYear: string, by: number) => {
  const start = Number(schoolYear.slice(0, 4)) + by;
  return `${start}-${start + 1}`;
};
const currentYear = () => schoolYearOf(new Date());

async function evaluationDefinition(db: Queryable, institutionId: string) {
  const version = await instruments.latestVersionOf(db, institutionId, GUIDANCE_EVALUATION_CODE);
  if (!version) throw new AppError('instrument_unknown');
  return { version, definition: definitionOf(version) };
}

/* ---- the student ---- */

export async function myEvaluation(ctx: AppContext, actor: Actor): Promise<MyEvaluation> {
  const schoolYear = currentYear();
  const [open, rows] = await Promise.all([
    repo.isRunning(ctx.db, actor.institutionId, schoolYear),
    repo.myCounsellors(ctx.db, actor.id, GUIDANCE_EVALUATION_CODE, today(), yearStart(schoolYear), yearStart(shiftYear(schoolYear, 1))),
  ]);
  return { open, schoolYear, counsellors: rows.map((r) => ({ id: r.id, name: r.name, status: r.done ? 'done' : r.draft ? 'draft' : 'todo' })) };
}

/**
 * Opens (or resumes) the student's evaluation of one current counsellor. From then on it is answered
 * through `/api/responses/:id`, which shows a response only to its respondent — not to the counsellor.
 */
export async function startEvaluation(ctx: AppContext, actor: Actor, counsellorId: string): Promise<ResponseView> {
  const { version, definition } = await evaluationDefinition(ctx.db, actor.institutionId);
  // Someone who is no counsellor here does not exist for this route; a counsellor not theirs is refused below.
  if (!(await repo.isCounsellor(ctx.db, actor.institutionId, counsellorId))) throw new AppError('not_found');
  const source = await evaluatorCapacity(actor, counsellorId, definition.respondents, repo.counsellorLookup(ctx.db, today()));
  const schoolYear = currentYear();
  if (!(await repo.isRunning(ctx.db, actor.institutionId, schoolYear))) throw new AppError('evaluation_closed');
  if (await repo.evaluatedInPeriod(ctx.db, actor.id, counsellorId, GUIDANCE_EVALUATION_CODE, yearStart(schoolYear), yearStart(shiftYear(schoolYear, 1))))
    throw new AppError('evaluation_done');
  const existing = await responses.findDraft(ctx.db, actor.id, counsellorId, version.id);
  if (existing) return viewOf(ctx.db, existing, definition);
  try {
    const id = await responses.insertResponse(ctx.db, { institutionId: actor.institutionId, versionId: version.id, studentId: counsellorId, source, respondentId: actor.id, invitationId: null });
    const row = await responses.findResponse(ctx.db, id);
    if (!row) throw new AppError('internal');
    return viewOf(ctx.db, row, definition);
  } catch (error) {
    // Two tabs starting at once: the other one created the draft, use it.
    if (uniqueViolation(error) === null) throw error;
    const draft = await responses.findDraft(ctx.db, actor.id, counsellorId, version.id);
    if (!draft) throw error;
    return viewOf(ctx.db, draft, definition);
  }
}

/* ---- the aggregates ---- */

async function summarise(db: Queryable, institutionId: string, subject: repo.EvaluationSubject, minResponses: number, minCounsellors: number): Promise<EvaluationSummary> {
  const { definition } = await evaluationDefinition(db, institutionId);
  const now = currentYear();
  const oldest = shiftYear(now, -(YEARS_SHOWN - 1));
  const [rows, runningThisYear] = await Promise.all([
    repo.evaluationMeans(db, subject, GUIDANCE_EVALUATION_CODE, yearStart(oldest), minResponses, minCounsellors),
    repo.isRunning(db, institutionId, now),
  ]);
  const starts = new Set(rows.map((r) => r.start_year));
  starts.add(Number(now.slice(0, 4)));
  const years = [...starts]
    .sort((a, b) => b - a)
    .slice(0, YEARS_SHOWN)
    .map((start) => yearOf(definition, `${start}-${start + 1}`, rows.filter((r) => r.start_year === start)));
  return {
    minResponses,
    runningThisYear,
    scales: definition.scales.map((s) => ({ code: s.code, title: s.title, explanation: s.explanation })),
    years,
  };
}

function yearOf(definition: InstrumentDefinition, schoolYear: string, rows: Awaited<ReturnType<typeof repo.evaluationMeans>>) {
  const scored = rows.filter((r) => r.scale_code !== null);
  const round = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 100) / 100);
  return {
    schoolYear,
    responses: rows[0]?.n ?? 0,
    means: scored.length === 0 ? null : definition.scales.map((s) => ({ code: s.code, mean: round(scored.find((r) => r.scale_code === s.code)?.mean) })),
  };
}

/** For the counsellor themself: never for anyone else, not even their team leader. */
export function counsellorEvaluation(db: Queryable, institutionId: string, counsellorId: string): Promise<EvaluationSummary> {
  return summarise(db, institutionId, { counsellorId }, MIN_EVALUATION_RESPONSES, 1);
}

/** For the team leader: the team as a whole, suppressed like the counsellor's and below two counsellors. */
export async function teamEvaluation(db: Queryable, institutionId: string, teamId: string, minGroupSize: number): Promise<TeamEvaluationSummary> {
  const summary = await summarise(db, institutionId, { teamId }, Math.max(MIN_EVALUATION_RESPONSES, minGroupSize), MIN_TEAM_COUNSELLORS);
  return { ...summary, minCounsellors: MIN_TEAM_COUNSELLORS };
}

/* ---- the administrator's switch ---- */

export async function settings(ctx: AppContext, actor: Actor): Promise<EvaluationSettings> {
  const rows = await repo.yearSettings(ctx.db, actor.institutionId);
  return {
    currentSchoolYear: currentYear(),
    years: rows.map((r) => ({ schoolYear: r.school_year, enabled: r.enabled, updatedAt: r.updated_at.toISOString(), updatedBy: r.updated_by })),
  };
}

/** The current or the coming school year only: switching a past year would change nothing anyone can answer. */
export async function switchYear(ctx: AppContext, actor: Actor, input: { schoolYear: string; enabled: boolean }, ip: string): Promise<EvaluationSettings> {
  const now = currentYear();
  if (input.schoolYear !== now && input.schoolYear !== shiftYear(now, 1)) throw new AppError('bad_request', [{ path: 'schoolYear', in: 'body' }]);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setRunning(trx, { institutionId: actor.institutionId, schoolYear: input.schoolYear, enabled: input.enabled, by: actor.id });
    await audit(trx, actor, 'evaluation.switch', { entityType: 'guidance_evaluation_year', detail: { ...input } }, ip);
  });
  return settings(ctx, actor);
}
