import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type ProgrammeWaiting, type StaffMatchRow, type User } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { matchAriaSort, matchesQuery, nextMatchSort, waitingDaysFilter, waitingSeries } from './matches-overview';
import { MatchesPanel } from './MatchesPanel';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));
// Chart.js draws on a canvas jsdom does not have; the figure's table is what is checked.
vi.mock('react-chartjs-2', () => ({ Bar: () => null }));

const ALPHA = '00000000-0000-4000-8000-0000000000a1';
const BETA = '00000000-0000-4000-8000-0000000000b1';

function row(patch: Partial<StaffMatchRow> = {}): StaffMatchRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    status: 'proposed',
    programme: { id: ALPHA, name: 'Alpha koffie' },
    migrant: { id: '00000000-0000-4000-8000-000000000011', displayName: 'Amal Haddad' },
    host: { id: '00000000-0000-4000-8000-000000000012', displayName: 'Joop de Vries' },
    createdAt: '2026-11-01T10:00:00.000Z',
    activatedAt: null,
    endedAt: null,
    waitingDays: 8,
    ...patch,
  };
}

const waiting: ProgrammeWaiting[] = [
  { programme: { id: ALPHA, name: 'Alpha koffie' }, migrants: { count: 3, medianDays: 20, p90Days: 28 }, proposals: { count: 2, medianDays: 5, oldestDays: 8 } },
  { programme: { id: BETA, name: 'Beta wandelen' }, migrants: { count: 0, medianDays: null, p90Days: null }, proposals: { count: 0, medianDays: null, oldestDays: null } },
];

type Query = Record<string, unknown>;
const queryOf = (init: unknown): Query => (init as { params?: { query?: Query } } | undefined)?.params?.query ?? {};

function mockApi() {
  return vi.spyOn(api, 'GET').mockImplementation(((path: string, init: unknown) => {
    if (path === '/api/staff/programmes') return answer(200, [{ id: ALPHA, name: 'Alpha koffie' }, { id: BETA, name: 'Beta wandelen' }]);
    if (path === '/api/staff/matches/waiting') return answer(200, waiting);
    const query = queryOf(init);
    return answer(200, { items: [row({ programme: { id: ALPHA, name: `Page ${String(query.page)}` } })], total: 45, page: query.page, limit: 20 });
  }) as never);
}

const matchCalls = (get: ReturnType<typeof mockApi>): Query[] => (get.mock.calls as unknown[][]).filter((args) => args[0] === '/api/staff/matches').map((args) => queryOf(args[1]));

describe('the matches overview', () => {
  it('lists matches with both people linked to their pages, and filters by programme, status and waiting time', async () => {
    const get = mockApi();
    renderWithData(<MatchesPanel />);
    expect(await screen.findByText('45 matches found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Amal Haddad' }).getAttribute('href')).toBe('#/staff/people/00000000-0000-4000-8000-000000000011');
    expect(screen.getByRole('link', { name: 'Joop de Vries' }).getAttribute('href')).toBe('#/staff/people/00000000-0000-4000-8000-000000000012');
    expect(screen.getByRole('cell', { name: '8 days' })).toBeTruthy();

    fireEvent.change(await screen.findByLabelText('Programme'), { target: { value: BETA } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'proposed' } });
    fireEvent.change(screen.getByLabelText('Waiting more than (days)'), { target: { value: '7' } });
    await vi.waitFor(() => expect(matchCalls(get).at(-1)).toEqual({ sort: '-createdAt', page: 1, limit: 20, programmeId: BETA, status: 'proposed', waitingMoreThanDays: 7 }));

    fireEvent.change(screen.getByLabelText('Waiting more than (days)'), { target: { value: 'soon' } });
    expect(screen.getByLabelText('Waiting more than (days)').getAttribute('aria-invalid')).toBe('true');
  });

  it('sorts from the column headers and pages forward and back', async () => {
    const get = mockApi();
    renderWithData(<MatchesPanel />);
    expect(await screen.findByText('Page 1 of 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Previous page' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Proposed/ }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByRole('button', { name: /^Waiting/ }));
    await vi.waitFor(() => expect(matchCalls(get).at(-1)).toMatchObject({ sort: 'waiting', page: 1 }));
    expect(screen.getByRole('columnheader', { name: /^Waiting/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Proposed/ }).getAttribute('aria-sort')).toBe('none');
    expect(screen.getByLabelText<HTMLSelectElement>('Sort by').value).toBe('waiting');
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'createdAt' } });
    await vi.waitFor(() => expect(matchCalls(get).at(-1)).toMatchObject({ sort: 'createdAt', page: 1 }));
    expect(screen.getByRole('columnheader', { name: /Proposed/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows the waiting times per programme as a figure with every number in a table', async () => {
    mockApi();
    renderWithData(<MatchesPanel />);
    const table = await screen.findByRole('table', { name: 'Who waits, per programme' });
    const alpha = within(table).getByRole('row', { name: /Alpha koffie/ });
    expect(within(alpha).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '20 days', '28 days', '2', '8 days']);
    const beta = within(table).getByRole('row', { name: /Beta wandelen/ });
    expect(within(beta).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '–', '–', '0', '–']);
    expect(screen.getByText('Median days newcomers without a match have waited')).toBeTruthy();
  });
});

describe('matches overview rules', () => {
  it('flips the date sort, and toggles waiting against newest first', () => {
    expect(nextMatchSort('-createdAt', 'createdAt')).toBe('createdAt');
    expect(nextMatchSort('createdAt', 'createdAt')).toBe('-createdAt');
    expect(nextMatchSort('waiting', 'createdAt')).toBe('-createdAt');
    expect(nextMatchSort('-createdAt', 'waiting')).toBe('waiting');
    expect(nextMatchSort('waiting', 'waiting')).toBe('-createdAt');
    expect(matchAriaSort('createdAt', 'createdAt')).toBe('ascending');
    expect(matchAriaSort('waiting', 'createdAt')).toBe('none');
    expect(matchAriaSort('-createdAt', 'waiting')).toBe('none');
  });

  it('reads the waiting days as a whole number from 0 to 3650, and leaves the filter out otherwise', () => {
    expect(waitingDaysFilter(' 14 ')).toBe(14);
    expect(waitingDaysFilter('0')).toBe(0);
    expect(waitingDaysFilter('3651')).toBeUndefined();
    expect(waitingDaysFilter('1.5')).toBeUndefined();
    expect(waitingDaysFilter('')).toBeUndefined();
    expect(matchesQuery({ programmeId: '', status: 'all', waitingText: 'x', sort: 'waiting', page: 2, limit: 20 })).toEqual({ sort: 'waiting', page: 2, limit: 20 });
  });

  it('charts the median wait per programme, none waiting as 0', () => {
    expect(waitingSeries(waiting)).toEqual({ labels: [ALPHA, BETA], values: [20, 0] });
  });
});
