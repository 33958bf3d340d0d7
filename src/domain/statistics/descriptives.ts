import { fromSums } from './sums';

/*
 * Descriptives of integer answers on a closed scale (Likert-type items: 1–4, 1–5, 0–10 …).
 *
 * "Top half" is the share of answers strictly above the midpoint (min + max) / 2:
 *   1–4 → 3 and 4;  1–5 → 4 and 5 (the neutral 3 is not counted);  0–10 → 6 to 10.
 * With an odd number of points the middle answer is neutral and belongs to neither half, so
 * "% (rather) agree" never includes people who chose "neutral".
 */

export interface AnswerScale {
  /** Lowest answer, an integer. */
  min: number;
  /** Highest answer, an integer above min. */
  max: number;
}

export interface AnswerCount {
  /** The answer; null counts people who skipped the question. */
  value: number | null;
  count: number;
}

export interface DistributionPoint {
  value: number;
  count: number;
  /** Share of the valid answers, 0–100; null when there are none. */
  percent: number | null;
}

export interface Descriptives {
  /** Valid answers: integers within the scale. */
  n: number;
  /** Skipped (null/undefined) answers. */
  missing: number;
  /** Answers outside the scale or not whole numbers; left out of every figure. */
  invalid: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below 2 answers. */
  sd: number | null;
  /** Every scale point from min to max, including points nobody chose. */
  distribution: DistributionPoint[];
  /** Answers above the midpoint of the scale (see the rule above). */
  topHalf: { count: number; percent: number | null };
}

function checkScale({ min, max }: AnswerScale): void {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) {
    throw new RangeError(`an answer scale needs integer bounds with min < max, got ${min}..${max}`);
  }
}

export function isTopHalf(value: number, scale: AnswerScale): boolean {
  return value > (scale.min + scale.max) / 2;
}

const percentOf = (count: number, n: number) => (n > 0 ? (100 * count) / n : null);

/** Descriptives from answer counts, e.g. `SELECT value, count(*) … GROUP BY value`. */
export function descriptivesFromCounts(counts: readonly AnswerCount[], scale: AnswerScale): Descriptives {
  checkScale(scale);
  const tally = new Map<number, number>();
  let missing = 0;
  let invalid = 0;
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const { value, count } of counts) {
    if (value === null) {
      missing += count;
    } else if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
      invalid += count;
    } else {
      tally.set(value, (tally.get(value) ?? 0) + count);
      n += count;
      sum += value * count;
      sumSq += value * value * count;
    }
  }
  const distribution: DistributionPoint[] = [];
  let top = 0;
  for (let value = scale.min; value <= scale.max; value++) {
    const count = tally.get(value) ?? 0;
    distribution.push({ value, count, percent: percentOf(count, n) });
    if (isTopHalf(value, scale)) top += count;
  }
  const { mean, sd } = fromSums({ n, sum, sumSq });
  return { n, missing, invalid, mean, sd, distribution, topHalf: { count: top, percent: percentOf(top, n) } };
}

/** Descriptives of individual answers; null or undefined means the question was skipped. */
export function descriptives(answers: readonly (number | null | undefined)[], scale: AnswerScale): Descriptives {
  return descriptivesFromCounts(
    answers.map((value) => ({ value: value ?? null, count: 1 })),
    scale,
  );
}
