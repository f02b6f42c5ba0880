import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { User } from '../api/client';
import { useMe, useWebSession } from '../data/session';

interface SessionValue {
  /** undefined while the session is being checked; null when signed out (or the check failed). */
  user: User | null | undefined;
  /** Names this tab's session (its CSRF token): a new sign-in is a new key. null when signed out or not yet known. */
  sessionKey: string | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in: the session cookie's session, and the account `GET /api/me` gives for it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useWebSession();
  const signedIn = typeof session === 'string';
  const me = useMe(signedIn);
  // A check that failed after one that worked keeps the account; one that never worked signs out.
  const user = session === null ? null : !signedIn ? undefined : me.data ?? (me.isError ? null : undefined);
  const sessionKey = signedIn ? session : null;
  const value = useMemo<SessionValue>(() => ({ user, sessionKey }), [user, sessionKey]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
