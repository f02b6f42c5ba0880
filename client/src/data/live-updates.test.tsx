import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type AppNotification } from '../api/client';
import type { NotificationEvent } from '@shared/realtime-events';
import { useLiveUpdates, type LiveSource } from './live-updates';
import { useMatches } from './matches';
import { useMyMeetups } from './meetups';
import { useNotifications } from './notifications';
import { answer, makeMatch, renderDataHook } from './test-support';

type Pushed = NotificationEvent;

/** A socket the test pushes through by hand. */
class FakeSocket implements LiveSource {
  connected = true;
  private readonly notificationListeners = new Set<(notification: Pushed) => void>();
  private readonly connectListeners = new Set<() => void>();

  on(event: 'notification' | 'connect', listener: ((notification: Pushed) => void) | (() => void)): this {
    if (event === 'notification') this.notificationListeners.add(listener);
    else this.connectListeners.add(listener as () => void);
    return this;
  }

  off(event: 'notification' | 'connect', listener: ((notification: Pushed) => void) | (() => void)): this {
    if (event === 'notification') this.notificationListeners.delete(listener);
    else this.connectListeners.delete(listener as () => void);
    return this;
  }

  push(notification: Pushed): void {
    for (const listener of this.notificationListeners) listener(notification);
  }

  reconnect(): void {
    for (const listener of this.connectListeners) listener();
  }
}

function notification(type: AppNotification['type'], id: string): Pushed {
  return { id, type, data: { matchId: makeMatch().id }, createdAt: '2026-05-02T10:00:00.000Z' };
}

function asked(get: { mock: { calls: ReadonlyArray<readonly unknown[]> } }, path: string): number {
  return get.mock.calls.filter(([called]) => called === path).length;
}

function setUp() {
  const older: AppNotification = { ...notification('match.proposed', 'n1'), readAt: '2026-05-01T11:00:00.000Z' };
  const get = vi.spyOn(api, 'GET').mockImplementation((path) => {
    if (path === '/api/notifications') return answer(200, { items: [older], nextCursor: null });
    if (path === '/api/matches') return answer(200, [makeMatch()]);
    return answer(200, []);
  });
  const socket = new FakeSocket();
  const rendered = renderDataHook(() => ({
    latest: useLiveUpdates(socket), notifications: useNotifications(), matches: useMatches(), meetups: useMyMeetups('upcoming'),
  }));
  return { get, socket, older, ...rendered };
}

describe('live updates', () => {
  it('adds a pushed notification to the list once and refetches what it is about, nothing else', async () => {
    const { get, socket, older, result } = setUp();
    await waitFor(() => expect(result.current.notifications.data).toEqual([older]));
    await waitFor(() => expect(result.current.meetups.isSuccess && result.current.matches.isSuccess).toBe(true));

    const accepted = notification('match.accepted', 'n2');
    act(() => {
      socket.push(accepted);
      socket.push(accepted);
    });

    expect(result.current.notifications.data).toEqual([{ ...accepted, readAt: null }, older]);
    expect(result.current.latest).toEqual({ ...accepted, readAt: null });
    await waitFor(() => expect(asked(get, '/api/matches')).toBe(2));
    expect(asked(get, '/api/meetups')).toBe(1);
  });

  it('refetches a match\'s meetups when one of them changes, and not the matches', async () => {
    const { get, socket, result } = setUp();
    await waitFor(() => expect(result.current.meetups.isSuccess && result.current.matches.isSuccess).toBe(true));

    act(() => socket.push(notification('meetup.confirmed', 'n3')));

    await waitFor(() => expect(asked(get, '/api/meetups')).toBe(2));
    expect(asked(get, '/api/matches')).toBe(1);
  });

  it('catches up after a reconnect, when pushes may have been missed', async () => {
    const { get, socket, result } = setUp();
    await waitFor(() => expect(result.current.notifications.isSuccess && result.current.matches.isSuccess).toBe(true));

    act(() => socket.reconnect());

    await waitFor(() => expect(asked(get, '/api/notifications')).toBe(2));
    await waitFor(() => expect(asked(get, '/api/matches')).toBe(2));
  });
});
