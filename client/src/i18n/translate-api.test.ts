import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { notificationLink, translateNotification, translateReason } from './translate-api';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('translating what the API says', () => {
  it('turns reason codes and params into sentences in the interface language', async () => {
    await i18next.changeLanguage('nl');
    const t = i18next.t;
    expect(translateReason(t, { factor: 'language', score: 1, detail: 'You both speak Arabic and Dutch', code: 'language.shared', params: { languages: ['ar', 'nl'] } }, 'nl'))
      .toBe('Jullie spreken allebei Arabisch en Nederlands');
    expect(translateReason(t, { factor: 'distance', score: 0.8, detail: '3 km apart', code: 'distance.km', params: { km: 3 } }, 'nl')).toBe('3 km uit elkaar');
    expect(translateReason(t, { factor: 'interests', score: 1, detail: 'x', code: 'interests.shared', params: { interests: ['cooking', 'gardening'] } }, 'nl'))
      .toBe('Gedeelde interesses: Koken en Tuinieren');
    expect(translateReason(t, { factor: 'availability', score: 1, detail: 'x', code: 'availability.overlap', params: { minutes: 150 } }, 'nl')).toBe('2.5 uur per week samen vrij');
  });

  it('uses Arabic plural forms', async () => {
    await i18next.changeLanguage('ar');
    const reason = (days: number) => translateReason(i18next.t, { factor: 'waiting', score: 0.1, detail: 'x', code: 'waiting.days', params: { days } }, 'ar');
    expect(reason(1)).toBe('ينتظر منذ يوم واحد');
    expect(reason(2)).toBe('ينتظر منذ يومين');
    expect(reason(5)).toBe('ينتظر منذ 5 أيام');
  });

  it('falls back to the server\'s English sentence for a code it does not know', () => {
    expect(translateReason(i18next.t, { factor: 'waiting', score: 0, detail: 'Brand new reason', code: 'waiting.somethingNew', params: {} }, 'en')).toBe('Brand new reason');
      });

  it('translates notifications by type and falls back to the server detail', async () => {
    await i18next.changeLanguage('nl');
    expect(translateNotification(i18next.t, { type: 'match.proposed', data: { matchId: 'm1' } })).toBe('Je hebt een nieuw matchvoorstel.');
    expect(translateNotification(i18next.t, { type: 'new.kind', data: { detail: 'Something happened' } })).toBe('Something happened');
    await i18next.changeLanguage('en');
    // The server reports a declined meetup as `meetup.cancelled` with `declined: true`, and a warning with its note.
    expect(translateNotification(i18next.t, { type: 'meetup.cancelled', data: { meetupId: 'x', matchId: 'm', declined: true } })).toBe('Your meetup proposal was declined.');
    expect(translateNotification(i18next.t, { type: 'meetup.cancelled', data: { meetupId: 'x', matchId: 'm' } })).toBe('A meetup was cancelled.');
    expect(translateNotification(i18next.t, { type: 'account.warned', data: { note: 'Be kind' } })).toBe('You received a warning from the coordinators: “Be kind”');
    expect(notificationLink({ type: 'match.active', data: { matchId: 'm1' } })).toBe('/matches/m1');
    expect(notificationLink({ type: 'meetup.confirmed', data: { meetupId: 'x', matchId: 'm1' } })).toBe('/matches/m1');
    expect(notificationLink({ type: 'account.verified', data: {} })).toBeUndefined();
  });
});
