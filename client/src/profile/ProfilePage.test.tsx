import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Profile, type User } from '../api/client';
import { ProfilePage } from './ProfilePage';

const session = vi.hoisted(() => ({ user: null as User | null, setUser: (user: User): void => void user }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const savedTz = process.env.TZ;

function migrant(profile: Profile | null): User {
  return {
    id: '00000000-0000-4000-8000-000000000001', email: 'amal@example.org', displayName: 'Amal', role: 'migrant', status: 'active',
    verification: null, profile, profileComplete: false, missing: ['placeId'], suspendedUntil: null, createdAt: '2026-01-05T10:00:00.000Z',
  };
}

const savedProfile: Profile = {
  bio: null, birthYear: null, gender: 'female', partnerGender: 'any', placeId: null, place: null, maxDistanceKm: 20, meetOnline: false,
  languages: [{ code: 'uk', level: 'native' }], learning: [], interests: [], availability: [{ day: 3, start: '18:00', end: '21:00' }],
  timezone: 'Europe/Kyiv',
};

/** Runs in the given system time zone, as a browser on a computer set to it would. */
function inTimeZone(zone: string): void {
  process.env.TZ = zone;
}

async function renderPage(): Promise<HTMLSelectElement> {
  render(<ProfilePage />);
  // Let the languages and interests requests settle.
  await act(async () => {});
  return screen.getByLabelText<HTMLSelectElement>('Time zone');
}

beforeEach(() => {
  vi.spyOn(api, 'GET').mockImplementation(() => Promise.resolve({ data: [], response: new Response(null, { status: 200 }) }) as never);
});

afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('the profile form\'s time zone', () => {
  it('starts in the browser\'s zone for a new profile', async () => {
    inTimeZone('America/Sao_Paulo');
    session.user = migrant(null);
    expect((await renderPage()).value).toBe('America/Sao_Paulo');
  });

  it('keeps the zone a person saved, wherever the browser is', async () => {
    inTimeZone('Asia/Tokyo');
    session.user = migrant(savedProfile);
    expect((await renderPage()).value).toBe('Europe/Kyiv');
  });

  it('asks the person to choose when the browser cannot tell its zone, instead of picking UTC', async () => {
    // A zone the runtime does not know: Intl then reports no time zone at all.
    inTimeZone('Nowhere/Unknown');
    session.user = migrant(null);
    const select = await renderPage();
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe('Choose…');
    const put = vi.spyOn(api, 'PUT').mockImplementation(() => Promise.resolve({ data: migrant(null), response: new Response(null, { status: 200 }) }) as never);
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await act(async () => {});
    expect(put).toHaveBeenCalledWith('/api/me/profile', { body: expect.objectContaining({ timezone: null }) });
  });
});
