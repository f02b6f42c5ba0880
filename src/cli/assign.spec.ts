import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignFromFile } from './assign.js';

/** shared/benchmarks sits beside the checkout (../shared); worktrees nest one level deeper. */
function findAssign100(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'benchmarks', 'orlib', 'assign100.txt');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('shared/benchmarks/orlib/assign100.txt not found above the repository'); // must fail, not skip
}

describe('cli assign', () => {
  it('solves OR-Library assign100 to the published optimum 305', () => {
    const result = assignFromFile(findAssign100());
    expect(result).toEqual({ n: 100, cost: 305, ms: expect.any(Number) as unknown });
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('refuses a malformed file with a clear message', () => {
    expect(() => assignFromFile(fileURLToPath(import.meta.url))).toThrow(/OR-Library assignment/);
  });
});
