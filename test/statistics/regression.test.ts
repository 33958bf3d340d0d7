import { describe, expect, it } from 'vitest';
import { addCrossProducts, crossProducts, dummyCode, INTERCEPT, linearRegression } from '../../src/domain/statistics';
import { expectClose, P_TOLERANCE } from './close';

/*
 * Outcome with two numeric predictors and a categorical control (track; reference mbo).
 * Reference (Python 3, numpy 2.4, scipy 1.17) — OLS by the normal equations:
 *   X = np.column_stack([np.ones(15), x1, x2, [t == 'havo' for t in track], [t == 'vwo' for t in track]]).astype(float)
 *   XtXi = np.linalg.inv(X.T @ X); b = XtXi @ X.T @ y; res = y - X @ b; sse = res @ res
 *   n, p = X.shape; df = n - p; s2 = sse / df; se = np.sqrt(np.diag(XtXi) * s2); t = b / se
 *   pv = 2 * stats.t.sf(np.abs(t), df); sst = ((y - y.mean())**2).sum(); r2 = 1 - sse / sst
 *   adj = 1 - (1 - r2) * (n - 1) / df; F = ((sst - sse) / (p - 1)) / s2; stats.f.sf(F, p - 1, df)
 */
const X1 = [3, 4, 2, 5, 4, 3, 1, 2, 5, 4, 3, 2, 4, 5, 3];
const X2 = [2, 1, 3, 4, 4, 2, 2, 1, 5, 3, 3, 2, 5, 4, 1];
const TRACK = ['mbo', 'havo', 'vwo', 'mbo', 'havo', 'vwo', 'mbo', 'havo', 'vwo', 'mbo', 'havo', 'vwo', 'mbo', 'havo', 'vwo'] as const;
const Y = [3.2, 3.9, 2.8, 4.6, 4.4, 3.1, 1.9, 2.7, 4.9, 3.8, 3.5, 2.6, 4.1, 4.8, 2.9];

const REF = {
  b: [1.0203362255965338, 0.5816160520607361, 0.16317787418655136, 0.3215835140997819, 0.07055314533622385],
  se: [0.07549381593244425, 0.024608412760101582, 0.022141060364890268, 0.05587548916586174, 0.05420948150079953],
  t: [13.515494123513152, 23.6348462507801, 7.369921381240951, 5.755359262183603, 1.3014908717616727],
  p: [9.476692331520647e-8, 4.171099837627935e-10, 2.3974401122427284e-5, 0.0001838157557611424, 0.22227472279171745],
  r2: 0.9937573183036154,
  adj: 0.9912602456250615,
  F: 397.9689205037984,
  fp: 5.659030168744529e-11,
  rse: 0.08420226654891172,
};

const track = dummyCode(['mbo', 'havo', 'vwo'], 'mbo');
const ROWS = X1.map((x1, i) => [x1, X2[i] ?? 0, ...track.encode(TRACK[i] ?? 'mbo')]);
const NAMES = ['x1', 'x2', ...track.columns];

describe('linearRegression', () => {
  it('matches the numpy normal-equation reference with a dummy-coded control', () => {
    const r = linearRegression(crossProducts(ROWS, Y), NAMES);
    if (!r.ok) throw new Error(r.reason);
    expect(r.coefficients.map((c) => c.name)).toEqual([INTERCEPT, 'x1', 'x2', 'havo', 'vwo']);
    r.coefficients.forEach((c, i) => {
      expectClose(c.estimate, REF.b[i] ?? NaN, 1e-9);
      expectClose(c.se, REF.se[i] ?? NaN, 1e-9);
      expectClose(c.t, REF.t[i] ?? NaN, 1e-9);
      expectClose(c.p, REF.p[i] ?? NaN, P_TOLERANCE);
    });
    expectClose(r.rSquared, REF.r2, 1e-9);
    expectClose(r.adjustedRSquared, REF.adj, 1e-9);
    expectClose(r.F, REF.F, 1e-9);
    expectClose(r.fP, REF.fp, P_TOLERANCE);
    expectClose(r.residualSe, REF.rse, 1e-9);
    expect([r.n, r.df1, r.df2]).toEqual([15, 4, 10]);
  });

  it('gives the same model from sums added per batch (as per-cohort SQL aggregates would be)', () => {
    const merged = addCrossProducts(crossProducts(ROWS.slice(0, 6), Y.slice(0, 6)), crossProducts(ROWS.slice(6), Y.slice(6)));
    const r = linearRegression(merged, NAMES);
    if (!r.ok) throw new Error(r.reason);
    expectClose(r.coefficients[1]?.estimate, REF.b[1] ?? NaN, 1e-9);
    expectClose(r.rSquared, REF.r2, 1e-9);
  });

  it('reports the collinear column: a predictor that is a sum of others, or a constant one', () => {
    const summed = ROWS.map((row) => [row[0] ?? 0, row[1] ?? 0, (row[0] ?? 0) + 2 * (row[1] ?? 0)]);
    expect(linearRegression(crossProducts(summed, Y), ['x1', 'x2', 'x1+2x2'])).toEqual({ ok: false, reason: 'collinear', column: 'x1+2x2' });
    // All three track dummies plus the intercept: the classic dummy trap.
    const trap = TRACK.map((t) => ['mbo', 'havo', 'vwo'].map((l) => (l === t ? 1 : 0)));
    expect(linearRegression(crossProducts(trap, Y), ['mbo', 'havo', 'vwo'])).toEqual({ ok: false, reason: 'collinear', column: 'vwo' });
    const constant = ROWS.map((row) => [row[0] ?? 0, 7]);
    expect(linearRegression(crossProducts(constant, Y), ['x1', 'seven'])).toEqual({ ok: false, reason: 'collinear', column: 'seven' });
  });

  it('refuses too few observations, empty input, a constant outcome and malformed sums', () => {
    expect(linearRegression(crossProducts(ROWS.slice(0, 5), Y.slice(0, 5)), NAMES)).toEqual({ ok: false, reason: 'too_few_observations', needed: 6 });
    expect(linearRegression(crossProducts([], []), [])).toEqual({ ok: false, reason: 'too_few_observations', needed: 2 });
    expect(linearRegression(crossProducts(ROWS, Y.map(() => 3)), NAMES)).toEqual({ ok: false, reason: 'constant_outcome' });
    const sums = crossProducts(ROWS, Y);
    expect(linearRegression(sums, ['x1'])).toEqual({ ok: false, reason: 'shape' });
    expect(linearRegression({ ...sums, n: 14 }, NAMES)).toEqual({ ok: false, reason: 'no_intercept' });
  });

  it('fits an intercept-only model (mean and its standard error) without an F test', () => {
    // y.mean(), y.std(ddof=1) / np.sqrt(15) → 3.5466666666666664, 0.2325565300793329
    const r = linearRegression(crossProducts(Y.map(() => []), Y), []);
    if (!r.ok) throw new Error(r.reason);
    expectClose(r.coefficients[0]?.estimate, 3.5466666666666664, 1e-12);
    expectClose(r.coefficients[0]?.se, 0.2325565300793329, 1e-9);
    expect([r.rSquared, r.F, r.fP]).toEqual([0, null, null]);
  });

  it('has null t and p for a perfect fit rather than dividing by zero', () => {
    const x = [1, 2, 3, 4, 5];
    const r = linearRegression(crossProducts(x.map((v) => [v]), x.map((v) => 2 * v + 1)), ['x']);
    if (!r.ok) throw new Error(r.reason);
    expectClose(r.coefficients[1]?.estimate, 2, 1e-12);
    expect(r.coefficients[1]?.t).toBeNull();
    expect([r.rSquared, r.F]).toEqual([1, null]);
  });
});

describe('dummyCode', () => {
  it('makes one column per non-reference level', () => {
    const d = dummyCode(['vmbo', 'havo', 'vwo'], 'havo');
    expect(d.columns).toEqual(['vmbo', 'vwo']);
    expect([d.encode('vmbo'), d.encode('havo'), d.encode('vwo')]).toEqual([
      [1, 0],
      [0, 0],
      [0, 1],
    ]);
  });

  it('refuses a reference outside the levels, duplicate levels and unknown values', () => {
    expect(() => dummyCode(['a', 'b'], 'c' as 'a')).toThrow(RangeError);
    expect(() => dummyCode(['a', 'a'], 'a')).toThrow(RangeError);
    expect(() => dummyCode(['a', 'b'], 'a').encode('z' as 'a')).toThrow(RangeError);
  });
});
