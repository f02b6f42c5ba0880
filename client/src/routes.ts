import type { Route } from './router';
import { isStaffTab, type StaffTab } from './staff/tabs';

/** What a signed-in person's address shows. */
export type Page =
  | { name: 'home' }
  | { name: 'profile' }
  | { name: 'onboarding' }
  | { name: 'suggestions' }
  | { name: 'matches' }
  | { name: 'match'; matchId: string }
  | { name: 'meetups' }
  | { name: 'notifications' }
  | { name: 'privacy' }
  | { name: 'programmes' }
  | { name: 'preferences' }
  | { name: 'two-factor' }
  | { name: 'staff'; tab: StaffTab; programmeId?: string; personId?: string }
  | { name: 'not-found' };

const SINGLE_PAGES = ['profile', 'programmes', 'suggestions', 'matches', 'meetups', 'notifications', 'privacy'] as const;
type SinglePage = (typeof SINGLE_PAGES)[number];

function isSinglePage(name: string): name is SinglePage {
  return (SINGLE_PAGES as readonly string[]).includes(name);
}

/**
 * The page for a signed-in person's route. The start page and the sign-up and log-in pages are
 * `home` (the shell sends the person to where they start); any address the app does not have is
 * `not-found`, never an endless "Loading…".
 */
export function pageFor({ segments }: Route): Page {
  const [first, second, third, ...rest] = segments;
  if (first === undefined || first === 'signup' || first === 'login') return { name: 'home' };
  if (rest.length > 0) return { name: 'not-found' };
  // One programme or one person in the staff console: /staff/programmes/<id>, /staff/people/<id>.
  if (third !== undefined) {
    if (first === 'staff' && second === 'people') return { name: 'staff', tab: 'people', personId: third };
    return first === 'staff' && second === 'programmes' ? { name: 'staff', tab: 'programmes', programmeId: third } : { name: 'not-found' };
  }
  if (first === 'matches' && second !== undefined) return { name: 'match', matchId: second };
  if (first === 'profile' && second === 'steps') return { name: 'onboarding' };
  if (first === 'account') return second === 'preferences' ? { name: 'preferences' } : second === 'two-factor' ? { name: 'two-factor' } : { name: 'not-found' };
  if (first === 'staff') {
    if (second === undefined) return { name: 'staff', tab: 'volunteers' };
    return isStaffTab(second) ? { name: 'staff', tab: second } : { name: 'not-found' };
  }
  if (isSinglePage(first) && second === undefined) return { name: first };
  return { name: 'not-found' };
}

/** Pages anyone may open, signed in or not: the ones the server's emails link to, and asking for a reset link. */
export const OPEN_PAGES = ['verify-email', 'reset-password', 'forgot-password', 'unsubscribe'] as const;
export type OpenPage = (typeof OPEN_PAGES)[number];

export function openPageFor({ segments }: Route): OpenPage | undefined {
  const [first, ...rest] = segments;
  return rest.length === 0 ? OPEN_PAGES.find((name) => name === first) : undefined;
}

/** What a signed-out person's address shows: the landing page at the start, sign-up, log in. */
export type SignedOutPage = 'landing' | 'signup' | 'login';

/** The signed-out page for an address, or undefined for one that needs a session (the shell sends that person to log in). */
export function signedOutPageFor({ segments }: Route): SignedOutPage | undefined {
  const [first] = segments;
  if (first === undefined) return 'landing';
  return first === 'signup' || first === 'login' ? first : undefined;
}

/** Pages only for someone signed out (a signed-in person is sent to where they start). */
export function isSignedOutPage(route: Route): boolean {
  return signedOutPageFor(route) !== undefined;
}
