import type { Flag } from './flags.js';
import { actionTarget, autoReportFor, isUrgentReport, queueRank, urgentCauseOf, REPORT_REASONS, suspensionEnd } from './report-rules.js';

describe('isUrgentReport', () => {
  it('makes a participant\'s report urgent only when it is about safety', () => {
    const urgent = REPORT_REASONS.filter((reason) => isUrgentReport('participant', reason));
    expect(urgent).toEqual(['safety']);
  });

  it('makes every meetup concern and every check-in asking for contact urgent, whatever the reason', () => {
    for (const reason of REPORT_REASONS) {
      expect(isUrgentReport('meetup-concern', reason)).toBe(true);
      expect(isUrgentReport('checkin-contact', reason)).toBe(true);
    }
  });

  it('never makes an automatic flag urgent, not even one about safety', () => {
    for (const reason of REPORT_REASONS) expect(isUrgentReport('flag', reason)).toBe(false);
  });

  it('names each urgent origin\'s cause for the safeguarding email', () => {
    expect(urgentCauseOf('participant')).toBe('safety-report');
    expect(urgentCauseOf('meetup-concern')).toBe('meetup-concern');
    expect(urgentCauseOf('checkin-contact')).toBe('checkin-contact');
  });

  it('ranks urgent reports before the others', () => {
    expect(queueRank(true)).toBeLessThan(queueRank(false));
  });
});

describe('autoReportFor', () => {
  it('opens nothing when nothing was flagged', () => {
    expect(autoReportFor([])).toBeUndefined();
  });

  it('names what was detected, masked, and files contact details under safety', () => {
    const flags: Flag[] = [{ kind: 'phone', match: '+31 6 ******78' }, { kind: 'abusive', match: 'f**k', language: 'en' }];
    expect(autoReportFor(flags)).toEqual({ reason: 'safety', details: 'Automatic flag: phone number (+31 6 ******78); abusive language (f**k, en)' });
  });

  it('files abusive language alone under inappropriate', () => {
    expect(autoReportFor([{ kind: 'abusive', match: 'i***t', language: 'nl' }])?.reason).toBe('inappropriate');
  });

  it('keeps the details within the 2000-character limit', () => {
    const many: Flag[] = Array.from({ length: 200 }, () => ({ kind: 'url', match: 'https://example.org/********' }));
    expect(autoReportFor(many)?.details.length).toBe(2000);
  });
});

describe('actionTarget', () => {
  const message = { messageId: 'm', matchId: 'x', userId: null, messageSenderId: 's' };
  const person = { messageId: null, matchId: null, userId: 'u', messageSenderId: null };

  it.each([
    ['dismiss', message, { kind: 'none' }],
    ['hide_message', message, { kind: 'message', messageId: 'm' }],
    ['warn_user', message, { kind: 'user', userId: 's' }],
    ['suspend_user', { ...message, userId: 'u' }, { kind: 'user', userId: 'u' }],
    ['end_match', message, { kind: 'match', matchId: 'x' }],
    ['suspend_user', person, { kind: 'user', userId: 'u' }],
  ] as const)('%s acts on the right thing', (action, targets, expected) => {
    expect(actionTarget(action, targets)).toEqual(expected);
  });

  it.each([
    ['hide_message', person],
    ['end_match', person],
    ['warn_user', { messageId: null, matchId: 'x', userId: null, messageSenderId: null }],
  ] as const)('%s has no target on a report without one', (action, targets) => {
    expect(actionTarget(action, targets)).toBeUndefined();
  });
});

describe('suspensionEnd', () => {
  const now = new Date('2026-03-28T12:00:00.000Z');

  it('is whole 24-hour days from now, unaffected by daylight saving', () => {
    expect(suspensionEnd(now, 2)).toEqual(new Date('2026-03-30T12:00:00.000Z'));
  });

  it('is null (until lifted) without days', () => {
    expect(suspensionEnd(now, undefined)).toBeNull();
  });

  it('refuses a non-positive or fractional number of days', () => {
    expect(() => suspensionEnd(now, 0)).toThrow(RangeError);
    expect(() => suspensionEnd(now, 1.5)).toThrow(RangeError);
  });
});
