import { describe, expect, it } from 'vitest';
import { correlationFromSums, correlationMatrix, pairwiseSums } from '../../src/domain/statistics';
import { expectClose, P_TOLERANCE } from './close';

/*
 * Twelve respondents, three items, each skipped once by someone: every pair has its own n.
 * Reference (Python 3, scipy 1.17), pairwise-complete:
 *   pairs = [(a, b) for a, b in zip(x, y) if a is not None and b is not None]
 *   xs, ys = map(np.array, zip(*pairs)); stats.pearsonr(xs, ys)
 *   motivation–certainty: n 10, r 0.8479002955787924,   p 0.0019406145221245277
 *   motivation–support:   n 10, r -0.21821789023599242, p 0.544737300804491
 *   certainty–support:    n 10, r 0.0,                  p 1.0
 */
const COLUMNS = {
  motivation: [4, 3, 5, 2, 4, null, 3, 5, 4, 2, 3, 4],
  certainty: [3, 3, 4, 2, 5, 4, null, 5, 3, 1, 2, 4],
  support: [2, 4, 3, 3, 4, 2, 3, null, 2, 3, 4, 3],
};

describe('correlationMatrix', () => {
  it('matches scipy pearsonr on pairwise-complete data', () => {
    const m = correlationMatrix(pairwiseSums(COLUMNS));
    expect(m.variables).toEqual(['motivation', 'certainty', 'support']);
    const [mc, ms, cs] = [m.cells[0]?.[1], m.cells[0]?.[2], m.cells[1]?.[2]];
    expect([mc?.n, ms?.n, cs?.n]).toEqual([10, 10, 10]);
    expectClose(mc?.r, 0.8479002955787924);
    expectClose(mc?.p, 0.0019406145221245277, P_TOLERANCE);
    expectClose(ms?.r, -0.21821789023599242);
    expectClose(ms?.p, 0.544737300804491, P_TOLERANCE);
    expect(cs?.r).toBeCloseTo(0, 12);
    expectClose(cs?.p, 1, P_TOLERANCE);
  });

  it('is symmetric, has a null diagonal, and accepts pairs in either order', () => {
    const input = pairwiseSums(COLUMNS);
    const m = correlationMatrix({ ...input, pairs: input.pairs.map((p) => ({ ...p, a: p.b, b: p.a })) });
    expect(m.cells[1]?.[0]).toEqual(m.cells[0]?.[1]);
    expect(m.cells.map((row, i) => row[i])).toEqual([null, null, null]);
    expectClose(m.cells[1]?.[0]?.r, 0.8479002955787924);
  });

  it('leaves a pair without sums null and handles empty input', () => {
    const m = correlationMatrix({ variables: ['a', 'b'], pairs: [] });
    expect(m.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(correlationMatrix({ variables: [], pairs: [] })).toEqual({ variables: [], cells: [] });
  });
});

describe('correlationFromSums', () => {
  it('has no r for a constant variable or fewer than 2 pairs, and no p below 3 pairs', () => {
    const constant = pairwiseSums({ x: [3, 3, 3, 3], y: [1, 2, 3, 4] }).pairs[0]?.sums;
    expect(constant && correlationFromSums(constant)).toEqual({ n: 4, r: null, p: null });
    expect(correlationFromSums({ n: 1, sumX: 2, sumY: 3, sumXX: 4, sumYY: 9, sumXY: 6 })).toEqual({ n: 1, r: null, p: null });
    const two = pairwiseSums({ x: [1, 2], y: [5, 3] }).pairs[0]?.sums;
    expect(two && correlationFromSums(two)).toEqual({ n: 2, r: -1, p: null });
    expect(correlationFromSums({ n: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 })).toEqual({ n: 0, r: null, p: null });
  });

  it('gives p = 0 for a perfect correlation with enough pairs', () => {
    const sums = pairwiseSums({ x: [1, 2, 3, 4], y: [2, 4, 6, 8] }).pairs[0]?.sums;
    expect(sums && correlationFromSums(sums)).toEqual({ n: 4, r: 1, p: 0 });
  });
});
