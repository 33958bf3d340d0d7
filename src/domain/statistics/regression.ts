import { fUpperTail, tTwoSided } from './distributions';
import { invertCorrelationMatrix } from './matrix';

/*
 * Ordinary least squares from sufficient statistics: X'X, X'y, y'y and n, with the intercept as the
 * first column of X. SQL can produce these as sums of products, so a regression over thousands of
 * responses needs no rows on the server. Control variables are simply further predictors;
 * categorical ones enter as dummy columns (see dummyCode).
 *
 * The sums are first centred and scaled to a correlation matrix before inversion: that keeps the
 * arithmetic well-conditioned and makes the collinearity check scale-free.
 */

export interface RegressionSums {
  n: number;
  /** X'X, (k + 1) × (k + 1), intercept first: xtx[0][0] = n, xtx[0][j] = Σ x_j. */
  xtx: readonly (readonly number[])[];
  /** X'y, length k + 1: xty[0] = Σ y. */
  xty: readonly number[];
  /** y'y = Σ y². */
  yty: number;
}

export interface Coefficient {
  name: string;
  estimate: number;
  se: number;
  /** null for a perfect fit (standard error 0). */
  t: number | null;
  p: number | null;
}

export const INTERCEPT = '(intercept)';

export type RegressionResult =
  | {
      ok: true;
      n: number;
      /** Intercept first, then the predictors in the given order. */
      coefficients: Coefficient[];
      rSquared: number;
      adjustedRSquared: number;
      /** Overall F test; null without predictors or for a perfect fit. */
      F: number | null;
      fP: number | null;
      df1: number;
      df2: number;
      residualSe: number;
    }
  | { ok: false; reason: 'shape' | 'no_intercept' | 'constant_outcome' }
  | { ok: false; reason: 'too_few_observations'; needed: number }
  /** `column` is (almost) a linear combination of the intercept and the columns before it. */
  | { ok: false; reason: 'collinear'; column: string };

const EPS = 1e-12;

export function linearRegression(sums: RegressionSums, predictors: readonly string[]): RegressionResult {
  const { n, xtx, xty, yty } = sums;
  const k = predictors.length;
  if (xtx.length !== k + 1 || xty.length !== k + 1 || xtx.some((row) => row.length !== k + 1)) return { ok: false, reason: 'shape' };
  if (xtx[0]?.[0] !== n) return { ok: false, reason: 'no_intercept' };
  if (n < k + 2) return { ok: false, reason: 'too_few_observations', needed: k + 2 };

  const cell = (i: number, j: number) => xtx[i]?.[j] ?? 0;
  const xMean = predictors.map((_, j) => cell(0, j + 1) / n);
  const yMean = (xty[0] ?? 0) / n;
  const mx = (j: number) => xMean[j] ?? 0;
  const syy = yty - n * yMean * yMean;
  if (!(syy > EPS * Math.max(1, yty))) return { ok: false, reason: 'constant_outcome' };

  const S = predictors.map((_, i) => predictors.map((__, j) => cell(i + 1, j + 1) - n * mx(i) * mx(j)));
  const sy = predictors.map((_, j) => (xty[j + 1] ?? 0) - n * mx(j) * yMean);
  const scale: number[] = [];
  for (let j = 0; j < k; j++) {
    const sjj = S[j]?.[j] ?? 0;
    // A constant predictor duplicates the intercept.
    if (!(sjj > EPS * Math.max(1, cell(j + 1, j + 1)))) return { ok: false, reason: 'collinear', column: predictors[j] ?? '' };
    scale.push(Math.sqrt(sjj));
  }
  const d = (j: number) => scale[j] ?? 1;
  const inverted = invertCorrelationMatrix(S.map((row, i) => row.map((v, j) => v / (d(i) * d(j)))));
  if (!inverted.ok) return { ok: false, reason: 'collinear', column: predictors[inverted.column] ?? '' };
  const sInv = inverted.inverse.map((row, i) => row.map((v, j) => v / (d(i) * d(j))));
  const inv = (i: number, j: number) => sInv[i]?.[j] ?? 0;

  const beta = predictors.map((_, i) => sy.reduce((acc, v, j) => acc + inv(i, j) * v, 0));
  const b = (j: number) => beta[j] ?? 0;
  const ssr = Math.max(0, sy.reduce((acc, v, j) => acc + b(j) * v, 0));
  const sse = Math.max(0, syy - ssr);
  const df1 = k;
  const df2 = n - k - 1;
  const sigma2 = sse / df2;

  const interceptVar = sigma2 * (1 / n + xMean.reduce((acc, xi, i) => acc + xi * xMean.reduce((a2, xj, j) => a2 + inv(i, j) * xj, 0), 0));
  const coefficient = (name: string, estimate: number, variance: number): Coefficient => {
    const se = Math.sqrt(Math.max(0, variance));
    const t = se > 0 ? estimate / se : null;
    return { name, estimate, se, t, p: t === null ? null : tTwoSided(t, df2) };
  };
  const coefficients = [
    coefficient(INTERCEPT, yMean - xMean.reduce((acc, x, j) => acc + b(j) * x, 0), interceptVar),
    ...predictors.map((name, j) => coefficient(name, b(j), sigma2 * inv(j, j))),
  ];

  const rSquared = Math.min(1, ssr / syy);
  const F = k > 0 && sse > 0 ? ssr / df1 / sigma2 : null;
  return {
    ok: true,
    n,
    coefficients,
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (n - 1)) / df2,
    F,
    fP: F === null ? null : fUpperTail(F, df1, df2),
    df1,
    df2,
    residualSe: Math.sqrt(sigma2),
  };
}
