import { tTwoSided } from './distributions';

/*
 * Pearson correlations from pairwise-complete sufficient statistics. For every pair of variables
 * SQL sums over the rows where BOTH are answered (count, Σx, Σy, Σx², Σy², Σxy), so each cell has
 * its own n and nobody is dropped from all cells for skipping one question. The p-value is the
 * usual t-test on r with n − 2 degrees of freedom.
 */

export interface PairSums {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

export interface Correlation {
  n: number;
  /** null when undefined: fewer than 2 pairs or a variable without variance. */
  r: number | null;
  /** null below 3 pairs (no degrees of freedom left) or when r is undefined. */
  p: number | null;
}

export function correlationFromSums(s: PairSums): Correlation {
  const { n } = s;
  if (n < 2) return { n, r: null, p: null };
  const sxx = s.sumXX - (s.sumX * s.sumX) / n;
  const syy = s.sumYY - (s.sumY * s.sumY) / n;
  const sxy = s.sumXY - (s.sumX * s.sumY) / n;
  // Relative threshold: rounding in the sums can leave a constant variable with a tiny positive Sxx.
  const tiny = (sum2: number, sum: number) => sum2 <= 1e-12 * Math.max(1, (sum * sum) / n);
  if (tiny(sxx, s.sumX) || tiny(syy, s.sumY)) return { n, r: null, p: null };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  if (n < 3) return { n, r, p: null };
  const df = n - 2;
  const p = Math.abs(r) === 1 ? 0 : tTwoSided((r * Math.sqrt(df)) / Math.sqrt(1 - r * r), df);
  return { n, r, p };
}

export interface CorrelationInput {
  variables: readonly string[];
  /** Sums per unordered pair; a pair may be given as (a, b) or (b, a). */
  pairs: readonly { a: string; b: string; sums: PairSums }[];
}

export interface CorrelationMatrix {
  variables: string[];
  /** cells[i][j] for variables i and j; the diagonal and pairs without sums are null. */
  cells: (Correlation | null)[][];
}

export function correlationMatrix(input: CorrelationInput): CorrelationMatrix {
  const key = (a: string, b: string) => JSON.stringify(a < b ? [a, b] : [b, a]);
  const byPair = new Map(input.pairs.map((p) => [key(p.a, p.b), correlationFromSums(p.sums)]));
  const cells = input.variables.map((a) => input.variables.map((b) => (a === b ? null : (byPair.get(key(a, b)) ?? null))));
  return { variables: [...input.variables], cells };
}

/**
 * Pairwise-complete sums from columns of answers (null = skipped). The server gets the same sums
 * from SQL; this exists for tests and small in-memory data.
 */
export function pairwiseSums(columns: Readonly<Record<string, readonly (number | null)[]>>): CorrelationInput {
  const variables = Object.keys(columns);
  const pairs: CorrelationInput['pairs'][number][] = [];
  variables.forEach((a, i) => {
    variables.slice(i + 1).forEach((b) => {
      const xs = columns[a] ?? [];
      const ys = columns[b] ?? [];
      const sums: PairSums = { n: 0, sumX: 0, sumY: 0, sumXX: 0, sumYY: 0, sumXY: 0 };
      xs.forEach((x, row) => {
        const y = ys[row];
        if (x === null || y === null || y === undefined) return;
        sums.n += 1;
        sums.sumX += x;
        sums.sumY += y;
        sums.sumXX += x * x;
        sums.sumYY += y * y;
        sums.sumXY += x * y;
      });
      pairs.push({ a, b, sums });
    });
  });
  return { variables, pairs };
}
