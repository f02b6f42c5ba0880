import { fileURLToPath } from 'node:url';
import { assignFromFile } from './assign.js';

/** The repository's copy of ../shared/benchmarks/orlib/assign100.txt, so the test runs wherever the repo is cloned. */
const ASSIGN100 = fileURLToPath(new URL('../../test/fixtures/orlib/assign100.txt', import.meta.url));

describe('cli assign', () => {
  it('solves OR-Library assign100 to the published optimum 305', () => {
    const result = assignFromFile(ASSIGN100);
    expect(result).toEqual({ n: 100, cost: 305, ms: expect.any(Number) as unknown, parseMs: expect.any(Number) as unknown });
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(result.parseMs).toBeGreaterThanOrEqual(0);
  });

  it('times the solver alone as ms and reading and parsing as parseMs', () => {
    // The clock is read when reading starts, when parsing ends and when solving ends.
    const readings = [1000, 1007, 1010];
    const result = assignFromFile(ASSIGN100, () => readings.shift() ?? Number.NaN);
    expect(result).toMatchObject({ parseMs: 7, ms: 3 });
    expect(readings).toEqual([]);
  });

  it('refuses a malformed file with a clear message', () => {
    expect(() => assignFromFile(fileURLToPath(import.meta.url))).toThrow(/OR-Library assignment/);
  });
});
