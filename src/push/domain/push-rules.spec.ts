import { createECDH, randomBytes } from 'node:crypto';
import { areAcceptableKeys, endpointHost, isAcceptableEndpoint, mayPush, outcomeOf, pushForNotification, pushPayload } from './push-rules.js';

describe('push rules', () => {
  it('carries the notifications email carries', () => {
    expect(pushForNotification({ type: 'match.proposed', data: {} })).toBe('match.proposed');
    expect(pushForNotification({ type: 'match.accepted', data: {} })).toBeNull();
    expect(pushForNotification({ type: 'meetup.reminder', data: { hoursBefore: 1 } })).toBeNull();
    expect(pushForNotification({ type: 'meetup.reminder', data: { hoursBefore: 24 } })).toBe('meetup.reminder');
  });

  it('follows the email choices: a type turned off is not pushed, an essential one always is', () => {
    const turnedOff = new Set(['match.proposed', 'account.warned']);
    expect(mayPush('match.proposed', { erased: false, turnedOff })).toBe(false);
    expect(mayPush('match.active', { erased: false, turnedOff })).toBe(true);
    expect(mayPush('account.warned', { erased: false, turnedOff })).toBe(true);
    expect(mayPush('account.warned', { erased: true, turnedOff: new Set() })).toBe(false);
  });

  it('opens the match a notification is about, in the words of the email', () => {
    expect(pushPayload('match.proposed', 'nl', 'Amal wil je graag ontmoeten', { matchId: 'm/1' })).toEqual({ type: 'match.proposed', title: 'Amal wil je graag ontmoeten', body: expect.any(String) as string, url: '/#/matches/m%2F1' });
    expect(pushPayload('match.declined', 'en', 's', { matchId: 'm' }).url).toBe('/#/suggestions');
    expect(pushPayload('account.warned', 'en', 's', { note: 'private words' })).toEqual({ type: 'account.warned', title: 's', body: 'Open Common Ground', url: '/#/' });
  });

  it('accepts https endpoints, and http only on this machine outside production', () => {
    expect(isAcceptableEndpoint('https://fcm.googleapis.com/fcm/send/abc', true)).toBe(true);
    expect(isAcceptableEndpoint('http://127.0.0.1:4000/push/1', false)).toBe(true);
    expect(isAcceptableEndpoint('http://127.0.0.1:4000/push/1', true)).toBe(false);
    expect(isAcceptableEndpoint('http://push.example.org/1', false)).toBe(false);
    expect(isAcceptableEndpoint('https://user:pw@push.example.org/1', false)).toBe(false);
    expect(isAcceptableEndpoint('ftp://push.example.org/1', false)).toBe(false);
    expect(isAcceptableEndpoint('not a url', false)).toBe(false);
    expect(isAcceptableEndpoint(`https://push.example.org/${'a'.repeat(2048)}`, false)).toBe(false);
  });

  it('accepts the keys a browser makes and nothing else', () => {
    const browser = createECDH('prime256v1');
    const keys = { p256dh: browser.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') };
    expect(areAcceptableKeys(keys)).toBe(true);
    expect(areAcceptableKeys({ ...keys, auth: randomBytes(8).toString('base64url') })).toBe(false);
    expect(areAcceptableKeys({ ...keys, p256dh: Buffer.concat([Buffer.from([0x02]), randomBytes(64)]).toString('base64url') })).toBe(false);
    expect(areAcceptableKeys({ ...keys, p256dh: browser.getPublicKey('base64url', 'compressed') })).toBe(false);
    expect(areAcceptableKeys({ ...keys, p256dh: 'not base64url!' })).toBe(false);
  });

  it('shows only the host of an endpoint and reads the push service answer', () => {
    expect(endpointHost('https://updates.push.services.mozilla.com/wpush/v2/secret')).toBe('updates.push.services.mozilla.com');
    expect(outcomeOf(201)).toBe('sent');
    expect(outcomeOf(410)).toBe('gone');
    expect(outcomeOf(404)).toBe('gone');
    expect(outcomeOf(429)).toBe('retry');
    expect(outcomeOf(500)).toBe('retry');
  });
});
