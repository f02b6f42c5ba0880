import { act, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { keys } from './keys';
import { useAcceptMatch, useMatch, useMatches } from './matches';
import { useMyMeetups } from './meetups';
import { answer, makeMatch, renderDataHook } from './test-support';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

/** How often GET was asked for one route. */
function asked(get: { mock: { calls: ReadonlyArray<readonly unknown[]> } }, path: string): number {
  return get.mock.calls.filter(([called]) => called === path).length;
}

describe('match mutations', () => {
  it('accepting a match refetches the matches list, keeps the answer as the match, and leaves other resources alone', async () => {
    const proposed = makeMatch();
    const active = makeMatch({ status: 'active', acceptedByHost: true, activatedAt: '2026-05-02T10:00:00.000Z' });
    let onServer = [proposed];
    const get = vi.spyOn(api, 'GET').mockImplementation((path) => (path === '/api/matches' ? answer(200, onServer) : answer(200, [])));
    const post = vi.spyOn(api, 'POST').mockImplementation(() => {
      onServer = [active];
      return answer(200, active);
    });

    const { result, queryClient } = renderDataHook(() => ({ matches: useMatches(), meetups: useMyMeetups('upcoming'), accept: useAcceptMatch() }));
    await waitFor(() => expect(result.current.matches.data).toEqual([proposed]));
    await waitFor(() => expect(result.current.meetups.isSuccess).toBe(true));

    act(() => result.current.accept.mutate(proposed.id));

    await waitFor(() => expect(result.current.matches.data).toEqual([active]));
    expect(post).toHaveBeenCalledWith('/api/matches/{id}/accept', { params: { path: { id: proposed.id } } });
    expect(queryClient.getQueryData(keys.matches.detail(proposed.id))).toEqual(active);
    expect(asked(get, '/api/matches')).toBe(2);
    expect(asked(get, '/api/meetups')).toBe(1);
  });

  it('refetches the list after a refusal too, since the match moved on meanwhile', async () => {
    const proposed = makeMatch();
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(200, [proposed]));
    vi.spyOn(api, 'POST').mockImplementation(() => answer(409, { statusCode: 409, code: 'match.proposal-expired', message: 'This proposal has expired' }));

    const { result } = renderDataHook(() => ({ matches: useMatches(), accept: useAcceptMatch() }));
    await waitFor(() => expect(result.current.matches.isSuccess).toBe(true));
    act(() => result.current.accept.mutate(proposed.id));

    await waitFor(() => expect(result.current.accept.isError).toBe(true));
    expect(describeError(result.current.accept.error, i18next.t)).toBe('This proposal has expired.');
    await waitFor(() => expect(asked(get, '/api/matches')).toBe(2));
  });
});

describe('failed queries', () => {
  it('surface an error that is said in the interface language, asked only once when the server refuses', async () => {
    await i18next.changeLanguage('nl');
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(404, { statusCode: 404, code: 'match.not-found', message: 'Match not found' }));

    const { result } = renderDataHook(() => useMatch('00000000-0000-4000-8000-0000000000aa'));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(describeError(result.current.error, i18next.t)).toBe('Deze match is niet gevonden.');
    expect(describeError(result.current.error, i18next.t)).not.toContain('Match not found');
    expect(get).toHaveBeenCalledTimes(1);
  });
});
