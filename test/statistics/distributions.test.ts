import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { gamesHowell, groupFromSums, studentizedRangeQuantile, studentizedRangeUpperTail, studentizedRangeUpperTailFast, type GroupSummary } from '../../src/domain/statistics';
import { expectClose } from './close';

describe('studentizedRangeQuantile', () => {
  /*
   * from scipy import stats   # scipy 1.17
   * stats.studentized_range.ppf(p, k, df)
   */
  const SCIPY: readonly (readonly [number, number, number, number])[] = [
    [0.95, 3, 45.5, 3.4262307869396555],
    [0.95, 10, 120, 4.55953799405391],
    [0.95, 30, 30, 5.8334537377372655],
    [0.95, 30, 1234.5, 5.314133739294625],
    [0.95, 60, 5000, 5.768365948136956],
    [0.95, 5, 1e6, 3.857655510378623],
    // Above 25,000 jStat's own inversion switches to the limiting distribution (3.64277 here).
    [0.99, 2, 60000, 3.642888620400488],
  ];

  it('matches scipy from 30 degrees of freedom on, where it reads its table', () => {
    for (const [p, k, df, q] of SCIPY) expectClose(studentizedRangeQuantile(p, k, df), q, 1e-5);
  });

  it('stays within 2·10⁻⁶ of the exact inversion between the table nodes', () => {
    for (const k of [2, 4, 17, 45]) {
      for (const df of [30.4, 33.3, 41, 57.7, 88, 150.5, 333, 999.9, 4321, 20000]) {
        const exact = jStat.tukey.inv(0.99, k, df);
        expect(Math.abs((studentizedRangeQuantile(0.99, k, df) ?? NaN) - exact), `k ${k}, df ${df}`).toBeLessThan(2e-6);
      }
    }
  });

  it('inverts exactly below 30 degrees of freedom and refuses undefined cases', () => {
    expect(studentizedRangeQuantile(0.95, 3, 12.5)).toBe(jStat.tukey.inv(0.95, 3, 12.5));
    expect(studentizedRangeQuantile(0.95, 3, 1.5)).toBeNull();
    expect(studentizedRangeQuantile(0.95, 1, 50)).toBeNull();
    expect(studentizedRangeQuantile(1, 3, 50)).toBeNull();
  });
});

describe('studentizedRangeUpperTailFast', () => {
  /*
   * from scipy import stats   # scipy 1.17
   * stats.studentized_range.sf(q, k, df)
   */
  const SCIPY: readonly (readonly [number, number, number, number])[] = [
    [4.9, 30, 1234.5, 0.12488708196348997],
    [3.5, 15, 88.8, 0.4686709959344051],
    [6.2, 30, 640, 0.0048536649764686635],
    [2.1, 20, 45, 0.9926236759138158],
    [5.5, 40, 20000, 0.04985303821608411],
  ];

  it('matches scipy to 2·10⁻⁴ relative', () => {
    for (const [q, k, df, p] of SCIPY) expectClose(studentizedRangeUpperTailFast(q, k, df), p, 2e-4);
  });

  it('stays within 2·10⁻⁵ of the exact tail between the nodes, and falls back to it far out and below 30 df', () => {
    for (const k of [3, 16, 30]) {
      for (const df of [30.5, 47, 123.4, 777, 3210]) {
        for (const q of [0.06, 0.9, 2.33, 3.71, 4.45, 5.02, 5.9, 7.3]) {
          const exact = studentizedRangeUpperTail(q, k, df) ?? NaN;
          expect(Math.abs((studentizedRangeUpperTailFast(q, k, df) ?? NaN) - exact), `q ${q}, k ${k}, df ${df}`).toBeLessThan(2e-5);
        }
      }
    }
    expect(studentizedRangeUpperTailFast(40, 30, 500)).toBe(studentizedRangeUpperTail(40, 30, 500));
    expect(studentizedRangeUpperTailFast(4, 30, 12)).toBe(studentizedRangeUpperTail(4, 30, 12));
    expect(studentizedRangeUpperTailFast(4, 30, 1.5)).toBeNull();
  });
});

describe('gamesHowell with many groups', () => {
  it('gives the p-values and intervals of the exact computation, read from the tables', () => {
    // 20 groups of about 400: 190 pairs, every df far above 30.
    const groups: GroupSummary[] = Array.from({ length: 20 }, (_, i) => groupFromSums(`g${i}`, { n: 380 + i * 7, sum: (380 + i * 7) * (3 + i * 0.013), sumSq: (380 + i * 7) * ((3 + i * 0.013) ** 2 + 0.8 + (i % 5) * 0.05) }));
    const r = gamesHowell(groups);
    if (!r.ok) throw new Error(r.reason);
    expect(r.pairs).toHaveLength(190);
    for (const pair of r.pairs) {
      const df = pair.df ?? NaN;
      expect(df).toBeGreaterThan(30);
      const exact = studentizedRangeUpperTail(Math.abs(pair.t ?? NaN) * Math.SQRT2, 20, df) ?? NaN;
      expect(Math.abs((pair.p ?? NaN) - exact)).toBeLessThan(2e-5);
      const half = ((jStat.tukey.inv(0.95, 20, df) as number) / Math.SQRT2) * pair.se;
      expectClose(pair.ci?.upper, pair.diff + half, 1e-6);
    }
  });
});
