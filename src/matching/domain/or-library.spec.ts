import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOrLibraryAssignment, solveOrLibrary } from './or-library.js';

/**
 * Shared benchmark data lives next to the repository (/work/shared when the repo is /work/main);
 * worktrees sit one level deeper, so look upwards. Not found → the path below fails the test.
 */
function findAssign100(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'benchmarks', 'orlib', 'assign100.txt');
    if (existsSync(candidate)) return candidate;
  }
  return 'shared/benchmarks/orlib/assign100.txt';
}
const ASSIGN100_PATH = findAssign100();
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
