import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import type { Device } from '../data/devices';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { DevicesSection } from './DevicesSection';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

function device(patch: Partial<Device>): Device {
  return {
    id: '00000000-0000-4000-8000-0000000000aa', createdAt: '2026-02-01T09:00:00.000Z', expiresAt: '2026-03-03T09:00:00.000Z',
    userAgent: 'Mozilla/5.0', device: 'Firefox · Windows', address: '203.0.113.x', current: false, ...patch,
  };
}

const HERE = device({ id: '00000000-0000-4000-8000-000000000001', device: 'Chrome · Linux', current: true });
const PHONE = device({ id: '00000000-0000-4000-8000-000000000002', device: 'Safari · iPhone' });
const UNKNOWN = device({ id: '00000000-0000-4000-8000-000000000003', device: null, address: null });

describe('signed-in devices', () => {
  it('lists the devices, marks this one, and signs out one other device', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, [HERE, PHONE, UNKNOWN]));
    const del = vi.spyOn(api, 'DELETE').mockImplementation(() => answer(204));
    renderWithData(<DevicesSection />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Chrome · Linux (this device)') as unknown,
      expect.stringContaining('Safari · iPhone') as unknown,
      expect.stringContaining('Unknown device') as unknown,
    ]);
    expect(items[1].textContent).toContain('from network 203.0.113.x');
    expect(within(items[0]).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out Safari · iPhone' }));
    await vi.waitFor(() => expect(del).toHaveBeenCalledWith('/api/me/sessions/{id}', { params: { path: { id: PHONE.id } } }));
  });

  it('signs out everywhere else and says so', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, [HERE, PHONE]));
    const del = vi.spyOn(api, 'DELETE').mockImplementation(() => answer(204));
    renderWithData(<DevicesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere else' }));
    expect(await screen.findByText('You are signed out on every other device; this one stays signed in.')).toBeTruthy();
    expect(del).toHaveBeenCalledWith('/api/me/sessions');
  });

  it('offers no "everywhere else" when this is the only device', async () => {
    session.user = makeUser();
    vi.spyOn(api, 'GET').mockImplementation(() => answer(200, [HERE]));
    renderWithData(<DevicesSection />);
    await screen.findAllByRole('listitem');
    expect(screen.queryByRole('button', { name: 'Sign out everywhere else' })).toBeNull();
  });
});
