/*
 * Sufficient statistics of one variable: count, sum and sum of squares. SQL can produce them per
 * group (count(x), sum(x), sum(x*x)) without sending answers to the server, and two of them can be
 * added, so totals over groups need no second query.
 *
 * Variance from sums uses (Σx² − (Σx)²/n)/(n − 1). That formula loses precision when the mean is
 * huge compared with the spread; survey answers (small integers) are far from that, and the result
 * is clamped at 0 so rounding can never produce a negative variance.
 */

export interface Sums {
  n: number;
  sum: number;
  sumSq: number;
}

export interface MeanAndSpread {
  n: number;
  /** null without observations. */
  mean: number | null;
  /** Sample variance (n − 1); null below 2 observations. */
  variance: number | null;
  /** Sample standard deviation (n − 1); null below 2 observations. */
  sd: number | null;
}

export const EMPTY_SUMS: Sums = { n: 0, sum: 0, sumSq: 0 };

export function sumsOf(values: readonly number[]): Sums {
  let sum = 0;
  let sumSq = 0;
  for (const x of values) {
    sum += x;
    sumSq += x * x;
  }
  return { n: values.length, sum, sumSq };
}

export function mergeSums(...parts: readonly Sums[]): Sums {
  return parts.reduce((a, b) => ({ n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq }), EMPTY_SUMS);
}

export function fromSums({ n, sum, sumSq }: Sums): MeanAndSpread {
  if (!(n > 0)) return { n: 0, mean: null, variance: null, sd: null };
  const mean = sum / n;
  if (n < 2) return { n, mean, variance: null, sd: null };
  const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
  return { n, mean, variance, sd: Math.sqrt(variance) };
}

/** Per-group summary as the group comparisons (Welch ANOVA, Games–Howell) take it. */
export interface GroupSummary {
  label: string;
  n: number;
  mean: number | null;
  /** Sample variance (n − 1); null below 2 observations. */
  variance: number | null;
}

/** Turns SQL sums (count, sum, sum of squares) of one group into a group summary. */
export function groupFromSums(label: string, sums: Sums): GroupSummary {
  const { n, mean, variance } = fromSums(sums);
  return { label, n, mean, variance };
}
