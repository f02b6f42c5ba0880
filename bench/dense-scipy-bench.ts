/**
 * Dense solver against SciPy's C `linear_sum_assignment` (shortest augmenting path, Crouse 2016)
 * on the same seeded instances with costs 1..1e6. Both sides time the solver alone, median of 3,
 * in this process and in one python3 process reading the instance from a temporary file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { solveDenseAssignmentFlat } from '../src/matching/domain/dense-assignment.js';
import { createSeededRandom, randomInt } from '../src/shared-domain/seeded-random.js';

const SIZES = [1000, 2000];
const SEED = 20261207;
const MAX_COST = 1_000_000;
const RUNS = 3;
const TARGET_RATIO = 3;

/** Reads the native-endian float64 matrix written below; prints the median time and the optimum. */
const SCIPY_SCRIPT = `
import json, sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment
size = int(sys.argv[2])
costs = np.fromfile(sys.argv[1], dtype=np.float64).reshape(size, size)
times = []
for _ in range(${RUNS}):
    start = time.perf_counter()
    rows, columns = linear_sum_assignment(costs)
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps({"ms": sorted(times)[len(times) // 2], "cost": float(costs[rows, columns].sum())}))
`;

interface Timing {
  ms: number;
  cost: number;
}

type ScipyOutcome = Timing | { skipped: string };

export function randomWideCosts(size: number, seed: number): Float64Array {
  const random = createSeededRandom(seed);
  const costs = new Float64Array(size * size);
  for (let index = 0; index < costs.length; index += 1) costs[index] = randomInt(random, 1, MAX_COST);
  return costs;
}

export function benchDenseAgainstScipy(log: (line: string) => void): void {
  log(`dense solver vs scipy linear_sum_assignment (costs 1..${MAX_COST}, solver alone, median of ${RUNS})`);
  log(formatRow(['n', 'scipy ms', 'ours ms', 'ours 1st ms', 'ratio', 'target', 'result']));
  const directory = mkdtempSync(join(tmpdir(), 'cg-dense-'));
  try {
    for (const size of SIZES) {
      const costs = randomWideCosts(size, SEED + size);
      const path = join(directory, `costs-${size}.f64`);
      writeFileSync(path, new Uint8Array(costs.buffer, costs.byteOffset, costs.byteLength));
      const scipy = runScipy(path, size);
      const ours = timeOurs(costs, size);
      log(formatRow(resultCells(size, scipy, ours)));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function resultCells(size: number, scipy: ScipyOutcome, ours: Timing & { firstMs: number }): Array<string | number> {
  const oursCells = [ours.ms.toFixed(1), ours.firstMs.toFixed(1)];
  if ('skipped' in scipy) return [size, 'skipped', ...oursCells, '-', `<= ${TARGET_RATIO}x`, scipy.skipped];
  if (scipy.cost !== ours.cost) throw new Error(`Dense solvers disagree at n=${size}: ours ${ours.cost}, scipy ${scipy.cost}`);
  const ratio = ours.ms / scipy.ms;
  const verdict = ratio <= TARGET_RATIO ? 'met' : 'not met';
  return [size, scipy.ms.toFixed(1), ...oursCells, `${ratio.toFixed(2)}x`, `<= ${TARGET_RATIO}x`, verdict];
}

function timeOurs(costs: Float64Array, size: number): Timing & { firstMs: number } {
  const times: number[] = [];
  let cost = Number.NaN;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    cost = solveDenseAssignmentFlat(costs, size).cost;
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((first, second) => first - second);
  return { ms: sorted[Math.floor(RUNS / 2)], firstMs: times[0], cost };
}

function runScipy(path: string, size: number): ScipyOutcome {
  const run = spawnSync('python3', ['-c', SCIPY_SCRIPT, path, String(size)], { encoding: 'utf8' });
  if (run.error !== undefined) return { skipped: 'python3 not found' };
  if (run.status !== 0) {
    return { skipped: /No module named/.test(run.stderr) ? 'numpy/scipy not installed' : `python3 failed: ${run.stderr.trim()}` };
  }
  return JSON.parse(run.stdout) as Timing;
}

function formatRow(cells: ReadonlyArray<string | number>): string {
  return cells.map((cell) => String(cell).padStart(12)).join(' ');
}
