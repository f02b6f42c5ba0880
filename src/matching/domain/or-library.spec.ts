import { readFileSync } from 'node:fs';
import { parseOrLibraryAssignment, parseOrLibraryAssignmentFlat, solveOrLibrary } from './or-library.js';

/** Shared benchmark data lives next to the repository: /work/shared when the repo is /work/main. */
// A copy of ../shared/benchmarks/orlib/assign100.txt kept in the repo, so the test runs wherever the repo is cloned.
const ASSIGN100_PATH = new URL('../../../test/fixtures/orlib/assign100.txt', import.meta.url);
/** Published optimum of OR-Library assign100 (Beasley). */
const ASSIGN100_OPTIMUM = 305;

describe('parseOrLibraryAssignment', () => {
  it('reads n then n*n costs row-major, wrapped across lines', () => {
    const text = ' 3\n 1 2\n3 4 5 6\n\t7 8 9 \n';
    expect(parseOrLibraryAssignment(text)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });

  it('reads the same costs into a flat row-major array, whatever whitespace separates them', () => {
    const parsed = parseOrLibraryAssignmentFlat('2\r\n-1\u00a0+2\f30\v 4\n');
    expect(parsed.n).toBe(2);
    expect(Array.from(parsed.costs)).toEqual([-1, 2, 30, 4]);
  });

  it('rejects costs beyond the exact integer range, naming their position', () => {
    expect(() => parseOrLibraryAssignment('1\n9007199254740993')).toThrow(/row 1, column 1 is out of range: "9007199254740993"/);
    expect(parseOrLibraryAssignment('1\n9007199254740991')).toEqual([[9007199254740991]]);
  });

  it('reports a wrong count before a bad token, and a size too large for the text without allocating it', () => {
    expect(() => parseOrLibraryAssignment('2\n1 x 3')).toThrow(/needs 4 costs, found 3/);
    expect(() => parseOrLibraryAssignment('100000 1 2')).toThrow(/needs 10000000000 costs, found 2/);
    expect(() => parseOrLibraryAssignment('2\n1 2 - 4')).toThrow(/row 2, column 1 is not an integer: "-"/);
  });

  it('rejects a wrong number of costs', () => {
    expect(() => parseOrLibraryAssignment('2\n1 2 3')).toThrow(/needs 4 costs, found 3/);
    expect(() => parseOrLibraryAssignment('2\n1 2 3 4 5')).toThrow(/needs 4 costs, found 5/);
  });

  it('rejects non-numeric tokens, naming their position', () => {
    expect(() => parseOrLibraryAssignment('2\n1 2\n3 x')).toThrow(/row 2, column 2 is not an integer: "x"/);
    expect(() => parseOrLibraryAssignment('2\n1 2.5\n3 4')).toThrow(/row 1, column 2/);
    expect(() => parseOrLibraryAssignment('two 1 2 3 4')).toThrow(/size n is not an integer/);
  });

  it('rejects empty input and non-positive sizes', () => {
    expect(() => parseOrLibraryAssignment('  \n ')).toThrow(/empty/);
    expect(() => parseOrLibraryAssignment('0')).toThrow(/must be positive, got 0/);
    expect(() => parseOrLibraryAssignment('-2 1 2 3 4')).toThrow(/must be positive, got -2/);
  });
});

describe('solveOrLibrary', () => {
  it('solves a small instance to the cost of its returned permutation', () => {
    const solution = solveOrLibrary('3\n4 1 3\n2 0 5\n3 2 2');
    expect(solution.n).toBe(3);
    expect(solution.cost).toBe(5); // 1 + 2 + 2 is the only assignment below 6 (checked by hand)
    expect(solution.assignment).toEqual([1, 0, 2]);
  });

  it('finds the published optimum 305 of OR-Library assign100', () => {
    const text = readFileSync(ASSIGN100_PATH, 'utf8'); // a missing file must fail the test, not skip it
    const costs = parseOrLibraryAssignment(text);
    const solution = solveOrLibrary(text);
    expect(solution.n).toBe(100);
    expect(solution.cost).toBe(ASSIGN100_OPTIMUM);
    expect(new Set(solution.assignment).size).toBe(100);
    expect(solution.assignment.reduce((total, column, row) => total + costs[row][column], 0)).toBe(ASSIGN100_OPTIMUM);
  });
});
