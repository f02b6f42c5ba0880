/**
 * A read-only list of strings kept as one string and the offsets where each ends.
 *
 * The gazetteer holds a few hundred thousand names and search keys for the life of the process. As
 * separate strings they are as many heap objects, which every full garbage collection visits
 * again; packed, they are two. Comparisons read the packed text in place, so searching allocates
 * nothing; `at` copies one string out.
 */
export class PackedStrings {
  private readonly text: string;
  /** ends[i] is where string i ends in `text`; it starts where string i - 1 ends. */
  private readonly ends: Uint32Array;

  constructor(strings: readonly string[]) {
    this.ends = new Uint32Array(strings.length);
    let end = 0;
    strings.forEach((string, i) => {
      end += string.length;
      this.ends[i] = end;
    });
    this.text = strings.join('');
  }

  get length(): number {
    return this.ends.length;
  }

  at(i: number): string {
    return this.text.slice(this.start(i), this.ends[i]);
  }

  /** Like `strings[i].startsWith(prefix)`. */
  startsWith(i: number, prefix: string): boolean {
    const start = this.start(i);
    return this.ends[i] - start >= prefix.length && this.text.startsWith(prefix, start);
  }

  /** Like `strings[i] === other`. */
  equals(i: number, other: string): boolean {
    return this.ends[i] - this.start(i) === other.length && this.startsWith(i, other);
  }

  /** Negative, zero or positive as `strings[i]` sorts before, with or after `other` in code-unit order (as `<` does). */
  compare(i: number, other: string): number {
    const start = this.start(i);
    const length = this.ends[i] - start;
    const common = Math.min(length, other.length);
    for (let k = 0; k < common; k++) {
      const difference = this.text.charCodeAt(start + k) - other.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - other.length;
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1];
  }
}
