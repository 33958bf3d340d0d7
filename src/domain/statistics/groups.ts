import type { GroupSummary } from './sums';

/*
 * Group comparisons only use groups with at least 2 answers (a variance needs them). The rest are
 * named in the result, so a report can say which groups were left out instead of silently
 * comparing fewer groups.
 */

export interface UsableGroup {
  label: string;
  n: number;
  mean: number;
  variance: number;
}

export function splitUsable(groups: readonly GroupSummary[]): { usable: UsableGroup[]; excluded: string[] } {
  const usable: UsableGroup[] = [];
  const excluded: string[] = [];
  for (const g of groups) {
    const { mean, variance } = g;
    if (g.n >= 2 && mean !== null && variance !== null && Number.isFinite(mean) && variance >= 0) {
      usable.push({ label: g.label, n: g.n, mean, variance });
    } else {
      excluded.push(g.label);
    }
  }
  return { usable, excluded };
}
