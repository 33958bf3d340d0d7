import { fUpperTail } from './distributions';
import { splitUsable } from './groups';
import type { GroupSummary } from './sums';

/*
 * Welch's one-way ANOVA: compares group means without assuming equal variances, which survey groups
 * (classes of 8 next to classes of 30) rarely have. Works from per-group n, mean and variance only.
 *
 * Effect size: omegaSquared is the one to show. It is the usual ω² estimate from an F statistic,
 * df1·(F − 1) / (df1·(F − 1) + N), applied to Welch's F, so the effect size and the test agree;
 * negative estimates (F < 1) are reported as 0. etaSquared (SS_between / SS_total from the same
 * summaries) is the sample-descriptive figure SPSS prints; it overstates the effect in small groups
 * and is returned only for comparison.
 */

export type WelchAnovaResult =
  | {
      ok: true;
      F: number;
      df1: number;
      df2: number;
      p: number | null;
      omegaSquared: number;
      etaSquared: number;
      /** Groups compared and their total number of answers. */
      k: number;
      N: number;
      /** Labels of groups left out because they had fewer than 2 answers. */
      excluded: string[];
    }
  | { ok: false; reason: 'too_few_groups'; excluded: string[] }
  /** Welch weights groups by n / variance: a group in which everyone answered the same breaks it. */
  | { ok: false; reason: 'zero_variance'; groups: string[]; excluded: string[] };

export function welchAnova(groups: readonly GroupSummary[]): WelchAnovaResult {
  const { usable, excluded } = splitUsable(groups);
  const k = usable.length;
  if (k < 2) return { ok: false, reason: 'too_few_groups', excluded };
  const constant = usable.filter((g) => g.variance === 0).map((g) => g.label);
  if (constant.length > 0) return { ok: false, reason: 'zero_variance', groups: constant, excluded };

  const weights = usable.map((g) => g.n / g.variance);
  const W = weights.reduce((a, b) => a + b, 0);
  const weightedMean = usable.reduce((acc, g, i) => acc + (weights[i] ?? 0) * g.mean, 0) / W;
  const between = usable.reduce((acc, g, i) => acc + (weights[i] ?? 0) * (g.mean - weightedMean) ** 2, 0) / (k - 1);
  const lambda = usable.reduce((acc, g, i) => acc + (1 - (weights[i] ?? 0) / W) ** 2 / (g.n - 1), 0);
  const F = between / (1 + ((2 * (k - 2)) / (k * k - 1)) * lambda);
  const df1 = k - 1;
  const df2 = (k * k - 1) / (3 * lambda);

  const N = usable.reduce((acc, g) => acc + g.n, 0);
  const grandMean = usable.reduce((acc, g) => acc + g.n * g.mean, 0) / N;
  const ssBetween = usable.reduce((acc, g) => acc + g.n * (g.mean - grandMean) ** 2, 0);
  const ssWithin = usable.reduce((acc, g) => acc + (g.n - 1) * g.variance, 0);
  const omegaSquared = Math.max(0, (df1 * (F - 1)) / (df1 * (F - 1) + N));

  return {
    ok: true,
    F,
    df1,
    df2,
    p: fUpperTail(F, df1, df2),
    omegaSquared,
    etaSquared: ssBetween / (ssBetween + ssWithin),
    k,
    N,
    excluded,
  };
}
