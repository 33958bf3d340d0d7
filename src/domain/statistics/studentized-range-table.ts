import jStat from 'jstat';

/*
 * Games–Howell needs the studentized range at every pair's own (Welch) degrees of freedom, and jStat
 * computes it by numerical integration (≈ 0.4–1.5 ms for the tail) and inverts it by iteration
 * (5–10 ms for a quantile): a report of 30 groups on 13 scales has 5,655 pairs, which took about a
 * minute. From TABLE_FROM_DF on, both are smooth functions of u = 1/df, so they are read by cubic
 * (Lagrange, four-point) interpolation from exact values at u = 0, h, 2h, … 1/TABLE_FROM_DF:
 * - the quantile: one table of 11 values per (p, k), error below 2·10⁻⁶;
 * - the upper tail P(Q ≥ q): log P at q = 0, 1/8, 2/8, … (a column of 11 values per q node and k,
 *   built when first needed), interpolated in q and u; absolute error below 2·10⁻⁵, relative below
 *   2·10⁻⁴ where P > 10⁻⁴ — far finer than a p-value is read. Worth it only for many pairs.
 * Both are tested against the exact computation and scipy.
 */

export const TABLE_FROM_DF = 30;
const U_NODES = 10;
const U_STEP = 1 / TABLE_FROM_DF / U_NODES;
const Q_STEP = 1 / 8;
/** Stands in for infinite degrees of freedom: jStat uses the limiting distribution above 25,000. */
const INFINITE_DF = 1e7;
/** Bounds: a process sees few distinct (p, k); the bounds only guard against odd callers. */
const MAX_QUANTILE_TABLES = 256;
const MAX_TAIL_COLUMNS = 20_000;

const dfAt = (i: number): number => (i === 0 ? INFINITE_DF : 1 / (i * U_STEP));

/** Four-point Lagrange interpolation through values[0..3] at nodes first … first + 3, at x. */
function lagrange(values: readonly number[], first: number, x: number): number {
  let sum = 0;
  for (let a = 0; a < 4; a++) {
    let weight = 1;
    for (let b = 0; b < 4; b++) if (b !== a) weight *= (x - first - b) / (a - b);
    sum += weight * (values[a] ?? Number.NaN);
  }
  return sum;
}

/** The first of the four u nodes around x (in units of U_STEP), kept inside the table. */
const firstNode = (x: number): number => Math.min(Math.max(Math.floor(x) - 1, 0), U_NODES - 3);

const quantiles = new Map<string, number[]>();

/** The p-quantile for df ≥ TABLE_FROM_DF. */
export function tabulatedQuantile(p: number, k: number, df: number): number {
  const key = `${p}:${k}`;
  let table = quantiles.get(key);
  if (!table) {
    if (quantiles.size >= MAX_QUANTILE_TABLES) quantiles.clear();
    table = Array.from({ length: U_NODES + 1 }, (_, i) => jStat.tukey.inv(p, k, dfAt(i)));
    quantiles.set(key, table);
  }
  const x = 1 / df / U_STEP;
  const first = firstNode(x);
  return lagrange(table.slice(first, first + 4), first, x);
}

const tails = new Map<string, number[]>();

function tailColumn(k: number, j: number): number[] {
  const key = `${k}:${j}`;
  let column = tails.get(key);
  if (!column) {
    if (tails.size >= MAX_TAIL_COLUMNS) tails.clear();
    column = Array.from({ length: U_NODES + 1 }, (_, i) => Math.log(1 - jStat.tukey.cdf(j * Q_STEP, k, dfAt(i))));
    tails.set(key, column);
  }
  return column;
}

/**
 * P(Q ≥ q) for q ≥ 0 and df ≥ TABLE_FROM_DF, or null where the table cannot say (so far in the
 * tail that a node rounds to 0): the caller then computes it exactly.
 */
export function tabulatedUpperTail(q: number, k: number, df: number): number | null {
  const x = 1 / df / U_STEP;
  const y = q / Q_STEP;
  const fu = firstNode(x);
  const fq = Math.max(Math.floor(y) - 1, 0);
  const rows: number[] = [];
  for (let j = fq; j < fq + 4; j++) rows.push(lagrange(tailColumn(k, j).slice(fu, fu + 4), fu, x));
  const logP = lagrange(rows, fq, y);
  return Number.isFinite(logP) ? Math.min(1, Math.exp(logP)) : null;
}
