import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.js';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const userId = '0190f0e0-0000-7000-8000-000000000001';

describe('unsubscribe tokens', () => {
  it('name the person and the type they were made for', () => {
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, userId, 'match.proposed'))).toEqual({ userId, type: 'match.proposed' });
  });

  it('refuse a token signed with another secret, altered, or malformed', () => {
    const token = unsubscribeToken(secret, userId, 'chat.unread');
    expect(readUnsubscribeToken('another-secret-of-at-least-thirty-two-chars', token)).toBeNull();
    const [payload, sig] = token.split('.');
    const otherType = Buffer.from(`${userId}|match.active`).toString('base64url');
    expect(readUnsubscribeToken(secret, `${otherType}.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(secret, `${payload}`)).toBeNull();
    expect(readUnsubscribeToken(secret, `${payload}.${sig}.x`)).toBeNull();
    expect(readUnsubscribeToken(secret, '')).toBeNull();
  });
});
