import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import { keys, type MemberOrder } from './keys';
import { type MemberRole, type NewStaffInput, type Programme, type ProgrammeInput } from './programme-api';

/** The caller's organisation's programmes (every organisation's for admins). */
export function useStaffProgrammes() {
  return useQuery({
    queryKey: keys.staff.programmes(),
    queryFn: ({ signal }) => call(api.GET('/api/staff/programmes', { signal })),
  });
}

/** A new or changed programme can show in the staff list, the public lists and people's memberships. */
function refreshProgrammes(queryClient: ReturnType<typeof useQueryClient>): Promise<void[]> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.staff.programmes() }),
    queryClient.invalidateQueries({ queryKey: keys.programmes.all() }),
  ]);
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeInput) => call(api.POST('/api/staff/programmes', { body })),
    onSuccess: (created) => {
      // The new programme's page opens at once, before the list is asked again.
      queryClient.setQueryData<Programme[]>(keys.staff.programmes(), (list) => (list === undefined ? list : [...list, created]));
      return refreshProgrammes(queryClient);
    },
  });
}

/** Rule changes apply to new proposals only. */
export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<ProgrammeInput> }) =>
      call(api.PATCH('/api/staff/programmes/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData<Programme[]>(keys.staff.programmes(), (list) => list?.map((programme) => (programme.id === saved.id ? saved : programme)));
      return refreshProgrammes(queryClient);
    },
  });
}

/** A programme's members, one page after another ("show more"), sorted by the server by when they joined. */
export function useProgrammeMembers(programmeId: string, role: MemberRole | 'all', order: MemberOrder = 'newest') {
  return useInfiniteQuery({
    queryKey: keys.staff.members(programmeId, role, order),
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/api/staff/programmes/{id}/members', {
        params: { path: { id: programmeId }, query: { ...(role === 'all' ? {} : { role }), order, ...(pageParam === null ? {} : { cursor: pageParam }) } },
        signal,
      })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useProgrammeStats(programmeId: string) {
  return useQuery({
    queryKey: keys.staff.programmeStats(programmeId),
    queryFn: ({ signal }) => call(api.GET('/api/staff/programmes/{id}/stats', { params: { path: { id: programmeId } }, signal })),
  });
}

/** Check-ins that need a coordinator: a low score or a wish to be contacted, newest first. */
export function useCheckInsNeedingAttention(programmeId: string) {
  return useInfiniteQuery({
    queryKey: keys.staff.checkIns(programmeId),
    queryFn: ({ pageParam, signal }) =>
      call(api.GET('/api/staff/check-ins', {
        params: { query: { programmeId, attention: true, ...(pageParam === null ? {} : { cursor: pageParam }) } },
        signal,
      })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The members as CSV text (it needs the bearer token, so a plain link would not do); every export is audited. */
export function useExportMembers() {
  return useMutation({
    mutationFn: (programmeId: string) =>
      call(api.GET('/api/staff/programmes/{id}/export.csv', { params: { path: { id: programmeId } }, parseAs: 'text' })),
  });
}

export function useOrganisations({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.admin.organisations(),
    queryFn: ({ signal }) => call(api.GET('/api/admin/organisations', { signal })),
    enabled,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; countryCode: string }) => call(api.POST('/api/admin/organisations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.admin.organisations() }),
  });
}

export function useCreateCoordinator() {
  return useMutation({
    mutationFn: ({ organisationId, body }: { organisationId: string; body: NewStaffInput }) =>
      call(api.POST('/api/admin/organisations/{id}/staff', { params: { path: { id: organisationId } }, body })),
  });
}
