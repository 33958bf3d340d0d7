/*
 * Public API of the survey statistics: pure functions over sufficient statistics (counts, sums,
 * sums of squares and cross-products) that SQL can compute, so reports never load answer rows.
 * See docs/decisions/011-statistics.md.
 */

export { EMPTY_SUMS, sumsOf, mergeSums, fromSums, groupFromSums, type Sums, type MeanAndSpread, type GroupSummary } from './sums';
export {
  descriptives,
  descriptivesFromCounts,
  isTopHalf,
  type AnswerScale,
  type AnswerCount,
  type DistributionPoint,
  type Descriptives,
} from './descriptives';
export { welchAnova, type WelchAnovaResult } from './welch-anova';
export { gamesHowell, type GamesHowellPair, type GamesHowellResult } from './games-howell';
export {
  correlationFromSums,
  correlationMatrix,
  pairwiseSums,
  type PairSums,
  type Correlation,
  type CorrelationInput,
  type CorrelationMatrix,
} from './correlation';
export { linearRegression, INTERCEPT, type RegressionSums, type Coefficient, type RegressionResult } from './regression';
export { crossProducts, addCrossProducts } from './cross-products';
export { COLLINEARITY_TOLERANCE } from './matrix';
export { dummyCode, type DummyCoding } from './dummy';
export { fUpperTail, tTwoSided, studentizedRangeUpperTail, studentizedRangeUpperTailFast, studentizedRangeQuantile } from './distributions';
