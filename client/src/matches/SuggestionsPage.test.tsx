import { screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, type User } from '../api/client';
import { answer, makeUser, renderWithData } from '../data/test-support';
import { SuggestionsPage } from './SuggestionsPage';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('../session/session', () => ({ useSession: () => session }));

/**
 * The API's names for what a profile can still need (src/profiles/domain/completeness.ts) that are
 * not also plain words ("gender" and "languages" are).
 */
const API_NAMES = /\b(placeId|maxDistanceKm|availability|timezone|partnerGender|capacity)\b|missing:/;

const migrant = (patch: Partial<User>): User => makeUser({ role: 'migrant', ...patch });

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('SuggestionsPage', () => {
  it.each([
    ['en', 'Still to add: where you live, how far you will travel, a language you speak, when you are available, your time zone, your gender, and who you would like to meet.'],
    ['nl', 'Nog aan te vullen: waar je woont, hoe ver je wilt reizen, een taal die je spreekt, wanneer je beschikbaar bent, je tijdzone, je gender en wie je wilt ontmoeten.'],
    ['ar', 'ما زال عليك إضافة: مكان سكنك'],
    ['uk', 'Ще додайте: де ви живете, як далеко ви готові їхати, мову, якою ви розмовляєте'],
  ] as const)('in %s, tells a person with an incomplete profile what is missing in words, never field names', async (language, expected) => {
    await i18next.changeLanguage(language);
    const get = vi.spyOn(api, 'GET');
    session.user = migrant({ profileComplete: false, missing: ['placeId', 'maxDistanceKm', 'languages', 'availability', 'timezone', 'gender', 'partnerGender'] });
    const { container } = renderWithData(<SuggestionsPage />);
    expect(container.textContent).toContain(expected);
    expect(container.textContent).not.toMatch(API_NAMES);
    expect(screen.getByRole('link').getAttribute('href')).toBe('#/profile');
    // Matching would refuse anyway: the page does not ask.
    expect(get).not.toHaveBeenCalled();
  });

  it('translates the server\'s refusal of an incomplete profile instead of showing its English field names', async () => {
    await i18next.changeLanguage('nl');
    session.user = migrant({ profileComplete: true });
    vi.spyOn(api, 'GET').mockImplementation(() =>
      answer(409, {
        statusCode: 409, error: 'Conflict', code: 'matching.profile-incomplete',
        message: 'Complete your profile first; missing: placeId, maxDistanceKm, languages, availability, timezone, gender, partnerGender',
        params: { missing: ['placeId', 'timezone', 'partnerGender'] },
      }),
    );
    renderWithData(<SuggestionsPage />);
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toBe('Maak eerst je profiel compleet. Vul nog aan: waar je woont, je tijdzone en wie je wilt ontmoeten.');
    expect(alert.textContent).not.toMatch(API_NAMES);
  });

  it('says a refused request in the interface language, whatever the server\'s sentence', async () => {
    await i18next.changeLanguage('ar');
    session.user = migrant({ profileComplete: true });
    vi.spyOn(api, 'GET').mockImplementation(() => answer(400, { statusCode: 400, error: 'Bad Request', message: ['limit must not be greater than 50'] }));
    renderWithData(<SuggestionsPage />);
    const alert = await waitFor(() => screen.getByRole('alert'));
    expect(alert.textContent).toBe('يرجى التحقق مما أدخلته.');
  });
});
