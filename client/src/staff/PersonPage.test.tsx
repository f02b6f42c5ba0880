import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type PersonPage as PersonPageData, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { PersonPage } from './PersonPage';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const amal = makeUser({ id: '00000000-0000-4000-8000-000000000001', displayName: 'Amal Haddad', email: 'amal@example.org', role: 'migrant' });

const page: PersonPageData = {
  user: amal,
  matches: [{ id: 'm1', status: 'active', programmeId: 'p1', programmeName: 'Koffie en taal', partner: { id: '00000000-0000-4000-8000-000000000002', displayName: 'Joost', role: 'host' }, createdAt: '2026-11-01T10:00:00.000Z', activatedAt: '2026-11-02T10:00:00.000Z', endedAt: null }],
  reports: [{ id: 'r1', direction: 'about', source: 'user', reason: 'harassment', status: 'open', matchId: 'm1', createdAt: '2026-11-05T10:00:00.000Z', resolvedAt: null }],
  checkIns: [{ id: 'c1', matchId: 'm1', programmeId: 'p1', programmeName: 'Koffie en taal', score: 2, comment: 'Hard to find a time', wantsContact: true, createdAt: '2026-11-06T10:00:00.000Z' }],
};

function serve(path: string) {
  if (path === '/api/staff/people/{id}') return answer(200, page);
  if (path === '/api/staff/users/{id}/emails') return answer(200, [{ id: 'e1', type: 'match.proposed', subject: 'You have a proposal', state: 'sent', attempts: 1, lastError: null, createdAt: '2026-11-01T10:00:00.000Z', sentAt: '2026-11-01T10:00:01.000Z' }]);
  if (path === '/api/staff/audit-log') return answer(200, { items: [{ id: 'a1', actorId: 's1', action: 'user.warn', targetType: 'user', targetId: amal.id, note: 'Be kind', organisationId: null, createdAt: '2026-11-07T10:00:00.000Z' }], nextCursor: null });
  return answer(404, { statusCode: 404, code: 'user.not-found', message: 'User not found' });
}

describe('a person page', () => {
  it('shows the account, matches, reports, check-ins, recent emails and the audit trail', async () => {
    const get = vi.spyOn(api, 'GET').mockImplementation(serve as never);
    renderWithData(<PersonPage userId={amal.id} />);
    expect(await screen.findByRole('heading', { name: 'Amal Haddad' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Joost' }).getAttribute('href')).toBe('#/staff/people/00000000-0000-4000-8000-000000000002');
    expect(screen.getByText(/About them · Harassment · open/)).toBeTruthy();
    expect(screen.getByText('Hard to find a time')).toBeTruthy();
    expect(await screen.findByText('You have a proposal')).toBeTruthy();
    expect(await screen.findByText('Be kind')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/staff/audit-log', expect.objectContaining({ params: { query: { targetId: amal.id, order: 'newest' } } }));
  });

  it('suspends the person for the chosen term after asking why', async () => {
    vi.spyOn(api, 'GET').mockImplementation(serve as never);
    const post = vi.spyOn(api, 'POST').mockImplementation((() => answer(200, { ...amal, status: 'suspended' })) as never);
    renderWithData(<PersonPage userId={amal.id} />);
    fireEvent.change(await screen.findByLabelText('Suspend for'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suspend Amal Haddad' }));
    const confirm = screen.getByRole('button', { name: 'Suspend Amal Haddad now' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Why? (required; kept in the audit log)'), { target: { value: 'Threats' } });
    fireEvent.click(confirm);
    expect(await screen.findByText('Amal Haddad is suspended.')).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/staff/users/{id}/suspend', { params: { path: { id: amal.id } }, body: { reason: 'Threats', days: 30 } });
  });

  it('says so when the person is not there for the caller', async () => {
    vi.spyOn(api, 'GET').mockImplementation((() => answer(404, { statusCode: 404, code: 'user.not-found', message: 'User not found' })) as never);
    renderWithData(<PersonPage userId={amal.id} />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Amal Haddad' })).toBeNull();
  });
});
