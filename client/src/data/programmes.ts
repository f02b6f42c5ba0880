import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import { keys } from './keys';
import { type CheckInInput, type JoinProgrammeInput } from './programme-api';

/** The open programmes whose region holds the place; nothing is asked without a place. */
export function useProgrammesNear(placeId: string | undefined) {
  return useQuery({
    queryKey: keys.programmes.near(placeId ?? ''),
    queryFn: placeId === undefined ? skipToken : ({ signal }) => call(api.GET('/api/programmes', { params: { query: { placeId } }, signal })),
  });
}

/** Every open programme, wherever it runs; anyone may ask (the landing page names who runs them). */
export function useOpenProgrammes() {
  return useQuery({
    queryKey: keys.programmes.open(),
    queryFn: ({ signal }) => call(api.GET('/api/programmes', { signal })),
  });
}

/** The caller's memberships, the ones they left included. */
export function useMyProgrammes() {
  return useQuery({
    queryKey: keys.programmes.mine(),
    queryFn: ({ signal }) => call(api.GET('/api/me/programmes', { signal })),
  });
}

/**
 * Joining or leaving changes who matching may suggest and (on leaving) ends matches in the
 * programme, so every view of those is asked again, and the account with its memberships.
 */
async function refreshAfterMembership(queryClient: ReturnType<typeof useQueryClient>): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.programmes.all() }),
    queryClient.invalidateQueries({ queryKey: keys.me() }),
    queryClient.invalidateQueries({ queryKey: keys.suggestions.all() }),
    queryClient.invalidateQueries({ queryKey: keys.matches.all() }),
  ]);
}

export function useJoinProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinProgrammeInput) => call(api.POST('/api/me/programmes', { body })),
    onSuccess: () => refreshAfterMembership(queryClient),
  });
}

/** Leaves a programme: the caller's open proposals in it are declined and active matches in it ended. */
export function useLeaveProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programmeId: string) => call(api.DELETE('/api/me/programmes/{programmeId}', { params: { path: { programmeId } } })),
    onSuccess: async () => {
      await Promise.all([refreshAfterMembership(queryClient), queryClient.invalidateQueries({ queryKey: keys.meetups.all() })]);
    },
  });
}

/** A check-in changes no view of the participant's: coordinators read it. */
export function useCheckIn() {
  return useMutation({
    mutationFn: ({ matchId, body }: { matchId: string; body: CheckInInput }) =>
      call(api.POST('/api/matches/{id}/check-ins', { params: { path: { id: matchId } }, body })),
  });
}
