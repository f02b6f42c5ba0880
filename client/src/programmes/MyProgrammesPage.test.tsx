import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { MyProgrammesPage } from './MyProgrammesPage';
import { makeMembership, makeProgramme } from './test-programmes';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

describe('My programmes', () => {
  it('leaves a programme only after saying what leaving ends', async () => {
    session.user = makeUser();
    const programme = makeProgramme();
    let memberships = [makeMembership(programme)];
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, memberships));
    const remove = vi.spyOn(api, 'DELETE').mockImplementation(() => {
      memberships = [makeMembership(programme, { status: 'left' })];
      return answer(204);
    });
    renderWithData(<MyProgrammesPage />);
    const list = await screen.findByRole('list', { name: 'Programmes you belong to' });
    fireEvent.click(within(list).getByRole('button', { name: 'Leave 1001 Strengths' }));
    expect(screen.getByText(/match proposals you have in it are declined and your active matches in it end/)).toBeTruthy();
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, leave 1001 Strengths' }));
    await screen.findByText('You left 1001 Strengths.');
    expect(remove).toHaveBeenCalledWith('/api/me/programmes/{programmeId}', { params: { path: { programmeId: programme.id } } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Programmes you left' })).toBeTruthy());
    expect(screen.getByText('You do not belong to any programme yet.')).toBeTruthy();
  });

  it('asks for a place before it can show programmes nearby', async () => {
    session.user = makeUser({ profile: null });
    const get = vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
    renderWithData(<MyProgrammesPage />);
    expect(await screen.findByText('You do not belong to any programme yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your profile' }).getAttribute('href')).toBe('#/profile');
    expect((get.mock.calls as ReadonlyArray<readonly unknown[]>).map(([path]) => path)).not.toContain('/api/programmes');
  });
});
