import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../src/domain/instruments/definition';
import { cronbachAlpha, itemTotalCorrelations, scaleReliability } from '../src/domain/instruments/psychometrics';

/*
 * Hand-computed example, 5 respondents × 3 items:
 *
 *   i1 i2 i3 | total
 *    1  2  2 |   5
 *    2  2  3 |   7
 *    3  4  3 |  10
 *    4  4  5 |  13
 *    5  3  4 |  12
 *
 * i1: mean 3,   squared deviations 4+1+0+1+4 = 10            → var 10/4  = 2.5
 * i2: mean 3,   squared deviations 1+1+1+1+0 = 4             → var 4/4   = 1.0
 * i3: mean 3.4, squared deviations 1.96+.16+.16+2.56+.36=5.2 → var 5.2/4 = 1.3
 * total: mean 9.4, squared deviations 19.36+5.76+.36+12.96+6.76 = 45.2 → var 45.2/4 = 11.3
 * alpha = k/(k−1) · (1 − Σvar_i/var_total) = 3/2 · (1 − 4.8/11.3) = 1.5 · 6.5/11.3 = 9.75/11.3
 *       = 0.862831858…
 *
 * Corrected item-total (item vs. sum of the other two), r = Sxy / √(Sxx·Syy):
 * i1 vs i2+i3 = 4,5,7,9,7 (mean 6.4): Sxy = 4.8+1.4+0+2.6+1.2 = 10, Sxx = 10,
 *    Syy = 5.76+1.96+.36+6.76+.36 = 15.2 → r = 10/√152 = 0.811107…
 * i2 vs i1+i3 = 3,5,6,9,9 (mean 6.4): Sxy = 3.4+1.4−.4+2.6+0 = 7, Sxx = 4,
 *    Syy = 11.56+1.96+.16+6.76+6.76 = 27.2 → r = 7/√108.8 = 0.671088…
 * i3 vs i1+i2 = 3,4,7,8,8 (mean 6): Sxy = 4.2+.8−.4+3.2+1.2 = 9, Sxx = 5.2,
 *    Syy = 9+4+1+4+4 = 22 → r = 9/√114.4 = 0.841455…
 */
const HAND = [
  [1, 2, 2],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 5],
  [5, 3, 4],
];
const HAND_ALPHA = 9.75 / 11.3;
const HAND_R = [10 / Math.sqrt(152), 7 / Math.sqrt(108.8), 9 / Math.sqrt(114.4)];

describe('cronbachAlpha', () => {
  it('matches the hand-computed value', () => {
    expect(HAND_ALPHA).toBeCloseTo(0.862832, 6);
    expect(cronbachAlpha(HAND)).toBeCloseTo(HAND_ALPHA, 6);
  });

  it('is exactly 1 for identical (perfectly parallel) items', () => {
    expect(cronbachAlpha([[1, 1], [2, 2], [4, 4], [5, 5]])).toBeCloseTo(1, 6);
  });

  it('is exactly 0 for two uncorrelated items (covariance 0, so var(total) = Σ var(item))', () => {
    expect(cronbachAlpha([[1, 1], [1, 2], [2, 1], [2, 2]])).toBeCloseTo(0, 6);
  });

  it('is null when undefined: fewer than 2 respondents, fewer than 2 items or a constant total', () => {
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
    expect(cronbachAlpha([[3, 3], [3, 3], [3, 3]])).toBeNull();
    expect(cronbachAlpha([])).toBeNull();
  });
});

describe('itemTotalCorrelations', () => {
  it('matches the hand-computed corrected correlations', () => {
    const rs = itemTotalCorrelations(HAND);
    expect(rs).toHaveLength(3);
    HAND_R.forEach((r, j) => expect(rs[j]).toBeCloseTo(r, 6));
    expect(rs[0]).toBeCloseTo(0.811107, 6);
  });

  it('is null for an item without variance', () => {
    expect(itemTotalCorrelations([[3, 1, 2], [3, 2, 3], [3, 4, 4]])[0]).toBeNull();
  });
});

const text = (s: string) => ({ nl: s, en: s });
// Scale "s" holds the hand matrix with item x3 reverse-keyed; scale "t" is for the n < 2 case.
const inst: InstrumentDefinition = {
  code: 'rel',
  version: 1,
  title: text('R'),
  description: text('R'),
  responseScale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'].map(text) },
  scales: [
    { code: 's', title: text('S'), explanation: text('S'), suggestion: text('S'), items: ['x1', 'x2', 'x3'] },
    { code: 't', title: text('T'), explanation: text('T'), suggestion: text('T'), items: ['y1', 'y2'] },
  ],
  items: [
    { code: 'x1', text: text('x1'), reverse: false },
    { code: 'x2', text: text('x2'), reverse: false },
    { code: 'x3', text: text('x3'), reverse: true },
    { code: 'y1', text: text('y1'), reverse: false },
    { code: 'y2', text: text('y2'), reverse: false },
  ],
  scoring: { rule: 'mean', minAnsweredFraction: 1 },
  respondents: [{ role: 'student', about: 'self' }],
};

describe('scaleReliability', () => {
  it('applies reverse keying and uses only complete cases per scale', () => {
    // x3 is stored raw as 6 − hand value, so after keying the matrix equals HAND.
    const responses: Record<string, number>[] = HAND.map(([a, b, c]) => ({ x1: a!, x2: b!, x3: 6 - c! }));
    responses[0]!.y1 = 2; // the only complete case for scale t
    responses[0]!.y2 = 4;
    responses[1]!.y1 = 3; // incomplete for t
    responses.push({ x1: 5, x2: 1 }); // incomplete for s: must not count

    const [s, t] = scaleReliability(inst, responses);
    expect(s?.scaleCode).toBe('s');
    expect(s?.n).toBe(5);
    expect(s?.alpha).toBeCloseTo(HAND_ALPHA, 6);
    expect(s?.itemTotal.map((x) => x.item)).toEqual(['x1', 'x2', 'x3']);
    s?.itemTotal.forEach((x, j) => expect(x.r).toBeCloseTo(HAND_R[j]!, 6));

    expect(t).toEqual({ scaleCode: 't', n: 1, alpha: null, itemTotal: [{ item: 'y1', r: null }, { item: 'y2', r: null }] });
  });

  it('without reverse keying the same raw data would give a much lower alpha (keying matters)', () => {
    const raw = HAND.map(([a, b, c]) => [a!, b!, 6 - c!]);
    expect(cronbachAlpha(raw)!).toBeLessThan(0.5);
  });
});
