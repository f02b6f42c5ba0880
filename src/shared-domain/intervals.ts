/** A half-open span of time in epoch milliseconds: [start, end). */
export interface MsInterval {
  start: number;
  end: number;
}

/** Sorted, disjoint union; touching intervals merge, empty or inverted ones are dropped. */
export function unionIntervals(intervals: readonly MsInterval[]): MsInterval[] {
  const sorted = intervals.filter((interval) => interval.start < interval.end).sort((a, b) => a.start - b.start);
  const merged: MsInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

/** Intersection of two sorted, disjoint interval lists (two-pointer sweep). */
export function intersectIntervals(left: readonly MsInterval[], right: readonly MsInterval[]): MsInterval[] {
  const result: MsInterval[] = [];
  let i = 0;
  let j = 0;
  for (let a = left[i], b = right[j]; a !== undefined && b !== undefined; a = left[i], b = right[j]) {
    const start = Math.max(a.start, b.start);
    const end = Math.min(a.end, b.end);
    if (start < end) result.push({ start, end });
    // Advance whichever interval finishes first; the other may still overlap the next one.
    if (a.end < b.end) i += 1;
    else j += 1;
  }
  return result;
}
