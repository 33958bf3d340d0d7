import type { InstrumentDefinition } from '../instruments/definition';

/*
 * What the database needs to score survey responses in one set-based statement: per item its
 * scale, keying and answer range, per scale how many answers make a score. Derived from the same
 * rule as instruments/scoring.ts (answered / total >= minAnsweredFraction), so a response scored
 * in SQL gets exactly the score scoreResponse would give it.
 */

export interface ScoringKey {
  items: { code: string; scale: string; reverse: boolean; min: number; max: number }[];
  scales: { code: string; needed: number }[];
}

export function answersNeeded(total: number, fraction: number): number {
  for (let n = 1; n <= total; n++) if (n / total >= fraction) return n;
  return total;
}

export function scoringKey(instruments: readonly InstrumentDefinition[]): ScoringKey {
  const key: ScoringKey = { items: [], scales: [] };
  for (const instrument of instruments) {
    const reverse = new Map(instrument.items.map((i) => [i.code, i.reverse]));
    const { min, max } = instrument.responseScale;
    for (const scale of instrument.scales) {
      key.scales.push({ code: scale.code, needed: answersNeeded(scale.items.length, instrument.scoring.minAnsweredFraction) });
      for (const code of scale.items) key.items.push({ code, scale: scale.code, reverse: reverse.get(code) ?? false, min, max });
    }
  }
  return key;
}
