import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { makeMembership, makeProgramme } from '../programmes/test-programmes';
import { ProgrammeDetail } from './ProgrammeDetail';

// The charts are Chart.js on a canvas, which jsdom does not draw; their figures are tested in programme-figures.test.ts.
vi.mock('./ProgrammeFigures', () => ({ default: () => null }));
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const programme = makeProgramme();
const csv = 'id,role,displayName,place,joinedAt,verification,matches,meetupsHeld\n';

const joinedThisProgramme = makeMembership(programme, { joinedAt: '2026-03-02T10:00:00.000Z' });

function serve(path: string, init: unknown) {
  if (path === '/api/staff/programmes/{id}/export.csv') return answer(200, csv);
  if (path === '/api/staff/programmes/{id}/members') {
    const { cursor, order } = (init as { params: { query: { cursor?: string; order?: string } } }).params.query;
    if (order === 'oldest') return answer(200, { items: [makeUser({ id: '00000000-0000-4000-8000-000000000007', displayName: 'Ines' })], nextCursor: null });
    return cursor === undefined
      ? answer(200, { items: [makeUser({ displayName: 'Amal', memberships: [joinedThisProgramme] })], nextCursor: 'page-2' })
      : answer(200, { items: [makeUser({ id: '00000000-0000-4000-8000-000000000009', displayName: 'Hanna', role: 'host', verification: 'verified' })], nextCursor: null });
  }
  if (path === '/api/staff/check-ins') {
    return answer(200, { items: [{ id: 'c1', matchId: 'm1', programmeId: programme.id, userId: 'u1', score: 1, comment: 'We never meet', wantsContact: true, createdAt: '2026-12-01T10:00:00.000Z' }], nextCursor: null });
  }
  return answer(200, []);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('one programme in the staff console', () => {
  it('downloads the members as programme-<name>-members.csv, fetched with the session', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(serve as never);
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:members'), revokeObjectURL: () => undefined }));
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    renderWithData(<ProgrammeDetail programme={programme} admin={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download members (CSV)' }));
    await vi.waitFor(() => expect(downloads).toEqual(['programme-1001-strengths-members.csv']));
    expect(await blobs[0]?.text()).toBe(csv);
    expect(get).toHaveBeenCalledWith('/api/staff/programmes/{id}/export.csv', { params: { path: { id: programme.id } }, parseAs: 'text' });
  });

  it('lists the check-ins needing attention and the members page by page', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(serve as never);
    renderWithData(<ProgrammeDetail programme={programme} admin={false} />);
    expect(await screen.findByText('We never meet')).toBeTruthy();
    expect(screen.getByText('Score 1 of 5').closest('p')?.textContent).toBe('Score 1 of 5 · Would like to be contacted');
    expect(get).toHaveBeenCalledWith('/api/staff/check-ins', expect.objectContaining({ params: { query: { programmeId: programme.id, attention: true } } }));
    await screen.findByRole('cell', { name: 'Amal' });
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByRole('cell', { name: 'Hanna' });
    expect(screen.getByRole('cell', { name: 'Verified' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('sorts the members by when they joined from the Joined header, asking the server, and shows the date', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(serve as never);
    renderWithData(<ProgrammeDetail programme={programme} admin={false} />);
    const amal = await screen.findByRole('cell', { name: 'Amal' });
    expect(amal.closest('tr')?.querySelector('time')?.getAttribute('dateTime')).toBe(joinedThisProgramme.joinedAt);
    expect(amal.closest('tr')?.querySelector('time')?.textContent).toMatch(/2026/);
    const joined = screen.getByRole('columnheader', { name: /Joined/ });
    expect(joined.getAttribute('aria-sort')).toBe('descending');
    expect(get).toHaveBeenCalledWith('/api/staff/programmes/{id}/members', expect.objectContaining({ params: { path: { id: programme.id }, query: { order: 'newest' } } }));

    fireEvent.click(screen.getByRole('button', { name: /Joined/ }));
    await screen.findByRole('cell', { name: 'Ines' });
    expect(screen.queryByRole('cell', { name: 'Amal' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Joined/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(get).toHaveBeenCalledWith('/api/staff/programmes/{id}/members', expect.objectContaining({ params: { path: { id: programme.id }, query: { order: 'oldest' } } }));
  });
});
