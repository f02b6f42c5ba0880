import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import { keys, type PeopleQuery } from './keys';

/** People of the caller's organisation by part of a name or address; the last page stays while the next loads. */
export function usePeopleSearch(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: keys.staff.people(query),
    queryFn: ({ signal }) => call(api.GET('/api/staff/people', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A person page: the account, and their matches, reports and check-ins in the caller's organisation. */
export function usePersonPage(userId: string) {
  return useQuery({
    queryKey: keys.staff.person(userId),
    queryFn: ({ signal }) => call(api.GET('/api/staff/people/{id}', { params: { path: { id: userId } }, signal })),
  });
}

/** The person's most recent emails (type, subject, state; never the body). */
export function usePersonEmails(userId: string) {
  return useQuery({
    queryKey: keys.staff.emails(userId),
    queryFn: ({ signal }) => call(api.GET('/api/staff/users/{id}/emails', { params: { path: { id: userId } }, signal })),
  });
}
