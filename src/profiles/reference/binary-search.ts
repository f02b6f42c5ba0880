/**
 * The first position in [low, high) where `isPast` holds, or `high` when it holds nowhere. `isPast`
 * must be false, then true, over the range (false for a prefix, true for the rest).
 */
export function firstPositionWhere(low: number, high: number, isPast: (position: number) => boolean): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
