import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { studentizedRangeQuantile } from '../../src/domain/statistics';
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
