import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type Profile, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { ProfilePage } from './ProfilePage';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

const savedTz = process.env.TZ;

function migrant(profile: Profile | null): User {
  return makeUser({ role: 'migrant', profile, profileComplete: false, missing: ['placeId'] });
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
  renderWithData(<ProfilePage />);
  // Let the languages and interests requests settle.
  await act(async () => {});
  return screen.getByLabelText<HTMLSelectElement>('Time zone');
}

beforeEach(() => {
  vi.spyOn(api, 'GET').mockImplementation(() => answer(200, []));
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
    const sent: unknown[] = [];
    vi.spyOn(api, 'PUT').mockImplementation((path, init) => {
      sent.push([path, init]);
      return answer(200, migrant(null));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await act(async () => {});
    expect(sent).toMatchObject([['/api/me/profile', { body: { timezone: null } }]]);
  });
});
