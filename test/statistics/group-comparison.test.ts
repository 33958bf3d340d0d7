import { describe, expect, it } from 'vitest';
import { gamesHowell, groupFromSums, sumsOf, welchAnova, type GroupSummary } from '../../src/domain/statistics';
import { expectClose, P_TOLERANCE } from './close';

/*
 * Three classes, answers on a 1–5 item. The functions only see per-group n, mean and variance
 * (as SQL count/sum/sum of squares deliver them); the references were computed from the raw lists.
 */
const A = [3, 4, 4, 5, 2, 4, 3, 5];
const B = [2, 2, 3, 1, 3, 2, 4];
const C = [4, 5, 5, 4, 5, 3, 5, 4, 5, 4, 5];
const GROUPS: GroupSummary[] = [groupFromSums('A', sumsOf(A)), groupFromSums('B', sumsOf(B)), groupFromSums('C', sumsOf(C))];

describe('welchAnova', () => {
  /*
   * from scipy import stats; import numpy as np
   * r = stats.f_oneway(A, B, C, equal_var=False)   # scipy 1.17
   *   → F 11.011643412734902, p 0.0018001386153193685
   * g = [np.array(x, float) for x in (A, B, C)]; k = 3
   * w = np.array([len(x) / x.var(ddof=1) for x in g])
   * lam = sum((1 - wi / w.sum())**2 / (len(x) - 1) for wi, x in zip(w, g)); (k*k - 1) / (3*lam)
   *   → df2 12.34485924416198
   * a = np.concatenate(g); ssb = sum(len(x) * (x.mean() - a.mean())**2 for x in g)
   * ssb / ((a - a.mean())**2).sum()                      → eta² 0.49515095294316064
   * (k-1)*(r.statistic-1) / ((k-1)*(r.statistic-1) + 26) → ω²  0.43506859693446953
   */
  it('matches scipy f_oneway(equal_var=False) and the textbook effect sizes', () => {
    const r = welchAnova(GROUPS);
    if (!r.ok) throw new Error(r.reason);
    expectClose(r.F, 11.011643412734902);
    expect(r.df1).toBe(2);
    expectClose(r.df2, 12.34485924416198);
    expectClose(r.p, 0.0018001386153193685, P_TOLERANCE);
    expectClose(r.etaSquared, 0.49515095294316064);
    expectClose(r.omegaSquared, 0.43506859693446953);
    expect([r.k, r.N, r.excluded]).toEqual([3, 26, []]);
  });

  it('leaves out groups with fewer than 2 answers and names them', () => {
    const r = welchAnova([...GROUPS, groupFromSums('D', sumsOf([4])), groupFromSums('E', sumsOf([]))]);
    if (!r.ok) throw new Error(r.reason);
    expectClose(r.F, 11.011643412734902);
    expect(r.excluded).toEqual(['D', 'E']);
  });

  it('refuses fewer than two usable groups and empty input', () => {
    expect(welchAnova([])).toEqual({ ok: false, reason: 'too_few_groups', excluded: [] });
    expect(welchAnova([GROUPS[0] as GroupSummary, groupFromSums('D', sumsOf([4]))])).toEqual({
      ok: false,
      reason: 'too_few_groups',
      excluded: ['D'],
    });
  });

  it('reports a group in which everyone gave the same answer instead of dividing by zero', () => {
    const r = welchAnova([...GROUPS, groupFromSums('Z', sumsOf([4, 4, 4]))]);
    expect(r).toEqual({ ok: false, reason: 'zero_variance', groups: ['Z'], excluded: [] });
  });

  it('reports ω² as 0 when F < 1 (no effect), while η² stays descriptive', () => {
    const r = welchAnova([groupFromSums('x', sumsOf([1, 3, 5, 2, 4])), groupFromSums('y', sumsOf([2, 4, 3, 1, 5]))]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.F).toBe(0);
    expect(r.p).toBe(1);
    expect(r.omegaSquared).toBe(0);
    expect(r.etaSquared).toBe(0);
  });
});

describe('gamesHowell', () => {
  /*
   * k = 3; for each pair (a, b) of g:
   *   va, vb = a.var(ddof=1)/len(a), b.var(ddof=1)/len(b); se = np.sqrt(va + vb)
   *   t = (a.mean() - b.mean()) / se
   *   df = (va + vb)**2 / (va**2/(len(a)-1) + vb**2/(len(b)-1))
   *   p = stats.studentized_range.sf(abs(t)*np.sqrt(2), k, df)
   *   q = stats.studentized_range.ppf(0.95, k, df); ci = diff ∓ q/np.sqrt(2)*se
   */
  const REFERENCE = [
    ['A', 'B', 1.3214285714285716, 0.5195988772094094, 2.543170567506842, 12.906641771138968, 0.05978619185660161, -0.051767414610730755, 2.6946245574678738],
    ['A', 'C', -0.7045454545454541, 0.42059930817839164, -1.6750989382194383, 11.392011693617551, 0.25610769764305974, -1.834761376187811, 0.4256704670969027],
    ['B', 'C', -2.0259740259740258, 0.4231189293570754, -4.788190471772253, 9.80225115487063, 0.0020345165623655292, -3.189718726892705, -0.8622293250553463],
  ] as const;

  it('matches scipy studentized_range for every pair, with a 95% interval', () => {
    const r = gamesHowell(GROUPS);
    if (!r.ok) throw new Error(r.reason);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual(REFERENCE.map(([a, b]) => [a, b]));
    r.pairs.forEach((pair, i) => {
      const [, , diff, se, t, df, p, lower, upper] = REFERENCE[i] ?? [];
      expectClose(pair.diff, diff ?? NaN);
      expectClose(pair.se, se ?? NaN);
      expectClose(pair.t, t ?? NaN);
      expectClose(pair.df, df ?? NaN);
      expectClose(pair.p, p ?? NaN, P_TOLERANCE);
      expectClose(pair.ci?.lower, lower ?? NaN, P_TOLERANCE);
      expectClose(pair.ci?.upper, upper ?? NaN, P_TOLERANCE);
    });
  });

  it('answers null statistics for two constant groups and leaves out groups below 2 answers', () => {
    const r = gamesHowell([groupFromSums('p', sumsOf([3, 3])), groupFromSums('q', sumsOf([4, 4, 4])), groupFromSums('r', sumsOf([5]))]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.excluded).toEqual(['r']);
    expect(r.pairs).toEqual([{ a: 'p', b: 'q', diff: -1, se: 0, t: null, df: null, p: null, ci: null }]);
  });

  it('has no p-value below 2 degrees of freedom, where the studentized range is undefined', () => {
    // With two answers per group the Welch df is (va + vb)² / (va² + vb²): 2 only for equal variances.
    const r = gamesHowell([groupFromSums('p', sumsOf([1, 5])), groupFromSums('q', sumsOf([3, 3.2]))]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.pairs[0]?.df).toBeLessThan(2);
    expect(r.pairs[0]?.p).toBeNull();
    expect(r.pairs[0]?.ci).toBeNull();
  });

  it('refuses empty input', () => {
    expect(gamesHowell([])).toEqual({ ok: false, reason: 'too_few_groups', excluded: [] });
  });
});
