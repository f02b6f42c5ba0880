import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { RequestBody } from './contract';
import { keys, type MeetupPeriod } from './keys';

const SLOT_DAYS = 14;
const DAY_MS = 86_400_000;

/** The caller's meetups across matches: `upcoming` soonest first, `past` newest first. */
export function useMyMeetups(when: MeetupPeriod) {
  return useQuery({
    queryKey: keys.meetups.mine(when),
    queryFn: ({ signal }) => call(api.GET('/api/meetups', { params: { query: { when } }, signal })),
  });
}

/** One match's meetups, newest first. */
export function useMeetups(matchId: string) {
  return useQuery({
    queryKey: keys.meetups.ofMatch(matchId),
    queryFn: ({ signal }) => call(api.GET('/api/matches/{id}/meetups', { params: { path: { id: matchId } }, signal })),
  });
}

/** Times both people are free in the coming two weeks, counted from when they are asked for. */
export function useMeetupSlots(matchId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.meetups.slots(matchId),
    queryFn: ({ signal }) => {
      const from = new Date();
      const to = new Date(from.getTime() + SLOT_DAYS * DAY_MS);
      return call(api.GET('/api/matches/{id}/meetup-slots', { params: { path: { id: matchId }, query: { from: from.toISOString(), to: to.toISOString() } }, signal }));
    },
    enabled,
  });
}

/** Any change to a meetup (or a refusal because it changed meanwhile) can move it between lists and free or take slots. */
function refreshMeetups(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: keys.meetups.all() });
}

export function useProposeMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, body }: { matchId: string; body: RequestBody<'/api/matches/{id}/meetups', 'post'> }) =>
      call(api.POST('/api/matches/{id}/meetups', { params: { path: { id: matchId } }, body })),
    onSettled: () => refreshMeetups(queryClient),
  });
}

export function useAcceptMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/meetups/{id}/accept', { params: { path: { id } } })),
    onSettled: () => refreshMeetups(queryClient),
  });
}

export function useDeclineMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/meetups/{id}/decline', 'post'> }) =>
      call(api.POST('/api/meetups/{id}/decline', { params: { path: { id } }, body })),
    onSettled: () => refreshMeetups(queryClient),
  });
}

export function useCancelMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/meetups/{id}/cancel', 'post'> }) =>
      call(api.POST('/api/meetups/{id}/cancel', { params: { path: { id } }, body })),
    onSettled: () => refreshMeetups(queryClient),
  });
}

/** Proposes new details for a meetup; the other person answers again. */
export function useRescheduleMeetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/meetups/{id}', 'patch'> }) =>
      call(api.PATCH('/api/meetups/{id}', { params: { path: { id } }, body })),
    onSettled: () => refreshMeetups(queryClient),
  });
}

/** Feedback changes no list: it is read by coordinators only. */
export function useMeetupFeedback() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/meetups/{id}/feedback', 'post'> }) =>
      call(api.POST('/api/meetups/{id}/feedback', { params: { path: { id } }, body })),
  });
}

/** A confirmed meetup as an ICS file's text (it needs the bearer token, so a plain link would not do). */
export function useMeetupCalendarFile() {
  return useMutation({
    mutationFn: (id: string) => call(api.GET('/api/meetups/{id}/ics', { params: { path: { id } }, parseAs: 'text' })),
  });
}

/** A new private calendar address; the server keeps only its hash, so it can be shown this once. */
export function useCreateCalendarToken() {
  return useMutation({ mutationFn: () => call(api.POST('/api/me/calendar-token')) });
}

export function useRevokeCalendarToken() {
  return useMutation({ mutationFn: () => call(api.DELETE('/api/me/calendar-token')) });
}
