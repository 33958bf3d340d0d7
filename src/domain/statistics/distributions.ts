import jStat from 'jstat';
import { TABLE_FROM_DF, tabulatedQuantile, tabulatedUpperTail } from './studentized-range-table';

/*
 * The only place that touches the distribution library. Upper tails are computed directly from the
 * incomplete beta function rather than as 1 − cdf, so small p-values keep their precision instead
 * of rounding to 0. Every function answers null where the distribution is undefined, never NaN.
 */

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** P(F ≥ f) for the F distribution; df may be fractional (Welch). */
export function fUpperTail(f: number, df1: number, df2: number): number | null {
  if (!(df1 > 0 && df2 > 0) || Number.isNaN(f)) return null;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return finite(jStat.ibeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2));
}

/** Two-sided p-value of a t statistic: P(|T| ≥ |t|). */
export function tTwoSided(t: number, df: number): number | null {
  if (!(df > 0) || Number.isNaN(t)) return null;
  if (!Number.isFinite(t)) return 0;
  return finite(jStat.ibeta(df / (df + t * t), df / 2, 0.5));
}

/** P(Q ≥ q) for the studentized range of k means; undefined (null) below 2 degrees of freedom. */
export function studentizedRangeUpperTail(q: number, k: number, df: number): number | null {
  if (!(df >= 2) || k < 2 || Number.isNaN(q)) return null;
  if (q <= 0) return 1;
  if (!Number.isFinite(q)) return 0;
  const p = finite(1 - jStat.tukey.cdf(q, k, df));
  return p === null ? null : Math.max(0, p);
}

/**
 * P(Q ≥ q) read from a table when df ≥ 30 (see studentized-range-table.ts): for callers that need
 * it for hundreds of pairs; exact where the table cannot answer.
 */
export function studentizedRangeUpperTailFast(q: number, k: number, df: number): number | null {
  if (!(df >= TABLE_FROM_DF) || k < 2 || !(q > 0) || !Number.isFinite(q)) return studentizedRangeUpperTail(q, k, df);
  return tabulatedUpperTail(q, k, df) ?? studentizedRangeUpperTail(q, k, df);
}

/** Quantile of the studentized range distribution (e.g. 0.95 for a 95% interval); from a table when df ≥ 30. */
export function studentizedRangeQuantile(p: number, k: number, df: number): number | null {
  if (!(df >= 2) || k < 2 || !(p > 0 && p < 1)) return null;
  return finite(df < TABLE_FROM_DF ? jStat.tukey.inv(p, k, df) : tabulatedQuantile(p, k, df));
}
