import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { App } from '../App';
import { answer, makeUser } from '../data/test-support';

const session = vi.hoisted(() => ({ user: null as User | null, token: null as string | null }));
vi.mock('../session/session', () => ({ useSession: () => session, SessionProvider: ({ children }: { children: unknown }) => children }));

beforeEach(() => {
  session.user = null;
  vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
});

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

describe('what the start address shows', () => {
  it.each(['', '#/'])('shows the landing page to a signed-out visitor at "%s", and stays there', async (hash) => {
    window.location.hash = hash;
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meet people where you live');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.location.hash).toBe(hash);
  });

  it.each([['#/login', 'Log in'], ['#/signup', 'Sign up']])('keeps %s as the %s page', (hash, title) => {
    window.location.hash = hash;
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });

  it('sends a signed-out visitor of a signed-in page to log in, not to the landing page', async () => {
    window.location.hash = '#/matches';
    render(<App />);
    await waitFor(() => expect(window.location.hash).toBe('#/login'));
  });

  it('sends a signed-in person at the start address to where they start', async () => {
    session.user = makeUser({ role: 'migrant' });
    window.location.hash = '#/';
    render(<App />);
    await waitFor(() => expect(window.location.hash).not.toBe('#/'));
    expect(screen.queryByRole('heading', { level: 1, name: 'Meet people where you live' })).toBeNull();
  });
});
