import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, tokenStore, type User } from '../api/client';
import { call } from '../api/errors';
import type { RequestBody } from './contract';
import { keys } from './keys';

/** The stored bearer token, following every change. Another (or no) token starts from an empty cache: nothing of one account shows in the next. */
export function useSessionToken(): string | null {
  const queryClient = useQueryClient();
  const [token, setToken] = useState(() => tokenStore.get());
  useEffect(() => {
    const listener = (next: string | null): void => {
      queryClient.removeQueries();
      setToken(next);
    };
    tokenStore.listeners.add(listener);
    return () => {
      tokenStore.listeners.delete(listener);
    };
  }, [queryClient]);
  return token;
}

/** The signed-in account (`GET /api/me`), asked only while there is a token. */
export function useMe(enabled: boolean) {
  return useQuery({
    queryKey: keys.me(),
    queryFn: ({ signal }) => call(api.GET('/api/me', { signal })),
    enabled,
  });
}

function startSession(queryClient: QueryClient, result: { accessToken: string; user: User }): void {
  tokenStore.set(result.accessToken);
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
    onSettled: () => tokenStore.set(null),
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
      tokenStore.set(null);
    },
  });
}
