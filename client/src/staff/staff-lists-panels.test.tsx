import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type Report, type User } from '../api/client';
import { ToastProvider } from '../components/Toast';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { ReportsPanel } from './ReportsPanel';
import { VolunteersPanel } from './VolunteersPanel';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

type Query = { cursor?: string; limit?: number; status?: string };
const queryOf = (init: unknown): Query => (init as { params?: { query?: Query } }).params?.query ?? {};

/** Volunteer n signed up on day n of January; names run the other way (n = 1 is "Volunteer 12"). */
function volunteer(n: number): User {
  const day = String(n).padStart(2, '0');
  return makeUser({ id: `00000000-0000-4000-8000-0000000000${day}`, displayName: `Volunteer ${String(13 - n).padStart(2, '0')}`, role: 'host', verification: 'pending', createdAt: `2026-01-${day}T10:00:00.000Z` });
}

function report(n: number): Report {
  const day = String(n).padStart(2, '0');
  return {
    id: `00000000-0000-4000-9000-0000000000${day}`, createdAt: `2026-03-${day}T10:00:00.000Z`, details: `Report ${n}`, flags: [], matchId: null, messageId: null,
    reason: 'spam', reporterId: null, resolution: null, resolvedAt: null, source: 'user', status: 'open', urgent: false, userId: null,
    context: { match: null, message: null, neighbours: [], people: [] },
  };
}

describe('the volunteers to vet', () => {
  it('come oldest sign-up first, ten a page, and sort by name from the sort list', async () => {
    const volunteers = Array.from({ length: 12 }, (_, i) => volunteer(i + 1));
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/staff/volunteers' ? answer(200, volunteers) : answer(404, { code: 'not-found' }))) as never);
    renderWithData(<VolunteersPanel />);
    const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent).filter((text) => text?.startsWith('Volunteer '));
    await screen.findByRole('heading', { name: 'Volunteer 12' });
    expect(headings()).toHaveLength(10);
    expect(headings()[0]).toBe('Volunteer 12');
    const pages = screen.getByRole('navigation', { name: 'Pages of volunteers' });
    expect(within(pages).getByText('Page 1 of 2')).toBeTruthy();
    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(headings()).toEqual(['Volunteer 02', 'Volunteer 01']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    // A new sort starts again at the first page.
    expect(within(pages).getByText('Page 1 of 2')).toBeTruthy();
    expect(headings().slice(0, 2)).toEqual(['Volunteer 01', 'Volunteer 02']);
  });

  it('confirms a decision in the toast region', async () => {
    const one = volunteer(1);
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => (path === '/api/staff/volunteers' ? answer(200, [one]) : answer(404, { code: 'not-found' }))) as never);
    vi.spyOn(api, 'POST').mockImplementation((() => answer(200, { ...one, verification: 'verified' })) as never);
    renderWithData(
      <ToastProvider>
        <VolunteersPanel />
      </ToastProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Verify Volunteer 12' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verify Volunteer 12 now' }));
    expect(await within(screen.getByRole('status', { name: '' })).findByText('Volunteer 12 is verified.')).toBeTruthy();
  });
});

describe('the reports queue', () => {
  it('reads every page of the open queue, keeps its order, pages ten at a time and sorts newest first', async () => {
    const queue = Array.from({ length: 12 }, (_, i) => report(i + 1));
    const get = vi.spyOn(api, 'GET').mockImplementation(((_path: string, init: unknown) =>
      queryOf(init).cursor === undefined ? answer(200, { items: queue.slice(0, 7), nextCursor: 'next' }) : answer(200, { items: queue.slice(7), nextCursor: null })) as never);
    renderWithData(<ReportsPanel />);
    expect(await screen.findByText('Report 1')).toBeTruthy();
    expect((get.mock.calls as unknown[][]).map((args) => queryOf(args[1]))).toEqual([
      { status: 'open', limit: 100 },
      { status: 'open', limit: 100, cursor: 'next' },
    ]);
    expect(screen.queryByText('Report 11')).toBeNull();
    const pages = screen.getByRole('navigation', { name: 'Pages of reports' });
    fireEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Report 11')).toBeTruthy();
    expect(screen.queryByText('Report 1')).toBeNull();
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'newest' } });
    expect(within(pages).getByText('Page 1 of 2')).toBeTruthy();
    expect(screen.getByText('Report 12')).toBeTruthy();
    expect(screen.queryByText('Report 2')).toBeNull();
  });

  it('says so when nothing is open', async () => {
    vi.spyOn(api, 'GET').mockImplementation((() => answer(200, { items: [], nextCursor: null })) as never);
    renderWithData(<ReportsPanel />);
    expect(await screen.findByText('No open reports.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages of reports' })).toBeNull();
  });
});
