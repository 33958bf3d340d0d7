import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../src/domain/instruments/definition';
import { scoreResponse, validateAnswers } from '../src/domain/instruments/scoring';
import { LOOPBAANCOMPETENTIES } from '../src/domain/instruments/builtin/index';

// A tiny instrument where the arithmetic is easy to follow: 1–5, two scales.
const tiny: InstrumentDefinition = {
  code: 'tiny',
  version: 1,
  title: { nl: 'Klein', en: 'Tiny' },
  description: { nl: 'Test', en: 'Test' },
  responseScale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'].map((x) => ({ nl: x, en: x })) },
  scales: [
    { code: 'a', title: { nl: 'A', en: 'A' }, explanation: { nl: 'A', en: 'A' }, suggestion: { nl: 'A', en: 'A' }, items: ['a1', 'a2', 'a3', 'a4'] },
    { code: 'b', title: { nl: 'B', en: 'B' }, explanation: { nl: 'B', en: 'B' }, suggestion: { nl: 'B', en: 'B' }, items: ['b1', 'b2'] },
  ],
  items: [
    { code: 'a1', text: { nl: 'a1', en: 'a1' }, reverse: false },
    { code: 'a2', text: { nl: 'a2', en: 'a2' }, reverse: false },
    { code: 'a3', text: { nl: 'a3', en: 'a3' }, reverse: false },
    { code: 'a4', text: { nl: 'a4', en: 'a4' }, reverse: true },
    { code: 'b1', text: { nl: 'b1', en: 'b1' }, reverse: true },
    { code: 'b2', text: { nl: 'b2', en: 'b2' }, reverse: false },
  ],
  scoring: { rule: 'mean', minAnsweredFraction: 0.75 },
  respondents: [{ role: 'student', about: 'self' }],
};

describe('scoreResponse', () => {
  it('reverses reverse-keyed items (min + max − value) and takes the mean', () => {
    // a: 5, 4, 3 and a4 = 1 → 1+5−1 = 5; mean (5+4+3+5)/4 = 4.25. b: b1 = 2 → 4, b2 = 5; mean 4.5
    const r = scoreResponse(tiny, { a1: 5, a2: 4, a3: 3, a4: 1, b1: 2, b2: 5 });
    expect(r.scales).toEqual([
      { code: 'a', score: 4.25, answered: 4, total: 4 },
      { code: 'b', score: 4.5, answered: 2, total: 2 },
    ]);
  });

  it('scores at exactly the minimum fraction and gives null below it', () => {
    // a: 3 of 4 = 0.75 → scored, mean of 2, 2 and (6−5)=1 → 5/3. b: 1 of 2 = 0.5 → null.
    const r = scoreResponse(tiny, { a1: 2, a2: 2, a4: 5, b2: 4 });
    expect(r.scales[0]?.score).toBeCloseTo(5 / 3, 6);
    expect(r.scales[0]?.answered).toBe(3);
    expect(r.scales[1]).toEqual({ code: 'b', score: null, answered: 1, total: 2 });
    // 2 of 4 = 0.5 < 0.75
    expect(scoreResponse(tiny, { a1: 2, a2: 2 }).scales[0]?.score).toBeNull();
  });

  it('with no answers every scale is null', () => {
    expect(scoreResponse(tiny, {}).scales.map((s) => s.score)).toEqual([null, null]);
  });

  it('on the built-in self-assessment, agreeing with everything does not give a top score', () => {
    const all5 = Object.fromEntries(LOOPBAANCOMPETENTIES.items.map((i) => [i.code, 5]));
    for (const s of scoreResponse(LOOPBAANCOMPETENTIES, all5).scales) expect(s.score).toBe((5 + 5 + 5 + 1) / 4);
  });
});

describe('validateAnswers', () => {
  it('accepts valid answers', () => {
    expect(validateAnswers(tiny, { a1: 1, a4: 5, b2: 3 })).toEqual([]);
  });

  it('reports unknown items, non-integers and out-of-range values, in Dutch and English', () => {
    const problems = validateAnswers(tiny, { zz: 3, a1: 2.5, a2: 0, a3: 6, b1: Number.NaN, b2: 5 });
    expect(problems.map((p) => p.path)).toEqual(['answers.zz', 'answers.a1', 'answers.a2', 'answers.a3', 'answers.b1']);
    expect(problems[0]?.message_en).toMatch(/Unknown item "zz"/);
    expect(problems[1]?.message_nl).toMatch(/geheel getal/);
    expect(problems[2]?.message_en).toBe('The answer must be between 1 and 5.');
    expect(problems[3]?.message_nl).toBe('Het antwoord moet tussen 1 en 5 liggen.');
  });
});
