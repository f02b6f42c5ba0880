import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { translateNotification } from '../i18n/translate-api';
import { describeJoinError } from './join-error';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('why joining a programme was refused', () => {
  it('names the rule that is not met in the interface language when the refusal names it by code', async () => {
    const message = 'This programme takes volunteers aged 55 or over; by your birth year you are 40';
    const byParams = new ApiError(409, [message], 'programme.rule-not-met', { rule: 'age.too-young' });
    expect(describeJoinError(byParams, i18next.t)).toBe('You cannot join this programme. You are younger than this programme\'s age rule allows.');
    await i18next.changeLanguage('uk');
    const byCode = new ApiError(409, ['Add your gender to your profile first: this programme has a rule about it'], 'gender.missing');
    expect(describeJoinError(byCode, i18next.t)).toBe('Ви не можете приєднатися до цієї програми. Спершу вкажіть стать у профілі: ця програма має щодо неї правило.');
  });

  it('shows the server\'s message, which names the rule, when the refusal has no rule code the client knows', () => {
    const error = new ApiError(409, ['Volunteers in this programme are 55 or older'], 'programme.rule-not-met', { rule: 'moon.phase' });
    expect(describeJoinError(error, i18next.t)).toBe('You cannot join this programme. Volunteers in this programme are 55 or older.');
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
