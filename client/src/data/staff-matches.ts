import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import { keys, type StaffMatchesQuery } from './keys';

/** The matches of the caller's organisation's programmes, filtered, sorted and a page at a time; the last page stays while the next loads. */
export function useStaffMatches(query: StaffMatchesQuery) {
  return useQuery({
    queryKey: keys.staff.matches(query),
    queryFn: ({ signal }) => call(api.GET('/api/staff/matches', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Per programme: migrants without a match and proposals waiting for an answer, and how long. */
export function useWaitingTimes() {
  return useQuery({
    queryKey: keys.staff.waiting(),
    queryFn: ({ signal }) => call(api.GET('/api/staff/matches/waiting', { signal })),
  });
}
