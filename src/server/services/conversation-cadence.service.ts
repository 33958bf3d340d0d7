import { cadenceStatus, resolveCadenceNorm, DEFAULT_CADENCE_NORMS } from '../../domain/conversations/cadence';
import { schoolYearOf, schoolYearStart } from '../../domain/dates/school-year';
import type { CadenceNorm, OverdueRow } from '../../shared/conversations';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as parts from '../repositories/conversation-parts.repository';
import * as repo from '../repositories/conversations.repository';
import { findProgramme } from '../repositories/structure.repository';
import { today } from '../repositories/relationships.repository';
import { audit } from './audit.service';

/** Cadence norms and who is overdue, and the aggregated feedback students give on conversations. */

/** Feedback is only shown from this many answers on: fewer could be traced to one student. */
export const MIN_FEEDBACK_ANSWERS = 5;

export async function caseloadConversations(ctx: AppContext, actor: Actor): Promise<{ items: OverdueRow[] }> {
  const day = today();
  const schoolYear = schoolYearOf(new Date(`${day}T12:00:00Z`));
  const start = schoolYearStart(schoolYear);
  const end = `${Number(schoolYear.slice(5))}-08-01`;
  const rows = await repo.caseloadCadence(ctx.db, { counsellorId: actor.id, today: day, yearStart: start, yearEnd: end, schoolYear });
  const items = rows.map((r): OverdueRow => {
    const norm =
      r.programme_id && r.level
        ? r.conversations_per_year !== null && r.minutes_each !== null
          ? { conversationsPerYear: r.conversations_per_year, minutesEach: r.minutes_each }
          : resolveCadenceNorm([], { id: r.programme_id, level: r.level }, schoolYear)
        : null;
    const status = norm ? cadenceStatus(norm, start, day, r.held_dates ?? []) : null;
    return {
      student: { id: r.id, name: r.name, cohort: r.cohort },
      norm: norm && { conversationsPerYear: norm.conversationsPerYear, minutesEach: norm.minutesEach },
      held: status?.held ?? (r.held_dates ?? []).length,
      expectedByNow: status?.expectedByNow ?? 0,
      overdue: status?.overdue ?? false,
      nextDueBy: status?.nextDueBy ?? null,
      lastHeldAt: r.last_held?.toISOString() ?? null,
      nextPlannedAt: r.next_planned?.toISOString() ?? null,
    };
  });
  // Overdue first, most behind first; then by name (the query's order).
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (b.expectedByNow - b.held) - (a.expectedByNow - a.held));
  return { items };
}

export async function listNorms(ctx: AppContext, actor: Actor, schoolYear: string) {
  const rows = await repo.normsOfYear(ctx.db, actor.institutionId, schoolYear);
  return {
    items: rows.map((r) => {
      const fallback = DEFAULT_CADENCE_NORMS[r.level];
      const own = r.conversations_per_year !== null;
      return {
        programmeId: r.programme_id,
        programmeName: r.programme_name,
        schoolYear,
        conversationsPerYear: r.conversations_per_year ?? fallback.conversationsPerYear,
        minutesEach: r.minutes_each ?? fallback.minutesEach,
        description: own ? (r.description ?? '') : (fallback.description?.[actor.language] ?? ''),
        isDefault: !own,
      };
    }),
  };
}

export async function saveNorm(ctx: AppContext, actor: Actor, input: CadenceNorm, ip: string) {
  const programme = await findProgramme(ctx.db, actor.institutionId, input.programmeId);
  if (!programme) throw new AppError('not_found');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertNorm(trx, { ...input, updatedBy: actor.id });
    await audit(trx, actor, 'conversation.norm', { entityType: 'programme', entityId: input.programmeId, detail: { ...input } }, ip);
  });
  return { ...input, isDefault: false };
}

type Counts = Awaited<ReturnType<typeof parts.feedbackCounts>>[number];

function aggregate(rows: readonly Counts[]) {
  const n = rows.reduce((a, r) => a + r.n, 0);
  if (n < MIN_FEEDBACK_ANSWERS) return null;
  const sum = (key: keyof Counts) => rows.reduce((a, r) => a + (r[key] as number), 0);
  return {
    n,
    whoseAgenda: { mine: sum('mine'), both: sum('both'), counsellor: sum('counsellor') },
    helpingVsReflectiveMean: Math.round((rows.reduce((a, r) => a + r.mean * r.n, 0) / n) * 100) / 100,
    topics: { studievoortgang: sum('studievoortgang'), zelfbeeld_toekomstbeeld: sum('zelfbeeld_toekomstbeeld'), acties_werk_loopbaan: sum('acties_werk_loopbaan') },
  };
}

/** A counsellor's own feedback, only once enough students answered. */
export async function myFeedback(ctx: AppContext, actor: Actor) {
  const rows = await parts.feedbackCounts(ctx.db, actor.institutionId, actor.id);
  return { minAnswers: MIN_FEEDBACK_ANSWERS, aggregate: aggregate(rows) };
}

/** For the manager: the team as a whole and each counsellor, each suppressed below the minimum. */
export async function feedbackStats(ctx: AppContext, actor: Actor) {
  const rows = await parts.feedbackCounts(ctx.db, actor.institutionId, null);
  return {
    minAnswers: MIN_FEEDBACK_ANSWERS,
    team: aggregate(rows),
    counsellors: rows.map((r) => ({ counsellor: { id: r.counsellor_id, name: r.counsellor_name }, aggregate: aggregate([r]) })),
  };
}
