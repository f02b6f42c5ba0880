/**
 * Names sorted in code-unit order, with a max-population segment tree on top.
 *
 * A prefix selects one contiguous range of the sorted names, and names equal to the prefix sit at
 * its start. Picking the k most populous entries of a range costs O(k log n) through the tree,
 * however wide the range: "s" spans ~12,000 places and costs about as much as "amsterdam".
 */
import { firstPositionWhere } from './binary-search.js';
import { PackedStrings } from './packed-strings.js';

interface Range {
  readonly start: number;
  readonly end: number;
}

interface Candidate extends Range {
  /** Most populous position within [start, end). */
  readonly best: number;
}

export class PrefixIndex {
  /** The keys in position (sorted) order, packed: one index lives as long as the process. */
  private readonly keys: PackedStrings;
  private readonly refs: Int32Array;
  private readonly populations: Float64Array;
  /** Iterative segment tree: node i holds the best position below it; leaves start at keys.length. */
  private readonly bestPosition: Int32Array;

  /**
   * @param refsInKeyOrder the entries to index, as refs into the two other arrays, sorted by key
   *   (see sortRefsByKey); a ref is what topMatches hands back.
   */
  constructor(refsInKeyOrder: ArrayLike<number>, keysByRef: readonly string[], populationsByRef: ArrayLike<number>) {
    const size = refsInKeyOrder.length;
    this.refs = Int32Array.from(refsInKeyOrder);
    const keys = new Array<string>(size);
    this.populations = new Float64Array(size);
    for (let position = 0; position < size; position++) {
      keys[position] = keysByRef[this.refs[position]];
      this.populations[position] = populationsByRef[this.refs[position]];
    }
    this.keys = new PackedStrings(keys);
    this.bestPosition = this.buildTree();
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * Refs of up to `limit` entries whose key starts with `prefix`: exact matches first,
   * each group by population descending (ties: alphabetical by key, then by ref).
   */
  topMatches(prefix: string, limit: number): number[] {
    const start = this.firstPositionNotBefore(prefix);
    const end = this.firstPositionAfterPrefix(prefix, start);
    const exactEnd = this.firstPositionAfterExact(prefix, start, end);
    const exact = this.mostPopulous({ start, end: exactEnd }, limit);
    const rest = this.mostPopulous({ start: exactEnd, end }, limit - exact.length);
    return [...exact, ...rest].map((position) => this.refs[position]);
  }

  private buildTree(): Int32Array {
    const size = this.keys.length;
    const tree = new Int32Array(2 * size);
    for (let position = 0; position < size; position++) tree[size + position] = position;
    for (let node = size - 1; node >= 1; node--) tree[node] = this.better(tree[2 * node], tree[2 * node + 1]);
    return tree;
  }

  /** Positions of the `limit` most populous entries in the range, best first. */
  private mostPopulous(range: Range, limit: number): number[] {
    const chosen: number[] = [];
    // Splitting a candidate around its pick keeps every unpicked position covered by some candidate.
    const candidates: Candidate[] = [];
    this.addCandidate(candidates, range);
    while (chosen.length < limit && candidates.length > 0) {
      const pick = this.takeBestCandidate(candidates);
      chosen.push(pick.best);
      this.addCandidate(candidates, { start: pick.start, end: pick.best });
      this.addCandidate(candidates, { start: pick.best + 1, end: pick.end });
    }
    return chosen;
  }

  private addCandidate(candidates: Candidate[], range: Range): void {
    if (range.start < range.end) candidates.push({ ...range, best: this.bestIn(range) });
  }

  // There are never more than limit + 1 (≤ 11) candidates: a linear scan is cheaper than a heap.
  private takeBestCandidate(candidates: Candidate[]): Candidate {
    let winner = 0;
    for (let i = 1; i < candidates.length; i++) {
      if (this.better(candidates[i].best, candidates[winner].best) === candidates[i].best) winner = i;
    }
    const [pick] = candidates.splice(winner, 1);
    return pick;
  }

  private bestIn(range: Range): number {
    let best = -1;
    let low = range.start + this.keys.length;
    let high = range.end + this.keys.length;
    while (low < high) {
      if (low & 1) best = this.better(best, this.bestPosition[low++]);
      if (high & 1) best = this.better(best, this.bestPosition[--high]);
      low >>= 1;
      high >>= 1;
    }
    return best;
  }

  /** The more populous position; on a tie the earlier one, so results never depend on tree shape. */
  private better(a: number, b: number): number {
    if (a < 0) return b;
    if (b < 0) return a;
    const difference = this.populations[a] - this.populations[b];
    if (difference !== 0) return difference > 0 ? a : b;
    return Math.min(a, b);
  }

  private firstPositionNotBefore(prefix: string): number {
    return firstPositionWhere(0, this.keys.length, (position) => this.keys.compare(position, prefix) >= 0);
  }

  private firstPositionAfterPrefix(prefix: string, start: number): number {
    return firstPositionWhere(start, this.keys.length, (position) => !this.keys.startsWith(position, prefix));
  }

  private firstPositionAfterExact(prefix: string, start: number, end: number): number {
    return firstPositionWhere(start, end, (position) => !this.keys.equals(position, prefix));
  }
}

/** Refs 0..keys.length-1 sorted by key in code-unit order (the order `>=` and `startsWith` assume). */
export function sortRefsByKey(keys: readonly string[]): number[] {
  return Array.from(keys.keys()).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
}
