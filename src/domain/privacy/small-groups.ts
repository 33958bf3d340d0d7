/**
 * Aggregates about fewer than this many people are not shown to managers: a group that small can
 * often be traced back to individuals.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export function suppressSmall(count: number, threshold = DEFAULT_SUPPRESSION_THRESHOLD): number | null {
  return count > 0 && count < threshold ? null : count;
}
