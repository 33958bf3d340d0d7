import { toCsv } from '../csv/write';

/*
 * The dropout analysis for managers: per group of starters, how many switched and how many dropped
 * out in their first year, and which reasons the leavers gave. A group smaller than the minimum
 * group size shows no numbers at all (not even the number of starters), and the reasons only when
 * the leavers in the group reach that size too: a reason such as "personal circumstances" of two
 * named-by-context students is a personal fact, not a statistic.
 */

export const REASONS = ['expectations', 'study_skills', 'wrong_choice', 'level', 'personal', 'other'] as const;
export type Reason = (typeof REASONS)[number];

export interface GroupCounts {
  key: string;
  starters: number;
  switches: number;
  dropouts: number;
  reasons: Partial<Record<Reason, number>>;
}

export interface GroupFigures {
  key: string;
  suppressed: boolean;
  starters: number | null;
  switches: number | null;
  dropouts: number | null;
  switchRate: number | null;
  dropoutRate: number | null;
  reasons: Record<Reason, number> | null;
}

const rate = (n: number, of: number) => Math.round((n / of) * 1000) / 1000;

export function groupFigures(counts: GroupCounts, minGroupSize: number): GroupFigures {
  if (counts.starters < minGroupSize)
    return { key: counts.key, suppressed: true, starters: null, switches: null, dropouts: null, switchRate: null, dropoutRate: null, reasons: null };
  const leavers = counts.switches + counts.dropouts;
  const reasons = leavers >= minGroupSize ? (Object.fromEntries(REASONS.map((r) => [r, counts.reasons[r] ?? 0])) as Record<Reason, number>) : null;
  return {
    key: counts.key,
    suppressed: false,
    starters: counts.starters,
    switches: counts.switches,
    dropouts: counts.dropouts,
    switchRate: rate(counts.switches, counts.starters),
    dropoutRate: rate(counts.dropouts, counts.starters),
    reasons,
  };
}

/** The same figures as the screen, suppressed cells left empty; one column per reason. */
export function dropoutCsv(groupBy: string, groups: readonly GroupFigures[], reasonLabels: Record<Reason, string>): string {
  const header = [groupBy, 'starters', 'switches', 'uitval', 'switchpercentage', 'uitvalpercentage', ...REASONS.map((r) => `reden: ${reasonLabels[r]}`)];
  const pct = (x: number | null) => (x === null ? null : (x * 100).toFixed(1).replace('.', ','));
  const rows = groups.map((g) => [g.key, g.starters, g.switches, g.dropouts, pct(g.switchRate), pct(g.dropoutRate), ...REASONS.map((r) => g.reasons?.[r] ?? null)]);
  return toCsv([header, ...rows]);
}
