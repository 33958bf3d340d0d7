/*
 * Dummy (treatment) coding of a categorical control variable: one 0/1 column per level except the
 * reference level, whose effect is absorbed by the intercept. Each coefficient then reads as "the
 * difference from the reference level, other predictors held equal".
 */

export interface DummyCoding<L extends string> {
  reference: L;
  /** The levels that get a column, in the given order (the reference left out). */
  columns: L[];
  /** The 0/1 values of the columns for one observation. */
  encode(level: L): number[];
}

export function dummyCode<L extends string>(levels: readonly L[], reference: L): DummyCoding<L> {
  if (new Set(levels).size !== levels.length) throw new RangeError('dummy levels must be distinct');
  if (!levels.includes(reference)) throw new RangeError(`reference level "${reference}" is not among the levels`);
  const columns = levels.filter((level) => level !== reference);
  return {
    reference,
    columns,
    encode(level) {
      if (!levels.includes(level)) throw new RangeError(`unknown level "${level}"`);
      return columns.map((c) => (c === level ? 1 : 0));
    },
  };
}
