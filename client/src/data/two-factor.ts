import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { components } from '../api/schema';

export type TwoFactorStatus = components['schemas']['TwoFactorStatusView'];
export type TwoFactorEnrolment = components['schemas']['TwoFactorEnrolmentView'];

const statusKey = ['two-factor'] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: statusKey, queryFn: ({ signal }) => call(api.GET('/api/me/two-factor', { signal })) });
}

/** A new secret waiting for its first code; asking again replaces it. */
export function useStartEnrolment() {
  return useMutation({ mutationFn: () => call(api.POST('/api/me/two-factor/enrolment')) });
}

/** Turns two-factor sign-in on; the answer holds the recovery codes, shown this once. Other sessions end. */
export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call(api.POST('/api/me/two-factor/enrolment/confirm', { body: { code } })),
    // Everything refused while enrolment was required may answer now.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call(api.POST('/api/me/two-factor/recovery-codes', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string; code: string }) => call(api.DELETE('/api/me/two-factor', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: statusKey }),
  });
}
