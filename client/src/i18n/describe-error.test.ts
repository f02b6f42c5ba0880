import i18next, { type TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { describeError, describeFieldMessage, fieldLabels, FIELD_NAMES } from './describe-error';
import ar from './locales/ar.json';
import en from './locales/en.json';
import nl from './locales/nl.json';
import uk from './locales/uk.json';

const LOCALES = { en, nl, ar, uk } as const;
type Locale = keyof typeof LOCALES;

/** Everything `user.missing` can hold (src/profiles/domain/completeness.ts). */
const MISSING = ['placeId', 'maxDistanceKm', 'languages', 'availability', 'timezone', 'gender', 'partnerGender', 'capacity'];

/** API property names that must never reach a person, as they are spelled in the API. */
const API_NAMES = [
  ...FIELD_NAMES.filter((name) => /[A-Z]/.test(name)), 'timezone', 'matchId', 'messageId', 'userId', 'partnerId', 'clientId', 'afterSeq',
];
const API_NAME = new RegExp(`\\b(${API_NAMES.join('|')})\\b`);

/** One locale alone, with no fallback: a missing key shows up instead of quietly becoming English. */
function strictT(locale: Locale): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [locale]: { translation: LOCALES[locale] } },
    lng: locale,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

/** Every domain code the client translates, as `area.reason`. */
const CODES = Object.entries(en.errors.codes).flatMap(([area, reasons]) => Object.keys(reasons).map((reason) => `${area}.${reason}`));

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('describeError', () => {
  it('says what an incomplete profile still needs as a readable list, in every language', () => {
    const error = new ApiError(409, ['Complete your profile first; missing: placeId, maxDistanceKm, languages, availability, timezone, gender, partnerGender'], 'matching.profile-incomplete', {
      missing: MISSING.slice(0, 7),
    });
    expect(describeError(error, strictT('en'))).toBe(
      'Complete your profile first. Please add where you live, how far you will travel, a language you speak, when you are available, your time zone, your gender, and who you would like to meet.',
    );
    expect(describeError(error, strictT('nl'))).toBe(
      'Maak eerst je profiel compleet. Vul nog aan: waar je woont, hoe ver je wilt reizen, een taal die je spreekt, wanneer je beschikbaar bent, je tijdzone, je gender en wie je wilt ontmoeten.',
    );
    expect(describeError(error, strictT('uk'))).toContain('Спершу заповніть профіль. Додайте де ви живете, як далеко ви готові їхати');
    expect(describeError(error, strictT('ar'))).toContain('أكمل ملفك الشخصي أولًا. يرجى إضافة مكان سكنك');
  });

  it('translates domain errors by code and never shows the server\'s sentence, even for a code it does not know', async () => {
    await i18next.changeLanguage('uk');
    const t = i18next.t;
    expect(describeError(new ApiError(409, ['An account with this email already exists'], 'auth.email-taken'), t)).toBe('Обліковий запис із цією адресою вже існує.');
    expect(describeError(new ApiError(409, ['This volunteer has no free place right now'], 'match.host-full'), t)).toBe('У цього волонтера зараз немає вільного місця.');
    expect(describeError(new ApiError(409, ['Something new'], 'match.unknown-code'), t)).toBe('Зараз це неможливо.');
    expect(describeError(new ApiError(404, ['Matching run not found'], 'matching run.not-found'), t)).toBe('Не знайдено.');
    expect(describeError(new ApiError(400, ['A reschedule must change at least one of startsAt, durationMinutes, place, online or note.'], 'meetup.no-changes'), t))
      .toBe('Змініть час, тривалість, місце або примітку, щоб запропонувати щось нове.');
  });

  it('says a meetup time refused as bad input (a 400 with a code) by its code, never as "check what you entered"', () => {
    const inPast = new ApiError(400, ['A meetup must start in the future.'], 'meetup.starts-in-past');
    const tooFar = new ApiError(400, ['A meetup can be planned at most 2 years ahead.'], 'meetup.starts-too-far-ahead');
    expect(describeError(inPast, strictT('en'))).toBe('A meetup must start in the future.');
    expect(describeError(tooFar, strictT('en'))).toBe('A meetup can be planned at most two years ahead.');
    expect(describeError(inPast, strictT('nl'))).toBe('Een afspraak moet in de toekomst beginnen.');
    expect(describeError(tooFar, strictT('nl'))).toBe('Een afspraak kan hoogstens twee jaar vooruit worden gepland.');
    expect(describeError(tooFar, strictT('ar'))).toBe('يمكن التخطيط للقاء قبل موعده بسنتين على الأكثر.');
    expect(describeError(tooFar, strictT('uk'))).toBe('Зустріч можна запланувати щонайбільше на два роки вперед.');
  });

  it('turns class-validator refusals into the fields they name, as words', async () => {
    const t = i18next.t;
    expect(describeError(new ApiError(400, ['placeId must be a string', 'maxDistanceKm must not be greater than 500', 'languages.0.code must be a language code']), t))
      .toBe('Some of what you entered could not be accepted. Please check where you live, how far you will travel, and a language you speak.');
    expect(describeError(new ApiError(400, ['reason must be one of the following values: not-a-fit, too-far, schedule, other']), t))
      .toBe('Some of what you entered could not be accepted. Please check the reason.');
    expect(describeError(new ApiError(400, ['property partnerGender should not exist', 'each value in interests must be an interest code']), t))
      .toBe('Some of what you entered could not be accepted. Please check who you would like to meet and your interests.');
    // Nothing a person could recognise: the generic sentence, not "cursor" or "Validation failed (uuid is expected)".
    expect(describeError(new ApiError(400, ['cursor is not a cursor this server issued']), t)).toBe('Please check what you entered.');
    expect(describeError(new ApiError(400, ['Validation failed (uuid is expected)']), t)).toBe('Please check what you entered.');
    await i18next.changeLanguage('ar');
    expect(describeError(new ApiError(400, ['timezone must be an IANA time zone such as Europe/Amsterdam']), i18next.t)).toBe('تعذّر قبول بعض ما أدخلته. يرجى مراجعة منطقتك الزمنية.');
  });

  it('falls back to a sentence per status, and to the network sentence when the server cannot be reached', async () => {
    await i18next.changeLanguage('nl');
    const t = i18next.t;
    expect(describeError(new ApiError(0, []), t)).toBe('De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.');
    expect(describeError(new ApiError(401, ['A valid access token is required']), t)).toBe('Log opnieuw in.');
    expect(describeError(new ApiError(403, ['You are not allowed to do this']), t)).toBe('Je mag dit niet doen.');
    expect(describeError(new ApiError(404, ['Not Found']), t)).toBe('Niet gevonden.');
    expect(describeError(new ApiError(409, ['This already exists']), t)).toBe('Dit kan nu niet.');
    expect(describeError(new ApiError(429, ['Too many requests; please slow down']), t)).toBe('Te veel pogingen. Wacht even en probeer het opnieuw.');
    expect(describeError(new ApiError(503, ['Service Unavailable']), t)).toBe('Er ging bij ons iets mis. Probeer het later opnieuw.');
    expect(describeError(new ApiError(418, ['I am a teapot']), t)).toBe('Er ging iets mis. Probeer het opnieuw.');
    expect(describeError(new TypeError('x is undefined'), t)).toBe('Er ging iets mis. Probeer het opnieuw.');
  });

  it('puts a translated rule under a field, and never the server\'s sentence', async () => {
    await i18next.changeLanguage('uk');
    const t = i18next.t;
    const validation = (message: string) => describeFieldMessage(new ApiError(400, [message]), message, t);
    expect(validation('displayName should not be empty')).toBe('Це поле обов’язкове.');
    expect(validation('maxDistanceKm must not be greater than 500')).toBe('Щонайбільше 500.');
    expect(validation('birthYear must be at most 2010 (minimum age 16)')).toBe('Щонайбільше 2010.');
    expect(validation('gender must be one of the following values: female, male, nonbinary, unspecified')).toBe('Оберіть один із варіантів.');
    expect(validation('placeId must be a place id from GET /api/places')).toBe('Це не вдалося прийняти. Перевірте, будь ласка.');
    const unknownPlace = new ApiError(400, ['placeId must be a place id from GET /api/places'], 'profile.unknown-place');
    expect(describeFieldMessage(unknownPlace, unknownPlace.messages[0] ?? '', t)).toBe('Оберіть місце з підказок.');
  });
});

describe('every language says every error and field in its own words', () => {
  it.each(['en', 'nl', 'ar', 'uk'] as const)('%s has a sentence for every code and a label for every field, with no fallback', (locale) => {
    const t = strictT(locale);
    const generic = new Set(['400', '404', '409'].map((status) => t(`errors.status.${status}`)));
    for (const code of CODES) {
      const text = describeError(new ApiError(409, ['The server\'s English'], code, { missing: MISSING }), t);
      expect(generic.has(text), `${locale}: ${code}`).toBe(false);
      expect(text).not.toContain('errors.');
    }
    for (const name of FIELD_NAMES) expect(t(`fields.${name}`, { defaultValue: '' }), `${locale}: fields.${name}`).not.toBe('');
    expect(fieldLabels(t, ['somethingNew'])).toEqual([t('fields.otherDetail')]);
  });

  it.each(['en', 'nl', 'ar', 'uk'] as const)('%s never shows an API field name', (locale) => {
    const t = strictT(locale);
    const texts = [
      ...CODES.map((code) => describeError(new ApiError(409, ['placeId must be a string'], code, { missing: MISSING }), t)),
      ...FIELD_NAMES.map((name) => describeError(new ApiError(400, [`${name} must be a string`]), t)),
      ...FIELD_NAMES.map((name) => describeFieldMessage(new ApiError(400, [`${name} must be a string`]), `${name} must be a string`, t)),
      describeError(new ApiError(400, FIELD_NAMES.map((name) => `property ${name} should not exist`)), t),
      describeError(new ApiError(400, ['matchId must be a UUID', 'clientId must be a UUID']), t),
      ...fieldLabels(t, [...MISSING, 'somethingNew']),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(API_NAME);
      expect(text).not.toMatch(/must be a (string|UUID)|should not exist/);
    }
  });
});
