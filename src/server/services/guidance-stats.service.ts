import { cadenceDueDates, DEFAULT_CADENCE_NORMS } from '../../domain/conversations/cadence';
import { schoolYearOf, schoolYearStart } from '../../domain/dates/school-year';
import { suppressSmall } from '../../domain/privacy/small-groups';
import type { GuidanceStats, SecondLineDashboard } from '../../shared/guidance';
import type { AppContext } from '../context';
import type { Actor } from '../policies/policy';
import { minGroupSize } from '../repositories/competencies.repository';
import * as stats from '../repositories/guidance-stats.repository';
import * as referrals from '../repositories/referrals.repository';
import { today } from '../repositories/relationships.repository';
import { thresholds } from './caseload.service';
import { summary } from './referrals.service';

/** The second line's working view and the manager's guidance figures. */

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export async function dashboard(ctx: AppContext, actor: Actor): Promise<SecondLineDashboard> {
  const norm = (await thresholds(ctx.db, actor.institutionId)).referralWaitDays;
  const [queue, mine, contact, reasons, programmes, threshold] = await Promise.all([
    referrals.queue(ctx.db, actor.institutionId),
    referrals.handledBy(ctx.db, actor.id),
    stats.timeToFirstContact(ctx.db, actor.institutionId),
    stats.perReason(ctx.db, actor.institutionId),
    stats.perProgramme(ctx.db, actor.institutionId),
    minGroupSize(ctx.db, actor.institutionId),
  ]);
  return {
    waitNormDays: norm,
    queue: queue.map((r) => summary(r, norm)),
    mine: mine.map((r) => summary(r, norm)),
    timeToFirstContact: { n: contact.n, medianDays: round1(contact.median), meanDays: round1(contact.mean) },
    perReason: reasons.map((r) => ({ reason: r.reason as SecondLineDashboard['perReason'][number]['reason'], count: r.count })),
    // Per programme the counts can point at a few students: small ones are suppressed like every aggregate.
    perProgramme: programmes.map((p) => ({ programme: p.programme, count: suppressSmall(p.count, threshold) })),
  };
}

export async function guidanceStats(ctx: AppContext, actor: Actor): Promise<GuidanceStats> {
  const day = today();
  const schoolYear = schoolYearOf(new Date(`${day}T12:00:00Z`));
  const start = schoolYearStart(schoolYear);
  // Institution-wide aggregates: served by the read replica when there is one.
  const db = ctx.reportsDb;
  const [threshold, held, sizes, reasons] = await Promise.all([
    minGroupSize(db, actor.institutionId),
    stats.heldCountsPerProgramme(db, { institutionId: actor.institutionId, yearStart: start, today: day, schoolYear }),
    stats.caseloadSizes(db, actor.institutionId, day),
    stats.perReason(db, actor.institutionId),
  ]);
  const perProgramme = new Map<string, { students: number; within: number }>();
  for (const row of held) {
    const norm = row.per_year !== null && row.minutes !== null ? { conversationsPerYear: row.per_year, minutesEach: row.minutes } : DEFAULT_CADENCE_NORMS[row.level];
    const expected = cadenceDueDates(norm, start).filter((d) => d < day).length;
    const entry = perProgramme.get(row.programme) ?? { students: 0, within: 0 };
    entry.students += row.students;
    if (row.held >= expected) entry.within += row.students;
    perProgramme.set(row.programme, entry);
  }
  const median = sizes.length ? (sizes.length % 2 ? sizes[(sizes.length - 1) / 2]! : ((sizes[sizes.length / 2 - 1] ?? 0) + (sizes[sizes.length / 2] ?? 0)) / 2) : null;
  const buckets = [
    { label: '0', test: (n: number) => n === 0 },
    { label: '1–20', test: (n: number) => n >= 1 && n <= 20 },
    { label: '21–30', test: (n: number) => n >= 21 && n <= 30 },
    { label: '31–50', test: (n: number) => n >= 31 && n <= 50 },
    { label: '> 50', test: (n: number) => n > 50 },
  ];
  return {
    minGroupSize: threshold,
    withinNorm: [...perProgramme].map(([programme, v]) => {
      const students = suppressSmall(v.students, threshold);
      return { programme, students, withinNorm: students === null ? null : v.within, share: students === null ? null : Math.round((v.within / v.students) * 1000) / 1000 };
    }),
    caseloadSizes: {
      counsellors: sizes.length,
      min: sizes[0] ?? null,
      median,
      max: sizes[sizes.length - 1] ?? null,
      buckets: buckets.map((b) => ({ label: b.label, counsellors: sizes.filter(b.test).length })),
    },
    referrals: reasons.map((r) => {
      const count = suppressSmall(r.count, threshold);
      return { reason: r.reason as GuidanceStats['referrals'][number]['reason'], count, medianWaitDays: count === null ? null : round1(r.median_wait) };
    }),
  };
}
