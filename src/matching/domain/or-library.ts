/**
 * OR-Library assignment instances (assign100.txt etc.): the first number is n, followed by
 * n*n integer costs in row-major order, whitespace-separated and freely wrapped across lines.
 */
import { solveDenseAssignmentFlat } from './dense-assignment.js';

export interface OrLibrarySolution {
  n: number;
  /** Minimum total cost. */
  cost: number;
  /** assignment[row] = column. */
  assignment: number[];
}

/** Costs row-major, costs[row * n + column], ready for solveDenseAssignmentFlat without a copy. */
export interface OrLibraryCosts {
  n: number;
  costs: Float64Array;
}

export function parseOrLibraryAssignment(text: string): number[][] {
  const { n, costs } = parseOrLibraryAssignmentFlat(text);
  return Array.from({ length: n }, (_, row) => Array.from(costs.subarray(row * n, row * n + n)));
}

/** One pass over the text, no token strings or regular expressions: files hold millions of costs. */
export function parseOrLibraryAssignmentFlat(text: string): OrLibraryCosts {
  const scanner = new IntegerTokenScanner(text);
  if (!scanner.next()) throw new Error('OR-Library assignment input is empty');
  const n = scanner.valueOrThrow('the size n');
  if (n <= 0) throw new Error(`OR-Library assignment size n must be positive, got ${n}`);
  const expected = n * n;
  // Each cost takes at least two characters, so a larger n cannot fit: count without allocating.
  const costs = new Float64Array(expected <= text.length ? expected : 0);
  let found = 0;
  let firstBadToken: string | undefined;
  while (scanner.next()) {
    if (found < costs.length && firstBadToken === undefined) {
      const problem = scanner.problem();
      if (problem === undefined) costs[found] = scanner.value;
      else firstBadToken = scanner.describe(`cost at row ${Math.floor(found / n) + 1}, column ${(found % n) + 1}`, problem);
    }
    found += 1;
  }
  if (found !== expected) throw new Error(`OR-Library assignment with n=${n} needs ${expected} costs, found ${found}`);
  if (firstBadToken !== undefined) throw new Error(firstBadToken);
  return { n, costs };
}

export function solveOrLibrary(text: string): OrLibrarySolution {
  const { n, costs } = parseOrLibraryAssignmentFlat(text);
  const { assignment, cost } = solveDenseAssignmentFlat(costs, n);
  return { n, cost, assignment };
}

const DIGIT_ZERO = 48;
const DIGIT_NINE = 57;
const PLUS = 43;
const MINUS = 45;

type TokenProblem = 'is not an integer' | 'is out of range';

/** Whitespace as the regular expression \s sees it. */
function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

/** Walks whitespace-separated tokens, reading each as an optionally signed decimal integer. */
class IntegerTokenScanner {
  private position = 0;
  private start = 0;
  private digits = 0;
  private onlyDigits = true;
  value = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next token; false when none is left. */
  next(): boolean {
    const { text } = this;
    let position = this.position;
    while (position < text.length && isWhitespace(text.charCodeAt(position))) position += 1;
    if (position >= text.length) return false;
    this.start = position;
    const sign = text.charCodeAt(position);
    if (sign === PLUS || sign === MINUS) position += 1;
    let value = 0;
    let digits = 0;
    let onlyDigits = true;
    for (; position < text.length; position += 1) {
      const code = text.charCodeAt(position);
      if (code >= DIGIT_ZERO && code <= DIGIT_NINE) {
        value = value * 10 + (code - DIGIT_ZERO);
        digits += 1;
      } else if (isWhitespace(code)) break;
      else onlyDigits = false;
    }
    this.position = position;
    this.digits = digits;
    this.onlyDigits = onlyDigits;
    // Digits accumulate exactly below 2^53, and anything above stays above, so the range check holds.
    this.value = sign === MINUS ? -value : value;
    return true;
  }

  problem(): TokenProblem | undefined {
    if (!this.onlyDigits || this.digits === 0) return 'is not an integer';
    return Number.isSafeInteger(this.value) ? undefined : 'is out of range';
  }

  describe(description: string, problem: TokenProblem): string {
    return `OR-Library assignment: ${description} ${problem}: "${this.text.slice(this.start, this.position)}"`;
  }

  valueOrThrow(description: string): number {
    const problem = this.problem();
    if (problem !== undefined) throw new Error(this.describe(description, problem));
    return this.value;
  }
}
