import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { translateNotification } from '../i18n/translate-api';
import { describeJoinError } from './join-error';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('why joining a programme was refused', () => {
  it('names the rule the server says is not met', () => {
    const error = new ApiError(409, ['Volunteers in this programme are 55 or older'], 'programme.rule-not-met');
    expect(describeJoinError(error, i18next.t)).toBe('You cannot join this programme: Volunteers in this programme are 55 or older');
  });

  it('says other refusals in the interface language, by code', async () => {
    await i18next.changeLanguage('nl');
    expect(describeJoinError(new ApiError(409, ['Programme is not open'], 'programme.not-open'), i18next.t)).toBe('Dit programma staat nu niet open voor nieuwe deelnemers.');
    expect(describeJoinError(new ApiError(409, [], 'programme.rule-not-met'), i18next.t)).toBe('Je voldoet niet aan de regels van dit programma.');
    expect(describeJoinError(new ApiError(0, []), i18next.t)).toContain('server');
  });
});

describe('programme notifications', () => {
  it.each([
    ['en', 'checkin.due', 'Time for a check-in: tell us how your match is going.'],
    ['en', 'match.ending', 'Your match ends in two weeks, as the programme planned.'],
    ['uk', 'checkin.due', 'Час для опитування: розкажіть, як минає ваша пара.'],
    ['ar', 'match.ending', 'ينتهي توافقك بعد أسبوعين، كما خطط البرنامج.'],
  ])('in %s, %s reads as a sentence', async (language, type, expected) => {
    await i18next.changeLanguage(language);
    expect(translateNotification(i18next.t, { type, data: { matchId: 'm1' } })).toBe(expected);
  });
});
