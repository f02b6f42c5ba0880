/**
 * A round's candidate pairs as parallel typed arrays (people as dense indexes into the round's
 * migrant and host lists), not one object per pair: a 50k × 50k round has millions of them.
 */
export interface RoundEdges {
  count: number;
  /** Migrant index of each edge. */
  left: Int32Array;
  /** Host index of each edge. */
  right: Int32Array;
  /** The pair's score. */
  weight: Float64Array;
}

/**
 * Grows by doubling; `finish` hands over copies trimmed to the edges pushed, and `clear` starts
 * again in the same arrays, so a worker evaluating slice after slice does not leave a trail of
 * outgrown arrays (off the JS heap, freed only when a collection happens to come) behind it.
 */
export class RoundEdgeList {
  private count = 0;
  private left = new Int32Array(1024);
  private right = new Int32Array(1024);
  private weight = new Float64Array(1024);

  get length(): number {
    return this.count;
  }

  push(left: number, right: number, weight: number): void {
    if (this.count === this.left.length) this.grow();
    this.left[this.count] = left;
    this.right[this.count] = right;
    this.weight[this.count] = weight;
    this.count += 1;
  }

  clear(): void {
    this.count = 0;
  }

  finish(): RoundEdges {
    const n = this.count;
    return { count: n, left: this.left.slice(0, n), right: this.right.slice(0, n), weight: this.weight.slice(0, n) };
  }

  private grow(): void {
    const size = this.left.length * 2;
    this.left = copyInto(new Int32Array(size), this.left);
    this.right = copyInto(new Int32Array(size), this.right);
    this.weight = copyInto(new Float64Array(size), this.weight);
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** The parts one after another, in the order given. */
export function concatEdges(parts: readonly RoundEdges[]): RoundEdges {
  const count = parts.reduce((total, part) => total + part.count, 0);
  const joined: RoundEdges = { count, left: new Int32Array(count), right: new Int32Array(count), weight: new Float64Array(count) };
  let offset = 0;
  for (const part of parts) {
    joined.left.set(part.left.subarray(0, part.count), offset);
    joined.right.set(part.right.subarray(0, part.count), offset);
    joined.weight.set(part.weight.subarray(0, part.count), offset);
    offset += part.count;
  }
  return joined;
}
