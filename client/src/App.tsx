import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from './api/client';
import { ForgotPasswordPage } from './account/ForgotPasswordPage';
import { ResetPasswordPage } from './account/ResetPasswordPage';
import { UnsubscribePage } from './account/UnsubscribePage';
import { VerifyEmailPage } from './account/VerifyEmailPage';
import { LanguageSelector } from './components/LanguageSelector';
import { Notice } from './components/Field';
import { ToastProvider } from './components/Toast';
import { createQueryClient } from './data/query-client';
import { useLogOut } from './data/session';
import { translateNotification } from './i18n/translate-api';
import { LandingPage } from './landing/LandingPage';
import { MatchesPage, MatchPage, MeetupsPage, MyProgrammesPage, NotificationsPage, OnboardingPage, PreferencesPage, PrivacyPage, ProfilePage, SuggestionsPage, TwoFactorPage } from './lazy-pages';
import { NotificationsProvider, useLatestNotification, useNotificationFeed } from './notifications/notifications';
import { LoginPage, SignUpPage } from './pages/AuthPages';
import { NotFoundPage } from './pages/NotFoundPage';
import { OfflineNotice } from './offline/OfflineNotice';
import { closeRealtime } from './realtime';
import { hashParam, href, navigate, parseHash, useRoute, type Route } from './router';
import { isSignedOutPage, openPageFor, pageFor, signedOutPageFor, type OpenPage } from './routes';
import { homeFor } from './session/home';
import { isStaffRole } from './session/roles';
import { SessionProvider, useSession } from './session/session';
import { Button } from './components/Button';

const StaffPage = lazy(() => import('./staff/StaffPage'));

/** The app, with its one cache of server data (made here unless main.tsx made it to read ahead into). */
export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <NotificationsProvider>
          <ToastProvider>
            <Shell />
          </ToastProvider>
        </NotificationsProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { user } = useSession();
  const logOut = useLogOut();
  const route = useRoute();
  const latest = useLatestNotification();

  const signedOutPage = isSignedOutPage(route);
  useEffect(() => {
    // The address as it is now: a page may have moved on since this render (deleting the account
    // leaves for sign-up as the session ends).
    const now = parseHash(window.location.hash);
    if (user === null && !isSignedOutPage(now) && openPageFor(now) === undefined) navigate('/login');
    if (user !== null && user !== undefined && (signedOutPage || route.path === '/')) navigate(homeFor(user));
    if (user === null) closeRealtime();
  }, [user, signedOutPage, route.path]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <a className="brand" href={href('/')}>Common Ground</a>
        {user === null || user === undefined ? null : <MainNav user={user} route={route} />}
        <div className="header-tools">
          <LanguageSelector />
          {user === null || user === undefined ? null : (
            <Button variant="secondary" disabled={logOut.isPending} onClick={() => logOut.mutate(undefined, { onSettled: () => navigate('/login') })}>
              {t('nav.logout')}
            </Button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <OfflineNotice />
        {user?.status === 'suspended' ? <Notice kind="error">{t('account.suspended')}</Notice> : null}
        {latest === undefined ? null : <p className="visually-hidden" role="status">{translateNotification(t, latest)}</p>}
        {user === undefined ? <p role="status">{t('common.loading')}</p> : <Suspense fallback={<p role="status">{t('common.loading')}</p>}><Page route={route} user={user} /></Suspense>}
      </main>
    </>
  );
}

function MainNav({ user, route }: { user: User; route: Route }) {
  const { t } = useTranslation();
  const { unread } = useNotificationFeed();
  const links: Array<[string, string]> =
    isStaffRole(user.role)
      ? [['/staff/volunteers', t('nav.staff')], ['/account/preferences', t('nav.account')], ['/privacy', t('nav.privacy')]]
      : [
          ['/profile', t('nav.profile')],
          ['/programmes', t('nav.programmes')],
          ['/suggestions', t('nav.suggestions')],
          ['/matches', t('nav.matches')],
          ['/meetups', t('nav.meetups')],
          ['/notifications', unread > 0 ? t('nav.notificationsUnread', { count: unread }) : t('nav.notifications')],
          ['/account/preferences', t('nav.account')],
          ['/privacy', t('nav.privacy')],
        ];
  const section = `/${route.segments[0] ?? ''}`;
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {links.map(([path, label]) => (
          <li key={path}>
            <a href={href(path)} aria-current={path.startsWith(section) && section !== '/' ? 'page' : undefined}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Page({ route, user }: { route: Route; user: User | null }) {
  const { t } = useTranslation();
  const open = openPageFor(route);
  if (open !== undefined) return <OpenPageView page={open} />;
  if (user === null) {
    const signedOut = signedOutPageFor(route);
    return signedOut === 'landing' ? <LandingPage /> : signedOut === 'signup' ? <SignUpPage /> : <LoginPage />;
  }
  const page = pageFor(route);
  switch (page.name) {
    case 'home':
      // The shell is on its way to where this person starts.
      return <p role="status">{t('common.loading')}</p>;
    case 'profile':
      return <ProfilePage />;
    case 'onboarding':
      return <OnboardingPage />;
    case 'suggestions':
      return <SuggestionsPage />;
    case 'matches':
      return <MatchesPage />;
    case 'match':
      return <MatchPage key={page.matchId} matchId={page.matchId} />;
    case 'meetups':
      return <MeetupsPage />;
    case 'notifications':
      return <NotificationsPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'programmes':
      return <MyProgrammesPage />;
    case 'preferences':
      return <PreferencesPage />;
    case 'two-factor':
      return <TwoFactorPage />;
    case 'staff':
      return isStaffRole(user.role) ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <StaffPage tab={page.tab} programmeId={page.programmeId} personId={page.personId} role={user.role} />
        </Suspense>
      ) : <Notice kind="error">{t('errors.status.403')}</Notice>;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The pages emails link to, signed in or not; each reads its token once, from the address it opened with. */
function OpenPageView({ page }: { page: OpenPage }) {
  const given = hashParam(window.location.hash, 'token');
  const token = given === null || given.trim() === '' ? null : given;
  switch (page) {
    case 'verify-email':
      return <VerifyEmailPage key={token} token={token} />;
    case 'reset-password':
      return <ResetPasswordPage key={token} token={token} />;
    case 'forgot-password':
      return <ForgotPasswordPage />;
    case 'unsubscribe':
      return <UnsubscribePage key={token} token={token} />;
  }
}
