/*
 * Inversion of a correlation matrix by Gauss–Jordan elimination, pivoting on the diagonal in the
 * given order. Without row swaps the pivot of column j equals 1 − R² of variable j on the variables
 * before it, so "pivot below tolerance" means exactly "variable j is (almost) a linear combination
 * of earlier ones" and we can name it.
 */

/** 1 − R² below this counts as collinear (R² > 0.9999999999). */
export const COLLINEARITY_TOLERANCE = 1e-10;

export type InverseResult = { ok: true; inverse: number[][] } | { ok: false; column: number };

export function invertCorrelationMatrix(r: readonly (readonly number[])[]): InverseResult {
  const k = r.length;
  const m = r.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  const at = (i: number, j: number) => m[i]?.[j] ?? 0;
  for (let p = 0; p < k; p++) {
    const pivot = at(p, p);
    if (!(pivot > COLLINEARITY_TOLERANCE)) return { ok: false, column: p };
    const pivotRow = (m[p] ?? []).map((v) => v / pivot);
    m[p] = pivotRow;
    for (let i = 0; i < k; i++) {
      if (i === p) continue;
      const factor = at(i, p);
      if (factor === 0) continue;
      m[i] = (m[i] ?? []).map((v, j) => v - factor * (pivotRow[j] ?? 0));
    }
  }
  return { ok: true, inverse: m.map((row) => row.slice(k)) };
}
