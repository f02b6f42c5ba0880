import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { answer, makeMatch, makeUser, renderWithData } from '../data/test-support';
import { MatchPage } from './MatchPage';

const session = vi.hoisted(() => ({ user: null as User | null, sessionKey: 'csrf-1' }));
vi.mock('../session/session', () => ({ useSession: () => session }));
// What each part draws is theirs to test; here only when the page draws them.
const drawn = vi.hoisted(() => [] as string[]);
vi.mock('../chat/Conversation', () => ({ Conversation: () => { drawn.push('chat'); return <p>the conversation</p>; } }));
vi.mock('../meetups/MeetupPlanner', () => ({ MeetupPlanner: () => { drawn.push('meetups'); return <p>the meetups</p>; } }));

function screenWidthOfAPhone(phone: boolean): void {
  window.matchMedia = ((query: string) => ({ matches: phone, media: query, addEventListener: () => undefined, removeEventListener: () => undefined })) as unknown as typeof window.matchMedia;
}

beforeEach(() => {
  drawn.length = 0;
  session.user = makeUser();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a match page on a phone', () => {
  it('draws a tab when it is first opened and keeps it drawn after', async () => {
    screenWidthOfAPhone(true);
    const match = makeMatch({ status: 'active' });
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, match));
    renderWithData(<MatchPage matchId={match.id} />);
    expect(await screen.findByText('the conversation')).toBeTruthy();
    expect(screen.queryByText('the meetups')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Meetups' }));
    expect(await screen.findByText('the meetups')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Chat' }));
    // Hidden, not gone: what was typed or chosen there is still there when the tab comes back.
    expect(screen.getByText('the meetups', { selector: 'p' }).closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    expect(drawn.filter((part) => part === 'meetups').length).toBeGreaterThan(0);
  });

  it('draws every part at once on a wider screen', async () => {
    screenWidthOfAPhone(false);
    const match = makeMatch({ status: 'active' });
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, match));
    renderWithData(<MatchPage matchId={match.id} />);
    expect(await screen.findByText('the conversation')).toBeTruthy();
    expect(screen.getByText('the meetups')).toBeTruthy();
  });
});
