import type { RegressionSums } from './regression';

/*
 * Builds X'X, X'y and y'y from rows, adding the intercept column. The server gets the same sums
 * from SQL (count(*), sum(x1), sum(x1*x2), …); this is for tests and small in-memory data.
 */
export function crossProducts(rows: readonly (readonly number[])[], y: readonly number[]): RegressionSums {
  if (rows.length !== y.length) throw new RangeError(`${rows.length} rows but ${y.length} outcomes`);
  const width = (rows[0]?.length ?? 0) + 1;
  const xtx = Array.from({ length: width }, () => new Array<number>(width).fill(0));
  const xty = new Array<number>(width).fill(0);
  let yty = 0;
  rows.forEach((row, r) => {
    if (row.length !== width - 1) throw new RangeError(`row ${r} has ${row.length} values, expected ${width - 1}`);
    const x = [1, ...row];
    const yr = y[r] ?? 0;
    x.forEach((xi, i) => {
      const target = xtx[i] ?? [];
      x.forEach((xj, j) => {
        target[j] = (target[j] ?? 0) + xi * xj;
      });
      xty[i] = (xty[i] ?? 0) + xi * yr;
    });
    yty += yr * yr;
  });
  return { n: rows.length, xtx, xty, yty };
}

/** Adds sums from separate batches (e.g. per cohort) into one. */
export function addCrossProducts(a: RegressionSums, b: RegressionSums): RegressionSums {
  return {
    n: a.n + b.n,
    xtx: a.xtx.map((row, i) => row.map((v, j) => v + (b.xtx[i]?.[j] ?? 0))),
    xty: a.xty.map((v, i) => v + (b.xty[i] ?? 0)),
    yty: a.yty + b.yty,
  };
}
