import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, sessionStore } from '../api/client';
import { call } from '../api/errors';
import type { components } from '../api/schema';
import type { RequestBody } from './contract';
import { keys } from './keys';

export type Preferences = components['schemas']['PreferencesView'];
export type EmailChoices = Preferences['email'];
export type EmailChoice = keyof EmailChoices;
export type EmailLocale = NonNullable<RequestBody<'/api/me/preferences', 'put'>['locale']>;

/** Proves the address with the token from the verification email; a signed-in account learns it is verified. */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => call(api.POST('/api/auth/verify-email', { body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.me() }),
  });
}

/** A new verification link to the signed-in person (202 whether or not one is sent). */
export function useResendVerification() {
  return useMutation({ mutationFn: () => call(api.POST('/api/auth/verify-email/resend')) });
}

/** Asks for a reset link; the answer is the same for every address. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/auth/password-reset', 'post'>) => call(api.POST('/api/auth/password-reset', { body })),
  });
}

/** Sets a new password from a reset link. Every session of the account ends, this browser's too. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/auth/password-reset/confirm', 'post'>) => call(api.POST('/api/auth/password-reset/confirm', { body })),
    onSuccess: () => {
      // The session held here may be one the reset just revoked; nobody should find that account still open.
      if (typeof sessionStore.get() === 'string') sessionStore.set(null);
    },
  });
}

/** Changes the password; this session stays, every other one ends. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/me/password', 'put'>) => call(api.PUT('/api/me/password', { body })),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: keys.preferences(),
    queryFn: ({ signal }) => call(api.GET('/api/me/preferences', { signal })),
  });
}

/** Saves any part of the preferences; the answer is all of them. The locale is the account's, so `me` follows. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/me/preferences', 'put'>) => call(api.PUT('/api/me/preferences', { body })),
    onSuccess: async (preferences) => {
      queryClient.setQueryData(keys.preferences(), preferences);
      await queryClient.invalidateQueries({ queryKey: keys.me() });
    },
  });
}

/** One-click unsubscribe with the token from an email; no session needed. */
export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => call(api.POST('/api/unsubscribe', { params: { query: { token } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.preferences() }),
  });
}
