/**
 * OR-Library assignment instances (assign100.txt etc.): the first number is n, followed by
 * n*n integer costs in row-major order, whitespace-separated and freely wrapped across lines.
 */
import { solveDenseAssignment } from './dense-assignment.js';

export interface OrLibrarySolution {
  n: number;
  /** Minimum total cost. */
  cost: number;
  /** assignment[row] = column. */
  assignment: number[];
}

const INTEGER_TOKEN = /^[+-]?\d+$/;

export function parseOrLibraryAssignment(text: string): number[][] {
  const tokens = text.split(/\s+/).filter((token) => token.length > 0);
  if (tokens.length === 0) throw new Error('OR-Library assignment input is empty');
  const n = parseIntegerToken(tokens[0], 'the size n');
  if (n <= 0) throw new Error(`OR-Library assignment size n must be positive, got ${n}`);
  const expected = n * n;
  const found = tokens.length - 1;
  if (found !== expected) {
    throw new Error(`OR-Library assignment with n=${n} needs ${expected} costs, found ${found}`);
  }
  const rows: number[][] = [];
  for (let row = 0; row < n; row += 1) {
    const values: number[] = [];
    for (let column = 0; column < n; column += 1) {
      const position = 1 + row * n + column;
      values.push(parseIntegerToken(tokens[position], `cost at row ${row + 1}, column ${column + 1}`));
    }
    rows.push(values);
  }
  return rows;
}

export function solveOrLibrary(text: string): OrLibrarySolution {
  const costs = parseOrLibraryAssignment(text);
  const { assignment, cost } = solveDenseAssignment(costs);
  return { n: costs.length, cost, assignment };
}

function parseIntegerToken(token: string, description: string): number {
  if (!INTEGER_TOKEN.test(token)) throw new Error(`OR-Library assignment: ${description} is not an integer: "${token}"`);
  const value = Number(token);
  if (!Number.isSafeInteger(value)) throw new Error(`OR-Library assignment: ${description} is out of range: "${token}"`);
  return value;
}
