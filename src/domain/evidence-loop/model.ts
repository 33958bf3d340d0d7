import type { RegressionSums } from '../statistics';

/*
 * The evidence loop relates growth in career competencies to what the platform records about
 * guidance. SQL returns, per programme, the sums of products of the per-student columns below
 * (intercept first); everything else is composed here. Programme dummies need no extra SQL:
 * a dummy's cross-products with any column are that programme's own sums, and two dummies never
 * overlap, so the dummy model's X'X is assembled from the per-programme blocks.
 */

/** Per-student columns after the intercept, in the order SQL returns them. */
export const EVIDENCE_COLUMNS = ['conversations', 'reflective', 'ownAgenda', 'careerTopics'] as const;
export type EvidenceColumn = (typeof EVIDENCE_COLUMNS)[number];
/** The form and content of conversations: known only for students who gave feedback in the period. */
export const FORM_COLUMNS: readonly EvidenceColumn[] = ['conversations', 'reflective', 'ownAgenda', 'careerTopics'];

export interface GroupSums {
  key: string;
  sums: RegressionSums;
}

/** Keeps the listed columns (0 = intercept) of X'X and X'y. */
export function selectColumns(s: RegressionSums, columns: readonly number[]): RegressionSums {
  return {
    n: s.n,
    xtx: columns.map((i) => columns.map((j) => s.xtx[i]?.[j] ?? 0)),
    xty: columns.map((i) => s.xty[i] ?? 0),
    yty: s.yty,
  };
}

export function addSums(parts: readonly RegressionSums[], width: number): RegressionSums {
  const out = {
    n: 0,
    xtx: Array.from({ length: width }, () => new Array<number>(width).fill(0)),
    xty: new Array<number>(width).fill(0),
    yty: 0,
  };
  for (const s of parts) {
    out.n += s.n;
    out.yty += s.yty;
    for (let i = 0; i < width; i++) {
      out.xty[i] = (out.xty[i] ?? 0) + (s.xty[i] ?? 0);
      const row = out.xtx[i] ?? [];
      for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) + (s.xtx[i]?.[j] ?? 0);
    }
  }
  return out;
}

/**
 * X'X for [intercept, x…, one dummy per non-reference group] from per-group sums over
 * [intercept, x…]. Returns the dummy columns in group order.
 */
export function withGroupDummies(groups: readonly GroupSums[], reference: string): { sums: RegressionSums; dummies: string[] } {
  const width = groups[0]?.sums.xty.length ?? 1;
  const pooled = addSums(groups.map((g) => g.sums), width);
  const others = groups.filter((g) => g.key !== reference);
  const k = width + others.length;
  const xtx = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (__, j) => (i < width && j < width ? pooled.xtx[i]?.[j] ?? 0 : 0)));
  const xty = [...pooled.xty, ...others.map(() => 0)];
  others.forEach((g, d) => {
    const c = width + d;
    const row = xtx[c] ?? [];
    for (let j = 0; j < width; j++) {
      // A dummy times column j sums column j over that group's rows: the group's row 0 of X'X.
      const v = g.sums.xtx[0]?.[j] ?? 0;
      row[j] = v;
      const other = xtx[j];
      if (other) other[c] = v;
    }
    row[c] = g.sums.n;
    xty[c] = g.sums.xty[0] ?? 0;
  });
  return { sums: { n: pooled.n, xtx, xty, yty: pooled.yty }, dummies: others.map((g) => g.key) };
}

export const OTHER_PROGRAMMES = '__other__';

/**
 * Which programmes may be shown: each of at least `min` students. Smaller ones are pooled into one
 * "other programmes" group when together they reach `min`; otherwise they stay out entirely, since
 * even pooled they would describe a handful of students.
 */
export function planGroups(groups: readonly { key: string; n: number }[], min: number): { shown: string[]; pooled: string[]; dropped: string[] } {
  const shown = groups.filter((g) => g.n >= min).map((g) => g.key);
  const small = groups.filter((g) => g.n < min);
  const smallN = small.reduce((a, g) => a + g.n, 0);
  return smallN >= min && small.length > 0
    ? { shown, pooled: small.map((g) => g.key), dropped: [] }
    : { shown, pooled: [], dropped: small.map((g) => g.key) };
}
