import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { solveDenseAssignment } from '../matching/domain/dense-assignment.js';
import { parseOrLibraryAssignment } from '../matching/domain/or-library.js';

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
  const costs = parseOrLibraryAssignment(readFileSync(path, 'utf8'));
  const parsed = now();
  const { cost } = solveDenseAssignment(costs);
  const solved = now();
  return { n: costs.length, cost, ms: Math.round(solved - parsed), parseMs: Math.round(parsed - started) };
}
