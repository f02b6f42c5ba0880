import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, type PersonRow, type User } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { PeoplePanel } from './PeoplePanel';
import { SuspensionsPanel } from './SuspensionsPanel';

// Dates are shown in the viewer's profile time zone; without a session, the browser's.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

function row(patch: Partial<PersonRow> = {}): PersonRow {
  return { id: '00000000-0000-4000-8000-000000000001', displayName: 'Amal Haddad', email: 'amal@example.org', role: 'migrant', status: 'active', createdAt: '2026-11-01T10:00:00.000Z', ...patch };
}

type Query = { q?: string; sort?: string; page?: number; limit?: number };
const queryOf = (init: unknown): Query => (init as { params: { query: Query } }).params.query;

afterEach(() => {
  vi.useRealTimers();
});

describe('the people search', () => {
  it('asks once typing pauses, and links each person to their page', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(((_path: string, init: unknown) =>
      answer(200, { items: queryOf(init).q === 'amal' ? [row()] : [row(), row({ id: '00000000-0000-4000-8000-000000000002', displayName: 'Joost' })], total: queryOf(init).q === 'amal' ? 1 : 2, page: 1, limit: 20 })) as never);
    renderWithData(<PeoplePanel />);
    expect(await screen.findByText('2 people found')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search by name or email'), { target: { value: 'am' } });
    fireEvent.change(screen.getByLabelText('Search by name or email'), { target: { value: 'amal' } });
    expect(await screen.findByText('1 person found')).toBeTruthy();
    // "am" was never asked: the search waited for the typing to pause.
    expect((get.mock.calls as unknown[][]).map((args) => queryOf(args[1]).q)).toEqual([undefined, 'amal']);
    expect(screen.getByRole('link', { name: 'Amal Haddad' }).getAttribute('href')).toBe('#/staff/people/00000000-0000-4000-8000-000000000001');
    expect(screen.getByRole('cell', { name: 'amal@example.org' })).toBeTruthy();
  });

  it('sorts from the column header and pages forward and back', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(((_path: string, init: unknown) =>
      answer(200, { items: [row({ displayName: `Person on page ${queryOf(init).page}` })], total: 45, page: queryOf(init).page, limit: 20 })) as never);
    renderWithData(<PeoplePanel />);
    expect(await screen.findByText('Page 1 of 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Previous page' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Person on page 2')).toBeTruthy();
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await vi.waitFor(() => expect(queryOf((get.mock.calls as unknown[][]).at(-1)?.[1]).sort).toBe('-name'));
    // A new sort starts again at the first page.
    expect(queryOf((get.mock.calls as unknown[][]).at(-1)?.[1]).page).toBe(1);
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('descending');
  });
});

describe('suspending by choosing a person', () => {
  it('offers no id field: the person is chosen from the search, then suspended', async () => {
    vi.spyOn(api, 'GET').mockImplementation((() => answer(200, { items: [row()], total: 1, page: 1, limit: 8 })) as never);
    const post = vi.spyOn(api, 'POST').mockImplementation((() => answer(200, { id: row().id, displayName: 'Amal Haddad', status: 'suspended' })) as never);
    renderWithData(<SuspensionsPanel />);
    expect(screen.queryByLabelText(/id/i)).toBeNull();
    const box = screen.getByRole('combobox', { name: 'Person (name or email)' });
    fireEvent.change(box, { target: { value: 'ama' } });
    await screen.findByRole('option', { name: /Amal Haddad/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('link', { name: 'Amal Haddad' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason (a note when lifting)'), { target: { value: 'Threatening messages' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('Amal Haddad is suspended.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/staff/users/{id}/suspend', { params: { path: { id: row().id } }, body: { reason: 'Threatening messages', days: 7 } });
  });

  it('refuses to act before someone is chosen', async () => {
    const post = vi.spyOn(api, 'POST');
    renderWithData(<SuspensionsPanel />);
    fireEvent.change(screen.getByLabelText('Reason (a note when lifting)'), { target: { value: 'Spam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('Choose a person first.')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });
});
