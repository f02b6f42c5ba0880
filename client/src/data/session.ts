import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, sessionStore, type SessionState, type User } from '../api/client';
import { call } from '../api/errors';
import type { RequestBody } from './contract';
import { keys } from './keys';
import { clearAllDrafts } from '../offline/draft-store';
import { endPushOnThisDevice } from '../offline/push-device';

/**
 * The web session as this tab knows it (its CSRF token, see sessionStore), following every change.
 * On first use it asks the server whether the cookie holds a session. Another (or no) session
 * starts from an empty cache: nothing of one account shows in the next.
 */
export function useWebSession(): SessionState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>(() => sessionStore.get());
  useEffect(() => {
    const listener = (next: SessionState, previous: SessionState): void => {
      // The first answer (undefined → known) keeps what was read ahead with this same cookie.
      if (previous !== undefined) queryClient.removeQueries();
      setState(next);
    };
    sessionStore.listeners.add(listener);
    if (sessionStore.get() === undefined) void probeSession();
    else setState(sessionStore.get());
    return () => {
      sessionStore.listeners.delete(listener);
    };
  }, [queryClient]);
  return state;
}

let probing: Promise<void> | undefined;

/** Whether the cookie holds a live session: its CSRF token if so; signed out for anything else. Asked once at a time. */
function probeSession(): Promise<void> {
  probing ??= call(api.GET('/api/auth/csrf')).then(
    (answer) => sessionStore.set(answer.csrfToken ?? null),
    () => sessionStore.set(null),
  ).finally(() => {
    probing = undefined;
  });
  return probing;
}

/**
 * The app's first question, asked before anything is drawn: whether the cookie holds a session,
 * and if it does, whose, straight away rather than once the page has drawn the answer.
 */
export async function openSession(queryClient: QueryClient): Promise<void> {
  await probeSession();
  if (typeof sessionStore.get() === 'string') await queryClient.prefetchQuery(meQuery());
}

/** The signed-in account (`GET /api/me`), asked only while there is a session. */
export function useMe(enabled: boolean) {
  return useQuery({ ...meQuery(), enabled });
}

function meQuery() {
  return queryOptions({
    queryKey: keys.me(),
    queryFn: ({ signal }) => call(api.GET('/api/me', { signal })),
  });
}

/** The web client always asks for a cookie session, so the answer carries a CSRF token, never the session token. */
function startSession(queryClient: QueryClient, result: { user: User; csrfToken: string } | { user: User; accessToken: string }): void {
  sessionStore.set('csrfToken' in result ? result.csrfToken : null);
  queryClient.setQueryData(keys.me(), result.user);
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/auth/signup', 'post'>) => call(api.POST('/api/auth/signup', { body })),
    onSuccess: (result) => startSession(queryClient, result),
  });
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/auth/login', 'post'>) => call(api.POST('/api/auth/login', { body })),
    onSuccess: (result) => startSession(queryClient, result),
  });
}

/** Ends the session here even when the server cannot be told. */
export function useLogOut() {
  return useMutation({
    mutationFn: () => call(api.POST('/api/auth/logout')),
    onSettled: () => {
      clearAllDrafts();
      void endPushOnThisDevice();
      sessionStore.set(null);
    },
  });
}

/** Saves the profile; the answer is the account as it now stands, and what matching offers may change with it. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/me/profile', 'put'>) => call(api.PUT('/api/me/profile', { body })),
    onSuccess: async (user) => {
      queryClient.setQueryData(keys.me(), user);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.suggestions.all() }),
        queryClient.invalidateQueries({ queryKey: keys.meetups.all() }),
      ]);
    },
  });
}

/** Everything the server holds about the person, read on demand and never cached. */
export function useExportMyData() {
  return useMutation({ mutationFn: () => call(api.GET('/api/me/export')) });
}

/** Erases the account; the session ends with it. */
/** `onErased` runs before the session ends (which unmounts the signed-in pages), e.g. to leave for sign-up. */
export function useEraseAccount(onErased: () => void) {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/me', 'delete'>) => call(api.DELETE('/api/me', { body })),
    onSuccess: () => {
      onErased();
      sessionStore.set(null);
    },
  });
}
