/**
 * A matching round reviewed before anyone is proposed, on a phone, last in the run so the matches
 * it proposes change nothing other journeys expect: two new people in Amsterdam who suit each
 * other join through the API (the volunteer verified by staff), then the administrator previews a
 * round in the default programme, reads the pairs as cards and the score chart, and proposes them.
 */
import type { Page } from 'playwright-core';
import { api, assertEqual, checkPage, fitsWidth, STAFF, type TestCase } from './harness.js';

export interface RoundReviewPeople {
  baseUrl: string;
  newPerson(options: { width: number; timezoneId: string; locale: string }): Promise<Page>;
}

const NEWCOMER = { displayName: 'Rana Round', email: 'rana.round@example.org', password: 'cedar-harbour-Haarlem-27', role: 'migrant' };
const VOLUNTEER = { displayName: 'Vera Round', email: 'vera.round@example.org', password: 'linden-canal-Zaandam-45', role: 'host' };

export interface Joiner {
  displayName: string;
  email: string;
  password: string;
  role: string;
}

/** Signs someone up with a complete profile in Amsterdam, speaking Arabic and Dutch (a volunteer takes one match). */
export async function joinInAmsterdam(baseUrl: string, person: Joiner): Promise<{ accessToken: string; user: { id: string } }> {
  const account = await api<{ accessToken: string; user: { id: string } }>(baseUrl, '/api/auth/signup', { method: 'POST', body: { ...person, acceptTerms: true } });
  await api(baseUrl, '/api/me/profile', {
    method: 'PUT',
    token: account.accessToken,
    body: {
      bio: 'I like long walks and cooking together.', birthYear: 1970, gender: 'female', partnerGender: 'any', placeId: '2759794', maxDistanceKm: 15, meetOnline: false,
      languages: [{ code: 'ar', level: 'native' }, { code: 'nl', level: 'conversational' }], learning: [], interests: ['cooking', 'gardening'],
      availability: [{ day: 1, start: '18:00', end: '21:00' }], timezone: 'Europe/Amsterdam', ...(person.role === 'host' ? { capacity: 1 } : {}),
    },
  });
  return account;
}

export function roundReviewJourneys(people: () => RoundReviewPeople): TestCase[] {
  return [
    {
      name: 'on a phone, staff preview a round, read its pairs and score chart, and propose them (360 px)',
      async run() {
        const { baseUrl, newPerson } = people();
        const admin = await api<{ accessToken: string }>(baseUrl, '/api/auth/login', { method: 'POST', body: STAFF });
        await joinInAmsterdam(baseUrl, NEWCOMER);
        const volunteer = await joinInAmsterdam(baseUrl, VOLUNTEER);
        await api(baseUrl, `/api/staff/volunteers/${volunteer.user.id}/verify`, { method: 'POST', token: admin.accessToken, body: { note: 'References checked' } });

        const staff = await newPerson({ width: 360, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
        await staff.goto('/#/login');
        await staff.getByLabel('Email').fill(STAFF.email);
        await staff.getByLabel('Password').fill(STAFF.password);
        await staff.getByRole('button', { name: 'Log in' }).click();
        await staff.getByRole('heading', { level: 1, name: 'Volunteers to vet' }).waitFor();
        await staff.getByRole('navigation', { name: 'Staff sections' }).getByRole('link', { name: 'Matching rounds', exact: true }).click();
        await staff.getByRole('heading', { level: 1, name: 'Matching rounds' }).waitFor();
        await staff.getByLabel('Programme', { exact: true }).selectOption({ label: 'Common Ground' });
        await staff.getByRole('button', { name: 'Preview a round' }).click();

        const pairs = staff.getByRole('table', { name: 'Pairs the round would propose' });
        const card = pairs.getByRole('row').filter({ hasText: NEWCOMER.displayName });
        await card.getByText(VOLUNTEER.displayName).waitFor();
        await card.getByText('You both speak', { exact: false }).waitFor();
        // On a phone each pair is a card whose cells say what they are.
        assertEqual(await staff.evaluate<string>("getComputedStyle(document.querySelector('.run-pairs thead')).position"), 'absolute', 'the column headings are only for screen readers');
        assertEqual(await staff.evaluate<string>("getComputedStyle(document.querySelector('.run-pairs tbody td'), '::before').content"), '"Rank: "', 'the first cell is labelled');
        await staff.getByRole('figure', { name: 'Scores of the pairs' }).waitFor();
        await staff.getByText('Page 1 of 1').waitFor();
        await fitsWidth(staff, 360);
        await checkPage(staff, 'staff-round-review-360px');

        const propose = staff.getByRole('button', { name: /^Propose (this match|these \d+ matches)$/ });
        const count = Number((await propose.innerText()).match(/\d+/)?.[0] ?? '1');
        await propose.click();
        await staff.getByRole('button', { name: /^Yes, propose (it|them)$/ }).click();
        await staff.getByText(count === 1 ? '1 match was proposed.' : `${count} matches were proposed.`).waitFor();
        await staff.getByRole('button', { name: 'Preview a new round' }).waitFor();

        const newcomer = await api<{ accessToken: string }>(baseUrl, '/api/auth/login', { method: 'POST', body: { email: NEWCOMER.email, password: NEWCOMER.password } });
        const matches = await api<Array<{ status: string; host: { displayName: string } }>>(baseUrl, '/api/matches', { token: newcomer.accessToken });
        assertEqual(matches.map((match) => [match.status, match.host.displayName]), [['proposed', VOLUNTEER.displayName]], 'the newcomer is proposed to the volunteer');
        await staff.close();
      },
    },
  ];
}
