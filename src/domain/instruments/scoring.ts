import type { InstrumentDefinition, Problem } from './definition';

/*
 * Scoring of one response (one respondent filling in one instrument). Scores are the mean of the
 * answered items of a scale on the instrument's own response scale, so a 1–5 instrument gives a
 * 1–5 score that a student can read against the answer labels.
 */

export type Answers = Record<string, number>;

export interface ScaleScore {
  code: string;
  /** null when too few items were answered to say anything (see scoring.minAnsweredFraction). */
  score: number | null;
  answered: number;
  total: number;
}

/** Reverse keying mirrors a value on the scale: on 1–5, 1 ↔ 5 and 2 ↔ 4. */
export function keyed(instrument: InstrumentDefinition, itemCode: string, value: number): number {
  const item = instrument.items.find((i) => i.code === itemCode);
  const { min, max } = instrument.responseScale;
  return item?.reverse ? min + max - value : value;
}

export function scoreResponse(instrument: InstrumentDefinition, answers: Answers): { scales: ScaleScore[] } {
  const scales = instrument.scales.map((scale) => {
    const values: number[] = [];
    for (const code of scale.items) {
      const v = answers[code];
      if (typeof v === 'number' && Number.isFinite(v)) values.push(keyed(instrument, code, v));
    }
    const total = scale.items.length;
    const answered = values.length;
    const enough = total > 0 && answered / total >= instrument.scoring.minAnsweredFraction;
    const score = enough ? values.reduce((a, b) => a + b, 0) / answered : null;
    return { code: scale.code, score, answered, total };
  });
  return { scales };
}

/** Checks answers before they are stored; an empty list means the answers are acceptable. */
export function validateAnswers(instrument: InstrumentDefinition, answers: Answers): Problem[] {
  const known = new Set(instrument.items.map((i) => i.code));
  const { min, max } = instrument.responseScale;
  const problems: Problem[] = [];
  for (const [code, value] of Object.entries(answers)) {
    const path = `answers.${code}`;
    if (!known.has(code)) {
      problems.push({ path, message_nl: `Onbekende vraag "${code}".`, message_en: `Unknown item "${code}".` });
    } else if (typeof value !== 'number' || !Number.isInteger(value)) {
      problems.push({ path, message_nl: 'Het antwoord moet een geheel getal zijn.', message_en: 'The answer must be a whole number.' });
    } else if (value < min || value > max) {
      problems.push({
        path,
        message_nl: `Het antwoord moet tussen ${min} en ${max} liggen.`,
        message_en: `The answer must be between ${min} and ${max}.`,
      });
    }
  }
  return problems;
}
