import { expect } from 'vitest';

/*
 * Relative comparison: reference values span 1e-10 to 400, so a fixed number of decimals would be
 * either too strict for large numbers or meaningless for small p-values.
 */
export function expectClose(actual: number | null | undefined, expected: number, relative = 1e-10): void {
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  const diff = Math.abs((actual ?? NaN) - expected);
  const allowed = relative * Math.max(Math.abs(expected), 1e-300);
  expect(diff, `${actual} vs ${expected}`).toBeLessThanOrEqual(allowed);
}

/** jstat's incomplete beta and studentized range agree with scipy to about 1e-8 relative. */
export const P_TOLERANCE = 1e-6;
