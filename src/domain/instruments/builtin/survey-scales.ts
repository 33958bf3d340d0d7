import type { InstrumentDefinition, ItemDef } from '../definition';

/*
 * Shared pieces of the quality-monitor questionnaires. Four points without a middle, as in the
 * career-learning research the constructs come from: a respondent takes a side, and scale means
 * of 1–4 can be read against the same labels in every report.
 */

export const FOUR_POINT_AGREEMENT = {
  min: 1,
  max: 4,
  labels: [
    { nl: 'Helemaal mee oneens', en: 'Strongly disagree' },
    { nl: 'Mee oneens', en: 'Disagree' },
    { nl: 'Mee eens', en: 'Agree' },
    { nl: 'Helemaal mee eens', en: 'Strongly agree' },
  ],
};

type L = { nl: string; en: string };
export interface SurveyScale {
  code: string;
  title: L;
  explanation: L;
  suggestion: L;
  items: ItemDef[];
}

export const item = (code: string, nl: string, en: string, reverse = false): ItemDef => ({ code, text: { nl, en }, reverse });

/** The grouping of items under a scale IS the scale membership, so an item can never be in two scales. */
export function fromScales(scales: readonly SurveyScale[]): Pick<InstrumentDefinition, 'scales' | 'items'> {
  return {
    scales: scales.map((s) => ({ code: s.code, title: s.title, explanation: s.explanation, suggestion: s.suggestion, items: s.items.map((i) => i.code) })),
    items: scales.flatMap((s) => s.items),
  };
}
