/** The parts of a match page that a phone shows one at a time, and the keys that move between their tabs. */
export type MatchSection = 'chat' | 'meetups' | 'checkIn' | 'safety';

/**
 * The tab a key press moves to, following the ARIA tabs pattern: arrows wrap around, Home and End
 * jump to the ends; in a right-to-left language the left arrow moves forward. Undefined for other keys.
 */
export function tabAfterKey(key: string, current: number, count: number, direction: 'ltr' | 'rtl'): number | undefined {
  if (count === 0) return undefined;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (current + 1) % count;
    case backward:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
