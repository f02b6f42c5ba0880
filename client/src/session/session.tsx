import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, tokenStore, type User } from '../api/client';
import { ApiError, call } from '../api/errors';

interface SessionValue {
  /** undefined while the stored token is being checked. */
  user: User | null | undefined;
  token: string | null;
  signedIn(token: string, user: User): void;
  setUser(user: User): void;
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(() => tokenStore.get());
  const [user, setUser] = useState<User | null | undefined>(token === null ? null : undefined);

  useEffect(() => {
    const listener = (next: string | null): void => {
      setToken(next);
      if (next === null) setUser(null);
    };
    tokenStore.listeners.add(listener);
    return () => {
      tokenStore.listeners.delete(listener);
    };
  }, []);

  const refresh = useCallback(async () => {
    if (tokenStore.get() === null) return setUser(null);
    try {
      setUser(await call(api.GET('/api/me')));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) tokenStore.set(null);
      else setUser((current) => current ?? null);
    }
  }, []);

  useEffect(() => {
    if (token !== null && user === undefined) void refresh();
  }, [token, user, refresh]);

  const value = useMemo<SessionValue>(
    () => ({
      user,
      token,
      signedIn(newToken, newUser) {
        tokenStore.set(newToken);
        setUser(newUser);
      },
      setUser,
      refresh,
      async logout() {
        try {
          await call(api.POST('/api/auth/logout'));
        } finally {
          tokenStore.set(null);
        }
      },
    }),
    [user, token, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
