import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type Report } from '../api/client';
import { call } from '../api/errors';
import { nextRunPoll } from '../staff/poll-run';
import type { RequestBody } from './contract';
import { keys, type AuditFilters, type AuditOrder, type VolunteerFilter } from './keys';

/** A staff decision can show up in every staff view: the queues, the figures and the audit log. */
function refreshAfterDecision(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: keys.staff.all() });
}

export function useVolunteers(filter: VolunteerFilter | 'all') {
  return useQuery({
    queryKey: keys.staff.volunteers(filter),
    queryFn: ({ signal }) => call(api.GET('/api/staff/volunteers', { params: { query: filter === 'all' ? {} : { verification: filter } }, signal })),
  });
}

export function useVerifyVolunteer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: RequestBody<'/api/staff/volunteers/{userId}/verify', 'post'> }) =>
      call(api.POST('/api/staff/volunteers/{userId}/verify', { params: { path: { userId } }, body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

export function useRejectVolunteer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: RequestBody<'/api/staff/volunteers/{userId}/reject', 'post'> }) =>
      call(api.POST('/api/staff/volunteers/{userId}/reject', { params: { path: { userId } }, body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

/** A volunteer's checks in the caller's organisation, with each required kind's state. */
export function useVolunteerChecks(userId: string) {
  return useQuery({
    queryKey: keys.staff.checks(userId),
    queryFn: ({ signal }) => call(api.GET('/api/staff/volunteers/{userId}/checks', { params: { path: { userId } }, signal })),
  });
}

export type CheckKind = NonNullable<RequestBody<'/api/staff/organisation', 'patch'>['requiredVettingChecks']>[number];

export function useRecordCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, kind, body }: { userId: string; kind: CheckKind; body: RequestBody<'/api/staff/volunteers/{userId}/checks/{kind}', 'put'> }) =>
      call(api.PUT('/api/staff/volunteers/{userId}/checks/{kind}', { params: { path: { userId, kind } }, body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

export function useRemoveCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, kind }: { userId: string; kind: CheckKind }) =>
      call(api.DELETE('/api/staff/volunteers/{userId}/checks/{kind}', { params: { path: { userId, kind } } })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

/** The caller's own organisation (its required checks included). */
export function useStaffOrganisation() {
  return useQuery({
    queryKey: keys.staff.organisation(),
    queryFn: ({ signal }) => call(api.GET('/api/staff/organisation', { signal })),
    retry: false,
  });
}

export function useSetRequiredChecks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/staff/organisation', 'patch'>) => call(api.PATCH('/api/staff/organisation', { body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

/** The open reports, oldest first, each with its conversation context. */
/** Pages of the open queue read at once: staff sort and page it in the browser, as the API pages by cursor in its own order. */
const REPORTS_PER_REQUEST = 100;
/** A bound on one read (5,000 open reports), so a server that kept answering with a cursor cannot loop forever. */
const MAX_REPORT_REQUESTS = 50;

export function useStaffReports() {
  return useQuery({
    queryKey: keys.staff.reports(),
    queryFn: async ({ signal }) => {
      const items: Report[] = [];
      let cursor: string | undefined;
      for (let request = 0; request < MAX_REPORT_REQUESTS; request += 1) {
        const page = await call(api.GET('/api/staff/reports', { params: { query: { status: 'open', limit: REPORTS_PER_REQUEST, ...(cursor === undefined ? {} : { cursor }) } }, signal }));
        items.push(...page.items);
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/staff/reports/{id}/resolve', 'post'> }) =>
      call(api.POST('/api/staff/reports/{id}/resolve', { params: { path: { id } }, body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

export function useSuspendPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: RequestBody<'/api/staff/users/{id}/suspend', 'post'> }) =>
      call(api.POST('/api/staff/users/{id}/suspend', { params: { path: { id: userId } }, body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

export function useLiftSuspension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: RequestBody<'/api/staff/users/{id}/unsuspend', 'post'> }) =>
      call(api.POST('/api/staff/users/{id}/unsuspend', { params: { path: { id: userId } }, body })),
    onSuccess: () => refreshAfterDecision(queryClient),
  });
}

export function useStaffStats() {
  return useQuery({
    queryKey: keys.staff.stats(),
    queryFn: ({ signal }) => call(api.GET('/api/staff/stats', { signal })),
  });
}

/** The audit log, newest first unless asked otherwise, one page after another ("show more"). */
export function useAuditLog(filters: AuditFilters, order: AuditOrder = 'newest') {
  return useInfiniteQuery({
    queryKey: keys.staff.auditLog(filters, order),
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/api/staff/audit-log', { params: { query: { ...filters, order, ...(pageParam === null ? {} : { cursor: pageParam }) } }, signal })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** A matching round, asked about again while it runs. */
export function useMatchingRun(id: string | undefined) {
  return useQuery({
    queryKey: keys.staff.run(id ?? ''),
    queryFn: id === undefined ? skipToken : ({ signal }) => call(api.GET('/api/staff/matching/runs/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => nextRunPoll(query.state.data, Date.now()),
  });
}

/** Starts a round (a dry run proposes nothing); its progress is then read with useMatchingRun. */
export function useStartMatchingRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/staff/matching/runs', 'post'>) => call(api.POST('/api/staff/matching/runs', { body })),
    onSuccess: (run) => queryClient.setQueryData(keys.staff.run(run.id), run),
  });
}
