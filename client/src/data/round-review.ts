import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import { keys, type RunPairSort } from './keys';

/** How many pairs one page of a round's review shows. */
export const RUN_PAIRS_PER_PAGE = 20;

/** One page of the pairs a dry run would propose, in the order staff chose. */
export function useRunPairs(runId: string, sort: RunPairSort, page: number) {
  return useQuery({
    queryKey: keys.staff.runPairs(runId, sort, page),
    queryFn: ({ signal }) =>
      call(api.GET('/api/staff/matching/runs/{id}/pairs', { params: { path: { id: runId }, query: { sort, page, limit: RUN_PAIRS_PER_PAGE } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Committing or discarding changes the run, people's matches and every staff figure. */
function refreshAfterReview(queryClient: QueryClient): Promise<void[]> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.staff.all() }),
    queryClient.invalidateQueries({ queryKey: keys.matches.all() }),
  ]);
}

/** Proposes the reviewed pairs that are still eligible; answers which were proposed and which skipped, and why. */
export function useCommitRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => call(api.POST('/api/staff/matching/runs/{id}/commit', { params: { path: { id: runId } } })),
    onSuccess: (result) => {
      queryClient.setQueryData(keys.staff.run(result.run.id), result.run);
      return refreshAfterReview(queryClient);
    },
  });
}

/** Drops a dry run's pairs without proposing any. */
export function useDiscardRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => call(api.POST('/api/staff/matching/runs/{id}/discard', { params: { path: { id: runId } } })),
    onSuccess: () => refreshAfterReview(queryClient),
  });
}
