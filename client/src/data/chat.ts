import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { RequestBody } from './contract';

const HISTORY_PAGE = 100;

/**
 * A page of a conversation after `afterSeq`. The chat keeps its own store (one message per seq,
 * exactly once), so this is read for it and never cached here.
 */
export function fetchMessageHistory(matchId: string, afterSeq: number) {
  return call(api.GET('/api/matches/{id}/messages', { params: { path: { id: matchId }, query: { afterSeq, limit: HISTORY_PAGE } } }));
}

export function useReportMessage() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/reports', 'post'>) => call(api.POST('/api/reports', { body })),
  });
}
