import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { solveDenseAssignmentFlat } from '../matching/domain/dense-assignment.js';
import { parseOrLibraryAssignmentFlat } from '../matching/domain/or-library.js';

export interface AssignResult {
  n: number;
  cost: number;
  /** The solver alone. */
  ms: number;
  /** Reading and parsing the file. */
  parseMs: number;
}

/** Solves an OR-Library assignment file (minimum cost); no database involved. */
export function assignFromFile(path: string, now: () => number = () => performance.now()): AssignResult {
  const started = now();
  const { n, costs } = parseOrLibraryAssignmentFlat(readFileSync(path, 'utf8'));
  const parsed = now();
  const { cost } = solveDenseAssignmentFlat(costs, n);
  const solved = now();
  return { n, cost, ms: Math.round(solved - parsed), parseMs: Math.round(parsed - started) };
}
