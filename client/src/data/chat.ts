import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { RequestBody } from './contract';

const HISTORY_PAGE = 100;

/**
 * A page of a conversation after `afterSeq`. The chat keeps its own store (one message per seq,
 * exactly once), so this is read for it and never cached here, except for the first page read
 * ahead when the app opens on a conversation (prefetchMessageHistory), which the conversation's
 * first read takes once.
 */
export function fetchMessageHistory(matchId: string, afterSeq: number) {
  const early = readAhead;
  if (early !== undefined && early.matchId === matchId && afterSeq === 0) {
    readAhead = undefined;
    if (Date.now() - early.startedAt <= READ_AHEAD_FRESH_MS) return early.page;
  }
  return readHistory(matchId, afterSeq);
}

function readHistory(matchId: string, afterSeq: number) {
  return call(api.GET('/api/matches/{id}/messages', { params: { path: { id: matchId }, query: { afterSeq, limit: HISTORY_PAGE } } }));
}

/** Older than this, a page read ahead is read again: messages may have come since. */
const READ_AHEAD_FRESH_MS = 10_000;
let readAhead: { matchId: string; startedAt: number; page: ReturnType<typeof readHistory> } | undefined;

/** Starts reading a conversation's first page while the app is still starting (see lazy-pages). */
export function prefetchMessageHistory(matchId: string): void {
  const page = readHistory(matchId, 0);
  // Refused (signed out) or offline: the conversation's own read asks again and says why.
  page.catch(() => undefined);
  readAhead = { matchId, startedAt: Date.now(), page };
}

export function useReportMessage() {
  return useMutation({
    mutationFn: (body: RequestBody<'/api/reports', 'post'>) => call(api.POST('/api/reports', { body })),
  });
}
