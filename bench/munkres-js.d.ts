/** Minimal types for the CommonJS munkres-js package (used by benchmarks and test oracles only). */
declare module 'munkres-js' {
  /** Returns [row, column] pairs of a minimum-cost assignment of the given cost matrix. */
  function computeMunkres(costMatrix: number[][]): Array<[number, number]>;
  export = computeMunkres;
}
