import { lazy, type ComponentType } from 'react';
import type { Route } from './router';
import { pageFor, type Page } from './routes';

/**
 * The signed-in pages, each in a chunk of its own: a first visit to the landing page fetches and runs
 * none of them, and a signed-in page fetches only its own.
 */
const loaders = {
  profile: () => import('./profile/ProfilePage'),
  onboarding: () => import('./profile/OnboardingPage'),
  suggestions: () => import('./matches/SuggestionsPage'),
  matches: () => import('./matches/MatchesPage'),
  match: () => import('./matches/MatchPage'),
  meetups: () => import('./meetups/MeetupsPage'),
  notifications: () => import('./notifications/NotificationsPage'),
  privacy: () => import('./privacy/PrivacyPage'),
  programmes: () => import('./programmes/MyProgrammesPage'),
  preferences: () => import('./account/PreferencesPage'),
  'two-factor': () => import('./two-factor/TwoFactorPage'),
} satisfies Partial<Record<Page['name'], () => Promise<unknown>>>;

function lazyPage<M, P>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

export const ProfilePage = lazyPage(loaders.profile, (module) => module.ProfilePage);
export const OnboardingPage = lazyPage(loaders.onboarding, (module) => module.OnboardingPage);
export const SuggestionsPage = lazyPage(loaders.suggestions, (module) => module.SuggestionsPage);
export const MatchesPage = lazyPage(loaders.matches, (module) => module.MatchesPage);
export const MatchPage = lazyPage(loaders.match, (module) => module.MatchPage);
export const MeetupsPage = lazyPage(loaders.meetups, (module) => module.MeetupsPage);
export const NotificationsPage = lazyPage(loaders.notifications, (module) => module.NotificationsPage);
export const PrivacyPage = lazyPage(loaders.privacy, (module) => module.PrivacyPage);
export const MyProgrammesPage = lazyPage(loaders.programmes, (module) => module.MyProgrammesPage);
export const PreferencesPage = lazyPage(loaders.preferences, (module) => module.PreferencesPage);
export const TwoFactorPage = lazyPage(loaders['two-factor'], (module) => module.TwoFactorPage);

/**
 * Starts fetching the chunk of the page an address shows while the session is still being asked
 * for, instead of after: the browser keeps the module, so the page's own import finds it loaded.
 */
export function preloadPageFor(route: Route): void {
  const { name } = pageFor(route);
  if (name in loaders) void loaders[name as keyof typeof loaders]().catch(() => undefined);
}
