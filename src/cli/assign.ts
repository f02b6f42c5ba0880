import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { solveOrLibrary } from '../matching/domain/or-library.js';

export interface AssignResult {
  n: number;
  cost: number;
  ms: number;
}

/** Solves an OR-Library assignment file (minimum cost); no database involved. */
export function assignFromFile(path: string): AssignResult {
  const text = readFileSync(path, 'utf8');
  const started = performance.now();
  const { n, cost } = solveOrLibrary(text);
  return { n, cost, ms: Math.round(performance.now() - started) };
}
