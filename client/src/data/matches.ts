import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type Match } from '../api/client';
import { call } from '../api/errors';
import type { RequestBody } from './contract';
import { keys } from './keys';

const SUGGESTION_LIMIT = 10;

/** People matching could pair the caller with; off while the caller's profile or vetting says it would refuse. */
export function useSuggestions({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.suggestions.list(SUGGESTION_LIMIT),
    queryFn: ({ signal }) => call(api.GET('/api/matching/suggestions', { params: { query: { limit: SUGGESTION_LIMIT } }, signal })),
    enabled,
  });
}

export function useMatches() {
  return useQuery({
    queryKey: keys.matches.list(),
    queryFn: ({ signal }) => call(api.GET('/api/matches', { signal })),
  });
}

export function useMatch(id: string) {
  return useQuery({
    queryKey: keys.matches.detail(id),
    queryFn: ({ signal }) => call(api.GET('/api/matches/{id}', { params: { path: { id } }, signal })),
  });
}

/**
 * After any change to a match, whether it went through or was refused because the match had moved
 * on: every match view and the suggestions (who can be asked depends on the matches one has).
 */
async function refreshMatches(queryClient: QueryClient, changed?: Match): Promise<void> {
  if (changed !== undefined) queryClient.setQueryData(keys.matches.detail(changed.id), changed);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.matches.all() }),
    queryClient.invalidateQueries({ queryKey: keys.suggestions.all() }),
  ]);
}

/** Asks a suggested person to be matched; the asker counts as having accepted. */
export function useAskForMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnerId: string) => call(api.POST('/api/matches', { body: { partnerId } })),
    onSettled: (match) => refreshMatches(queryClient, match),
  });
}

export function useAcceptMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/matches/{id}/accept', { params: { path: { id } } })),
    onSettled: (match) => refreshMatches(queryClient, match),
  });
}

export function useDeclineMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/matches/{id}/decline', 'post'> }) =>
      call(api.POST('/api/matches/{id}/decline', { params: { path: { id } }, body })),
    onSettled: (match) => refreshMatches(queryClient, match),
  });
}

/** Ends an active match; its planned meetups end with it. */
export function useEndMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/matches/{id}/end', 'post'> }) =>
      call(api.POST('/api/matches/{id}/end', { params: { path: { id } }, body })),
    onSettled: async (match) => {
      await Promise.all([refreshMatches(queryClient, match), queryClient.invalidateQueries({ queryKey: keys.meetups.all() })]);
    },
  });
}

/** Blocks a person: any match with them ends and they are never suggested again. */
export function useBlockPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: RequestBody<'/api/users/{id}/block', 'post'> }) =>
      call(api.POST('/api/users/{id}/block', { params: { path: { id: userId } }, body })),
    onSuccess: async () => {
      await Promise.all([refreshMatches(queryClient), queryClient.invalidateQueries({ queryKey: keys.meetups.all() })]);
    },
  });
}
