import { DEFAULT_CADENCE_NORMS } from '../../domain/conversations/cadence';
import { schoolYearOf, schoolYearStart } from '../../domain/dates/school-year';
import { DEFAULT_THRESHOLDS, lightFor, signalsFor, type SignalThresholds } from '../../domain/guidance/signals';
import type { CaseloadRow, Light, SignalSettings } from '../../shared/guidance';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import * as repo from '../repositories/caseload.repository';
import type { Queryable } from '../repositories/types';
import { today } from '../repositories/relationships.repository';
import { audit } from './audit.service';
import { caseloadCacheFor, type CaseloadCache, type KeptRow } from './caseload-cache';

/** The counsellor's caseload at a glance: facts from one query, signals from the domain rules. */

export async function thresholds(db: Queryable, institutionId: string): Promise<SignalThresholds> {
  const row = await repo.signalSettings(db, institutionId);
  if (!row) return DEFAULT_THRESHOLDS;
  return {
    actionGraceDays: row.action_grace_days,
    lowCompetency: Number(row.low_competency),
    fallingCompetency: Number(row.falling_competency),
    referralWaitDays: row.referral_wait_days,
    noConversationDays: row.no_conversation_days,
    failedTests: row.failed_tests,
    portfolioInactiveWeeks: row.portfolio_inactive_weeks,
    lowChoiceCertainty: Number(row.low_choice_certainty),
    fallingChoiceCertainty: Number(row.falling_choice_certainty),
    highDropoutRisk: Number(row.high_dropout_risk),
  };
}

const LIGHT_ORDER: Record<Light, number> = { red: 0, orange: 1, green: 2 };

// One collator for every comparison (what localeCompare without arguments uses, made once).
const byName = new Intl.Collator().compare;
// ISO timestamps order as plain strings.
const byInstant = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Sort = 'light' | 'name' | 'lastConversation';

/** `cache` null builds the rows afresh (the benchmark's raw yardstick). */
export async function caseload(
  ctx: AppContext,
  actor: Actor,
  q: { q?: string; signal?: string; light?: Light; sort: Sort },
  cache: CaseloadCache<KeptRow> | null = caseloadCacheFor(ctx.database),
): Promise<CaseloadRow[]> {
  const day = today();
  let rows: readonly KeptRow[];
  if (cache) {
    const key = `${day}|${actor.language}`;
    // Read before the facts: a change committed in between makes the next digest differ, never the reverse.
    const digest = await repo.caseloadDigest(ctx.db, { counsellorId: actor.id, institutionId: actor.institutionId, today: day });
    const kept = cache.get(actor.id, key, digest);
    rows = kept ?? (await buildRows(ctx, actor, day));
    if (!kept) cache.set(actor.id, key, digest, rows);
  } else {
    rows = await buildRows(ctx, actor, day);
  }
  return chosen(rows, q).map(({ sortName: _sortName, ...row }) => row);
}

/** Every caseload row of the counsellor in name order, signals in the counsellor's language. */
async function buildRows(ctx: AppContext, actor: Actor, day: string): Promise<KeptRow[]> {
  const t = await thresholds(ctx.db, actor.institutionId);
  const schoolYear = schoolYearOf(new Date(`${day}T12:00:00Z`));
  const start = schoolYearStart(schoolYear);
  const facts = await repo.caseloadFacts(ctx.db, {
    counsellorId: actor.id,
    today: day,
    yearStart: start,
    yearEnd: `${schoolYear.slice(5)}-08-01`,
    schoolYear,
    actionGraceDays: t.actionGraceDays,
  });
  const lang = actor.language;
  return facts.map((f): KeptRow => {
    const norm =
      f.conversations_per_year !== null && f.minutes_each !== null
        ? { conversationsPerYear: f.conversations_per_year, minutesEach: f.minutes_each }
        : f.level
          ? DEFAULT_CADENCE_NORMS[f.level]
          : null;
    const signals = signalsFor(
      {
        norm,
        schoolYearStart: start,
        heldDates: f.held_dates ?? [],
        lastHeldAt: f.last_held?.toISOString() ?? null,
        nextPlannedAt: f.next_planned?.toISOString() ?? null,
        overdueActions: f.overdue_actions,
        latestMean: f.latest_mean,
        previousMean: f.previous_mean,
        openReferral: f.referral_status && f.referral_submitted ? { status: f.referral_status, submittedAt: f.referral_submitted.toISOString() } : null,
        failedTests: f.failed_tests,
        failedCourses: f.failed_courses ?? [],
        lastPortfolioActivityAt: f.last_portfolio_activity?.toISOString() ?? null,
        latestCertainty: f.latest_certainty,
        previousCertainty: f.previous_certainty,
        latestDropoutRisk: f.latest_dropout_risk,
        missedMilestones: f.missed_milestones ?? 0,
        firstMissedMilestone: f.first_missed_nl && f.first_missed_en ? { nl: f.first_missed_nl, en: f.first_missed_en } : null,
      },
      t,
      day,
    );
    return {
      studentId: f.id,
      name: f.name,
      sortName: f.sort_name,
      cohort: f.cohort,
      light: lightFor(signals),
      signals: signals.map((s) => ({ code: s.code, severity: s.severity, explanation: s.explanation[lang], suggestion: s.suggestion[lang] })),
      lastConversationAt: f.last_held?.toISOString() ?? null,
      nextConversationAt: f.next_planned?.toISOString() ?? null,
    };
  });
}

/** The rows the query asks for, in its order; the kept rows are never reordered in place. */
function chosen(rows: readonly KeptRow[], q: { q?: string; signal?: string; light?: Light; sort: Sort }): KeptRow[] {
  const needle = q.q?.toLowerCase();
  let out = needle ? rows.filter((r) => r.name.toLowerCase().includes(needle)) : [...rows];
  if (q.signal) out = out.filter((r) => r.signals.some((s) => s.code === q.signal));
  if (q.light) out = out.filter((r) => r.light === q.light);
  if (q.sort === 'light') out.sort((a, b) => LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] || b.signals.length - a.signals.length || byName(a.sortName, b.sortName));
  if (q.sort === 'lastConversation') out.sort((a, b) => byInstant(a.lastConversationAt ?? '', b.lastConversationAt ?? '') || byName(a.sortName, b.sortName));
  return out;
}

export async function getSignalSettings(ctx: AppContext, actor: Actor): Promise<SignalSettings> {
  return thresholds(ctx.db, actor.institutionId);
}

export async function saveSignalSettings(ctx: AppContext, actor: Actor, input: SignalSettings, ip: string): Promise<SignalSettings> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveSignalSettings(trx, actor.institutionId, {
      action_grace_days: input.actionGraceDays,
      low_competency: input.lowCompetency,
      falling_competency: input.fallingCompetency,
      referral_wait_days: input.referralWaitDays,
      no_conversation_days: input.noConversationDays,
      failed_tests: input.failedTests,
      portfolio_inactive_weeks: input.portfolioInactiveWeeks,
      low_choice_certainty: input.lowChoiceCertainty,
      falling_choice_certainty: input.fallingChoiceCertainty,
      high_dropout_risk: input.highDropoutRisk,
    });
    await audit(trx, actor, 'signals.settings', { entityType: 'institution', entityId: actor.institutionId, detail: { ...input } }, ip);
  });
  return getSignalSettings(ctx, actor);
}
