import { describe, expect, it } from 'vitest';
import { descriptives, descriptivesFromCounts, fromSums, groupFromSums, isTopHalf, mergeSums, sumsOf } from '../../src/domain/statistics';
import { expectClose } from './close';

/*
 * Reference (Python 3, numpy), valid answers only:
 *   v = np.array([5,4,4,3,2,5,1,4,3,4]); v.mean(), v.std(ddof=1)
 *   → 3.5, 1.2692955176439846
 */
const ANSWERS = [5, 4, 4, 3, 2, 5, 1, 4, null, 3, 4, 7, undefined, 2.5];
const SCALE = { min: 1, max: 5 };

describe('descriptives', () => {
  it('counts valid, skipped and invalid answers and computes mean and SD (n − 1)', () => {
    const d = descriptives(ANSWERS, SCALE);
    expect([d.n, d.missing, d.invalid]).toEqual([10, 2, 2]);
    expectClose(d.mean, 3.5);
    expectClose(d.sd, 1.2692955176439846);
  });

  it('lists every scale point, including unused ones, with percentages of the valid answers', () => {
    const d = descriptives([2, 2, 4], { min: 1, max: 4 });
    expect(d.distribution.map((p) => [p.value, p.count])).toEqual([
      [1, 0],
      [2, 2],
      [3, 0],
      [4, 1],
    ]);
    expect(d.distribution.map((p) => p.percent)).toEqual([0, (100 * 2) / 3, 0, (100 * 1) / 3]);
  });

  it('counts the top half strictly above the midpoint: 3–4 on 1–4, 4–5 on 1–5 (neutral excluded)', () => {
    expect([1, 2, 3, 4].filter((v) => isTopHalf(v, { min: 1, max: 4 }))).toEqual([3, 4]);
    expect([1, 2, 3, 4, 5].filter((v) => isTopHalf(v, SCALE))).toEqual([4, 5]);
    expect([0, 5, 6, 10].filter((v) => isTopHalf(v, { min: 0, max: 10 }))).toEqual([6, 10]);
    const d = descriptives(ANSWERS, SCALE);
    // 5,4,4,5,4,4 are above 3 → 6 of 10 valid answers.
    expect(d.topHalf).toEqual({ count: 6, percent: 60 });
  });

  it('gives the same result from GROUP BY counts as from the answers', () => {
    const fromCounts = descriptivesFromCounts(
      [
        { value: 5, count: 2 },
        { value: 4, count: 4 },
        { value: 3, count: 2 },
        { value: 2, count: 1 },
        { value: 1, count: 1 },
        { value: null, count: 2 },
        { value: 7, count: 1 },
        { value: 2.5, count: 1 },
      ],
      SCALE,
    );
    expect(fromCounts).toEqual(descriptives(ANSWERS, SCALE));
  });

  it('returns nulls, not NaN, for no answers and a null SD for one answer', () => {
    const none = descriptives([], SCALE);
    expect(none).toMatchObject({ n: 0, mean: null, sd: null, topHalf: { count: 0, percent: null } });
    expect(none.distribution.every((p) => p.count === 0 && p.percent === null)).toBe(true);
    expect(descriptives([4], SCALE)).toMatchObject({ n: 1, mean: 4, sd: null });
    expect(descriptives([3, 3, 3], SCALE)).toMatchObject({ mean: 3, sd: 0 });
  });

  it('refuses a scale without integer bounds min < max', () => {
    expect(() => descriptives([1], { min: 5, max: 1 })).toThrow(RangeError);
    expect(() => descriptives([1], { min: 1, max: 4.5 })).toThrow(RangeError);
  });
});

describe('sums (the form SQL aggregates arrive in)', () => {
  it('merges group sums into the same mean and SD as the pooled answers', () => {
    const a = sumsOf([5, 4, 4, 3, 2]);
    const b = sumsOf([5, 1, 4, 3, 4]);
    const pooled = fromSums(mergeSums(a, b));
    expect(pooled.n).toBe(10);
    expectClose(pooled.mean, 3.5);
    expectClose(pooled.sd, 1.2692955176439846);
    expectClose(pooled.variance, 1.2692955176439846 ** 2);
  });

  it('handles empty and single-observation sums and never returns a negative variance', () => {
    expect(fromSums({ n: 0, sum: 0, sumSq: 0 })).toEqual({ n: 0, mean: null, variance: null, sd: null });
    expect(fromSums({ n: 1, sum: 4, sumSq: 16 })).toEqual({ n: 1, mean: 4, variance: null, sd: null });
    // 0.1 × 3 in floating point: Σx² − (Σx)²/n is a hair below 0.
    expect(fromSums(sumsOf([0.1, 0.1, 0.1])).variance).toBe(0);
    expect(groupFromSums('HICT-1A', { n: 3, sum: 9, sumSq: 29 })).toEqual({ label: 'HICT-1A', n: 3, mean: 3, variance: 1 });
  });
});
