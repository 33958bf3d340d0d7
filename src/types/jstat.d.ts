/*
 * jstat ships no type declarations. This covers only what src/domain/statistics uses, so a new
 * use has to be declared (and thought about) here first.
 */
declare module 'jstat' {
  interface JStatStatic {
    /** Regularised incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
    studentt: {
      cdf(x: number, df: number): number;
      inv(p: number, df: number): number;
    };
    /** Studentized range distribution (port of R's ptukey/qtukey); df must be at least 2. */
    tukey: {
      cdf(q: number, nmeans: number, df: number): number;
      inv(p: number, nmeans: number, df: number): number;
    };
  }
  const jStat: JStatStatic;
  export default jStat;
}
