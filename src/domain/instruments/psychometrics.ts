import type { InstrumentDefinition } from './definition';
import { keyed, type Answers } from './scoring';

/*
 * Reliability figures for the quality officer: is a scale consistent enough to report on? All
 * variances are sample variances (n − 1), as in SPSS and most textbooks, so numbers can be compared
 * with what researchers compute themselves.
 */

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => sum(xs) / xs.length;

export function sampleVariance(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  return sum(xs.map((x) => (x - m) ** 2)) / (xs.length - 1);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  // A constant column has no correlation with anything; report "unknown", not 0 or NaN.
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function column(matrix: readonly (readonly number[])[], j: number): number[] {
  return matrix.map((row) => row[j] ?? NaN);
}

/**
 * Cronbach's alpha = k/(k−1) · (1 − Σ var(item) / var(total)).
 * Rows are respondents with complete answers, columns items. null when it is undefined:
 * fewer than 2 respondents or items, or no variance in the total score.
 */
export function cronbachAlpha(matrix: readonly (readonly number[])[]): number | null {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2) return null;
  const itemVars = Array.from({ length: k }, (_, j) => sampleVariance(column(matrix, j)));
  const totalVar = sampleVariance(matrix.map((row) => sum(row)));
  if (!(totalVar > 0)) return null;
  return (k / (k - 1)) * (1 - sum(itemVars) / totalVar);
}

/** Corrected item-total correlation: each item against the sum of the OTHER items (Pearson). */
export function itemTotalCorrelations(matrix: readonly (readonly number[])[]): (number | null)[] {
  const k = matrix[0]?.length ?? 0;
  return Array.from({ length: k }, (_, j) => {
    const rest = matrix.map((row) => sum(row) - (row[j] ?? 0));
    return pearson(column(matrix, j), rest);
  });
}

export interface ScaleReliability {
  scaleCode: string;
  /** Respondents with an answer to every item of this scale. */
  n: number;
  alpha: number | null;
  itemTotal: { item: string; r: number | null }[];
}

/**
 * Reliability per scale over many responses. Reverse-keyed items are mirrored first (otherwise they
 * would lower alpha for the wrong reason); only complete cases per scale count, so a respondent who
 * skipped one motives item still counts for networking.
 */
export function scaleReliability(instrument: InstrumentDefinition, responses: readonly Answers[]): ScaleReliability[] {
  return instrument.scales.map((scale) => {
    const matrix: number[][] = [];
    for (const answers of responses) {
      const row = scale.items.map((code) => answers[code]);
      if (row.every((v): v is number => typeof v === 'number' && Number.isFinite(v)))
        matrix.push(row.map((v, j) => keyed(instrument, scale.items[j] ?? '', v)));
    }
    const n = matrix.length;
    const enough = n >= 2;
    const rs = enough ? itemTotalCorrelations(matrix) : [];
    return {
      scaleCode: scale.code,
      n,
      alpha: enough ? cronbachAlpha(matrix) : null,
      itemTotal: scale.items.map((item, j) => ({ item, r: rs[j] ?? null })),
    };
  });
}
