import { chatUnreadKey, emailForNotification, notYetAnswered, waitedOnExpiredProposal } from './email-rules.js';
import { emailLocaleOf, emailLocaleOfCountry, isOptionalEmailType, mayReceive, OPTIONAL_EMAIL_TYPES } from './email-types.js';

const verified = { emailVerified: true, erased: false, turnedOff: new Set<string>() };

describe('who receives an email', () => {
  it('sends only the verification and reset links to an unverified address', () => {
    const unverified = { ...verified, emailVerified: false };
    expect(mayReceive('account.verify-email', unverified)).toBe(true);
    expect(mayReceive('account.password-reset', unverified)).toBe(true);
    expect(mayReceive('match.proposed', unverified)).toBe(false);
    expect(mayReceive('account.warned', unverified)).toBe(false);
    expect(mayReceive('match.proposed', verified)).toBe(true);
  });

  it('never sends a type the person turned off, but always the essential ones', () => {
    const off = { ...verified, turnedOff: new Set(['match.proposed', 'account.warned']) };
    expect(mayReceive('match.proposed', off)).toBe(false);
    expect(mayReceive('match.active', off)).toBe(true);
    expect(mayReceive('account.warned', off)).toBe(true);
    expect(OPTIONAL_EMAIL_TYPES).not.toContain('account.password-reset');
  });

  it('sends nothing to an erased account', () => {
    expect(mayReceive('account.password-reset', { ...verified, erased: true })).toBe(false);
  });

  it('picks the language of the emails from the locale tag', () => {
    expect(emailLocaleOf('nl-BE')).toBe('nl');
    expect(emailLocaleOf('ar')).toBe('ar');
    expect(emailLocaleOf('UK')).toBe('uk');
    expect(emailLocaleOf('de')).toBe('en');
    expect(emailLocaleOf(null)).toBe('en');
  });
});

describe('emails to an organisation', () => {
  it('are written in the language of its country, English otherwise', () => {
    expect(emailLocaleOfCountry('NL')).toBe('nl');
    expect(emailLocaleOfCountry('be')).toBe('nl');
    expect(emailLocaleOfCountry('UA')).toBe('uk');
    expect(emailLocaleOfCountry('JO')).toBe('ar');
    expect(emailLocaleOfCountry('ZA')).toBe('en');
    expect(emailLocaleOfCountry('ZZ')).toBe('en');
  });

  it('never lets anyone turn off an urgent safety concern', () => {
    expect(isOptionalEmailType('safeguarding.urgent-report')).toBe(false);
    expect(mayReceive('safeguarding.urgent-report', { emailVerified: true, erased: false, turnedOff: new Set(['safeguarding.urgent-report']) })).toBe(true);
  });
});

describe('which notification becomes which email', () => {
  it('emails notifications of the contract types, only the 24 h reminder, and the check-in types as they come', () => {
    expect(emailForNotification({ type: 'match.proposed', data: {} })).toBe('match.proposed');
    expect(emailForNotification({ type: 'match.accepted', data: {} })).toBeNull();
    expect(emailForNotification({ type: 'match.ended', data: {} })).toBeNull();
    expect(emailForNotification({ type: 'meetup.reminder', data: { hoursBefore: 24 } })).toBe('meetup.reminder');
    expect(emailForNotification({ type: 'meetup.reminder', data: { hoursBefore: 1 } })).toBeNull();
    expect(emailForNotification({ type: 'checkin.due', data: {} })).toBe('checkin.due');
    expect(emailForNotification({ type: 'match.ending', data: {} })).toBe('match.ending');
  });

  it('tells an expired proposal to whoever had accepted, and nudges whoever has not answered', () => {
    const match = { migrantId: 'm', hostId: 'h', acceptedByMigrant: true, acceptedByHost: false };
    expect(waitedOnExpiredProposal(match)).toEqual(['m']);
    expect(notYetAnswered(match)).toEqual(['h']);
    expect(waitedOnExpiredProposal({ ...match, acceptedByMigrant: false })).toEqual([]);
  });

  it('keys chat.unread by conversation, person and hour', () => {
    const at = new Date('2026-01-01T10:05:00Z');
    expect(chatUnreadKey('c', 'u', at)).toBe(chatUnreadKey('c', 'u', new Date('2026-01-01T10:59:00Z')));
    expect(chatUnreadKey('c', 'u', at)).not.toBe(chatUnreadKey('c', 'u', new Date('2026-01-01T11:00:00Z')));
  });
});
