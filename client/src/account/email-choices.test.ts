import { describe, expect, it } from 'vitest';
import type { EmailChoices } from '../data/account';
import { EMAIL_CHOICE_GROUPS, emailChoiceLabelKey, emailTypeOfUnsubscribeToken } from './email-choices';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import nl from '../i18n/locales/nl.json';
import uk from '../i18n/locales/uk.json';

/** Every type PUT /api/me/preferences accepts (the API's EmailChoicesView), as a value. */
const API_CHOICES: Record<keyof EmailChoices, true> = {
  'account.verified': true, 'chat.unread': true, 'checkin.due': true, 'match.active': true, 'match.declined': true, 'match.ending': true,
  'match.expired': true, 'match.proposed': true, 'meetup.cancelled': true, 'meetup.confirmed': true, 'meetup.proposed': true,
  'meetup.reminder': true, 'nudge.profile-incomplete': true, 'nudge.proposal-waiting': true,
};

function lookUp(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** An unsubscribe token as src/email/unsubscribe-token.ts makes one (the signature does not matter here). */
function tokenFor(type: string): string {
  const payload = btoa(`00000000-0000-4000-8000-000000000001|${type}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${payload}.c2lnbmF0dXJl`;
}

describe('the emails a person may turn off', () => {
  it('lists every type of the API exactly once', () => {
    const listed = EMAIL_CHOICE_GROUPS.flatMap(({ choices }) => choices);
    expect([...listed].sort()).toEqual(Object.keys(API_CHOICES).sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(EMAIL_CHOICE_GROUPS.map(({ group }) => group)).toEqual(['matches', 'meetups', 'other']);
  });

  it.each([['en', en], ['nl', nl], ['ar', ar], ['uk', uk]] as const)('has a distinct label for each in %s', (_, resource) => {
    const labels = EMAIL_CHOICE_GROUPS.flatMap(({ choices }) => choices).map((choice) => lookUp(resource, emailChoiceLabelKey(choice)));
    for (const label of labels) expect(typeof label === 'string' && label.length > 0).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('the type an unsubscribe link is for', () => {
  it('is read from the token the server signs', () => {
    expect(emailTypeOfUnsubscribeToken(tokenFor('chat.unread'))).toBe('chat.unread');
    expect(emailTypeOfUnsubscribeToken(tokenFor('nudge.proposal-waiting'))).toBe('nudge.proposal-waiting');
  });

  it('is unknown for a type that cannot be turned off, or a token that cannot be read', () => {
    expect(emailTypeOfUnsubscribeToken(tokenFor('account.password-reset'))).toBeUndefined();
    expect(emailTypeOfUnsubscribeToken('not base64!.x')).toBeUndefined();
    expect(emailTypeOfUnsubscribeToken('')).toBeUndefined();
    expect(emailTypeOfUnsubscribeToken('a')).toBeUndefined();
  });
});
