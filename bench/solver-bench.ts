/**
 * Solver micro-benchmarks, called by the matching benchmark:
 * dense LAPJV vs munkres-js on a seeded 1000x1000 instance, dense LAPJV vs scipy at 1000 and
 * 2000 with costs 1..1e6 (dense-scipy-bench.ts), and the sparse capacitated
 * solver vs the greedy baseline on a seeded 10k x 10k matching round.
 */
import { performance } from 'node:perf_hooks';
import munkres from 'munkres-js';
import { solveCapacitatedAssignment, type CapacitatedAssignmentProblem } from '../src/matching/domain/assignment.js';
import { solveDenseAssignment } from '../src/matching/domain/dense-assignment.js';
import { greedyCapacitatedAssignment } from '../src/matching/domain/greedy.js';
import { createSeededRandom, randomInt } from '../src/shared-domain/seeded-random.js';
import { benchDenseAgainstScipy } from './dense-scipy-bench.js';

const DENSE_SIZE = 1000;
const DENSE_SEED = 20240601;
const SPARSE_SIZE = 10_000;
const SPARSE_SEED = 7;

export async function benchSolvers(log: (line: string) => void): Promise<void> {
  // Yield once so the caller's pending output is flushed before the long synchronous runs.
  await new Promise<void>((resolve) => setImmediate(resolve));
  benchDense(log);
  benchDenseAgainstScipy(log);
  benchSparse(log);
}

export function randomDenseCosts(size: number, seed: number): number[][] {
  const random = createSeededRandom(seed);
  return Array.from({ length: size }, () => Array.from({ length: size }, () => randomInt(random, 1, 100)));
}

/** A matching-round-like instance: 20-50 candidate hosts per migrant, fractional scores, capacities 1..3. */
export function randomSparseProblem(size: number, seed: number): CapacitatedAssignmentProblem {
  const random = createSeededRandom(seed);
  const rightCapacities = Array.from({ length: size }, () => randomInt(random, 1, 3));
  const edges: CapacitatedAssignmentProblem['edges'][number][] = [];
  for (let left = 0; left < size; left += 1) {
    const degree = randomInt(random, 20, 50);
    const seen = new Set<number>();
    while (seen.size < degree) seen.add(randomInt(random, 0, size - 1));
    for (const right of seen) edges.push({ left, right, weight: Math.round(random() * 10_000) / 100 });
  }
  return { leftCount: size, rightCapacities, edges };
}

function timed<T>(run: () => T): { result: T; milliseconds: number } {
  const start = performance.now();
  const result = run();
  return { result, milliseconds: performance.now() - start };
}

function benchDense(log: (line: string) => void): void {
  const costs = randomDenseCosts(DENSE_SIZE, DENSE_SEED);
  const ours = timed(() => solveDenseAssignment(costs));
  const reference = timed(() => munkres(costs.map((row) => [...row])));
  const referenceCost = reference.result.reduce((total, [row, column]) => total + costs[row][column], 0);
  if (referenceCost !== ours.result.cost) {
    throw new Error(`Dense solvers disagree: LAPJV ${ours.result.cost}, munkres-js ${referenceCost}`);
  }
  log('dense assignment (integer costs 1..100)');
  log(formatRow(['n', 'ours ms', 'munkres ms', 'ratio', 'cost']));
  const ratio = (ours.milliseconds / reference.milliseconds).toFixed(4);
  log(formatRow([DENSE_SIZE, ours.milliseconds.toFixed(1), reference.milliseconds.toFixed(1), ratio, ours.result.cost]));
}

function benchSparse(log: (line: string) => void): void {
  const problem = randomSparseProblem(SPARSE_SIZE, SPARSE_SEED);
  const exact = timed(() => solveCapacitatedAssignment(problem));
  const greedy = timed(() => greedyCapacitatedAssignment(problem));
  log(`capacitated assignment (${SPARSE_SIZE}x${SPARSE_SIZE}, ${problem.edges.length} edges, capacities 1..3)`);
  log(formatRow(['solver', 'ms', 'pairs', 'total weight']));
  log(formatRow(['exact', exact.milliseconds.toFixed(1), exact.result.pairs.length, exact.result.totalWeight.toFixed(2)]));
  log(formatRow(['greedy', greedy.milliseconds.toFixed(1), greedy.result.pairs.length, greedy.result.totalWeight.toFixed(2)]));
}

function formatRow(cells: ReadonlyArray<string | number>): string {
  return cells.map((cell) => String(cell).padStart(12)).join(' ');
}
