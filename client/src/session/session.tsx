import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { User } from '../api/client';
import { useMe, useSessionToken } from '../data/session';

interface SessionValue {
  /** undefined while the stored token is being checked; null when signed out (or the check failed). */
  user: User | null | undefined;
  token: string | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in: the stored token, and the account `GET /api/me` gives for it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const token = useSessionToken();
  const me = useMe(token !== null);
  // A check that failed after one that worked keeps the account; one that never worked signs out.
  const user = token === null ? null : me.data ?? (me.isError ? null : undefined);
  const value = useMemo<SessionValue>(() => ({ user, token }), [user, token]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
