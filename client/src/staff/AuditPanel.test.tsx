import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { answer, renderWithData } from '../data/test-support';
import { AuditPanel } from './AuditPanel';

// Times are shown in the viewer's profile time zone; without a session, the browser's.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

type Query = { order?: string; cursor?: string; action?: string };
const queryOf = (init: unknown): Query => (init as { params: { query: Query } }).params.query;

function entry(action: string, createdAt: string) {
  return { id: `00000000-0000-4000-8000-00000000000${action.length}`, actorId: '00000000-0000-4000-8000-0000000000aa', action, targetType: 'user', targetId: '00000000-0000-4000-8000-0000000000bb', note: null, createdAt };
}

describe('the audit log', () => {
  it('is sorted by the server, newest first until the When header turns it round', async () => {
    const newer = entry('user.warn', '2026-11-02T10:00:00.000Z');
    const older = entry('volunteer.verify', '2026-11-01T10:00:00.000Z');
    const get = vi.spyOn(api, 'GET').mockImplementation(((_path: string, init: unknown) =>
      answer(200, { items: queryOf(init).order === 'oldest' ? [older, newer] : [newer, older], nextCursor: null })) as never);
    renderWithData(<AuditPanel />);
    const actions = async (): Promise<string[]> => (await screen.findAllByRole('cell', { name: /^(user\.warn|volunteer\.verify)$/ })).map((cell) => cell.textContent ?? '');
    expect(await actions()).toEqual(['user.warn', 'volunteer.verify']);
    expect(screen.getByRole('columnheader', { name: /When/ }).getAttribute('aria-sort')).toBe('descending');
    expect(queryOf((get.mock.calls as unknown[][]).at(-1)?.[1]).order).toBe('newest');

    fireEvent.click(screen.getByRole('button', { name: /^When/ }));
    await vi.waitFor(() => expect(queryOf((get.mock.calls as unknown[][]).at(-1)?.[1]).order).toBe('oldest'));
    await vi.waitFor(async () => expect(await actions()).toEqual(['volunteer.verify', 'user.warn']));
    expect(screen.getByRole('columnheader', { name: /When/ }).getAttribute('aria-sort')).toBe('ascending');
  });
});
