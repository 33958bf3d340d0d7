import { studentizedRangeQuantile, studentizedRangeUpperTail, studentizedRangeUpperTailFast } from './distributions';
import { splitUsable } from './groups';
import type { GroupSummary } from './sums';

/*
 * Games–Howell post-hoc comparisons: every pair of groups, with a Welch-style standard error and
 * degrees of freedom per pair and p-values from the studentized range distribution over all k
 * groups, so the family of comparisons keeps its error rate without assuming equal variances.
 * The interval is diff ± q(1 − alpha; k, df) / √2 · SE.
 */

export interface GamesHowellPair {
  a: string;
  b: string;
  /** mean(a) − mean(b). */
  diff: number;
  se: number;
  /** null when both groups have no variance (SE 0). */
  t: number | null;
  df: number | null;
  /** null when undefined: no variance, or fewer than 2 degrees of freedom for this pair. */
  p: number | null;
  ci: { lower: number; upper: number } | null;
}

export type GamesHowellResult =
  | { ok: true; pairs: GamesHowellPair[]; confidence: number; excluded: string[] }
  | { ok: false; reason: 'too_few_groups'; excluded: string[] };

/** From this many pairs (k = 15) on, p-values come from a table (see studentized-range-table.ts). */
export const TABULATE_FROM_PAIRS = 105;

export function gamesHowell(groups: readonly GroupSummary[], options: { confidence?: number } = {}): GamesHowellResult {
  const confidence = options.confidence ?? 0.95;
  const { usable, excluded } = splitUsable(groups);
  const k = usable.length;
  if (k < 2) return { ok: false, reason: 'too_few_groups', excluded };

  const pairs: GamesHowellPair[] = [];
  // Building the tail table costs about as much as a hundred exact tails: worth it only for many pairs.
  const upperTail = (k * (k - 1)) / 2 >= TABULATE_FROM_PAIRS ? studentizedRangeUpperTailFast : studentizedRangeUpperTail;
  usable.forEach((a, i) => {
    usable.slice(i + 1).forEach((b) => {
      const va = a.variance / a.n;
      const vb = b.variance / b.n;
      const diff = a.mean - b.mean;
      const se = Math.sqrt(va + vb);
      if (se === 0) {
        pairs.push({ a: a.label, b: b.label, diff, se, t: null, df: null, p: null, ci: null });
        return;
      }
      const t = diff / se;
      const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
      const q = studentizedRangeQuantile(confidence, k, df);
      const half = q === null ? null : (q / Math.SQRT2) * se;
      pairs.push({
        a: a.label,
        b: b.label,
        diff,
        se,
        t,
        df,
        p: upperTail(Math.abs(t) * Math.SQRT2, k, df),
        ci: half === null ? null : { lower: diff - half, upper: diff + half },
      });
    });
  });
  return { ok: true, pairs, confidence, excluded };
}
