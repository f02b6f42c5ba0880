import { describe, expect, it } from 'vitest';
import { ApiError, call, fieldErrors, fieldOfMessage } from './errors';

describe('API errors', () => {
  it('reads the NestJS error shape with code and params', () => {
    const error = ApiError.from(409, { statusCode: 409, message: 'Taken', error: 'Conflict', code: 'auth.email-taken', params: { a: 1 } });
    expect(error).toMatchObject({ status: 409, messages: ['Taken'], code: 'auth.email-taken', params: { a: 1 } });
    expect(ApiError.from(500, 'oops').messages).toEqual([]);
  });

  it('places validation messages by the property they start with, and domain errors by code', () => {
    const validation = new ApiError(400, ['email must be an email address', 'languages.0.code must be a language code', 'something else'], undefined);
    expect(fieldErrors(validation, ['email', 'languages'])).toEqual({
      byField: { email: ['email must be an email address'], languages: ['languages.0.code must be a language code'] },
      other: ['something else'],
    });
    const weak = new ApiError(400, ['password is one of the most common passwords; choose another'], 'auth.weak-password');
    expect(fieldErrors(weak, ['password']).byField).toEqual({ password: ['password is one of the most common passwords; choose another'] });
  });

  it('reads a refused chat event as the refused call it stands for', () => {
    expect(ApiError.fromSocket('This conversation is not active; it can be read but not written to', 'chat.read-only')).toMatchObject({ status: 409, code: 'chat.read-only' });
    expect(ApiError.fromSocket('Match not found', 'match.not-found')).toMatchObject({ status: 404, code: 'match.not-found' });
    expect(ApiError.fromSocket('rate-limited: at most 20 events at once', 'chat.rate-limited')).toMatchObject({ status: 429, code: 'chat.rate-limited' });
    expect(ApiError.fromSocket('body should not be empty; matchId must be a UUID', 'validation')).toMatchObject({ status: 400, code: undefined, messages: ['body should not be empty', 'matchId must be a UUID'] });
    expect(ApiError.fromSocket('Forbidden resource', 'http.403')).toMatchObject({ status: 403, code: undefined });
    expect(ApiError.fromSocket('Internal error; please retry', 'internal')).toMatchObject({ status: 500, code: undefined });
    expect(ApiError.fromSocket(undefined, undefined)).toMatchObject({ status: 500, messages: [] });
  });

  it('finds the property a validation message is about, however class-validator words it', () => {
    expect(fieldOfMessage('placeId must be a string')).toBe('placeId');
    expect(fieldOfMessage('availability.2.start must be HH:MM')).toBe('availability');
    expect(fieldOfMessage('property partnerGender should not exist')).toBe('partnerGender');
    expect(fieldOfMessage('each value in interests must be an interest code')).toBe('interests');
    expect(fieldOfMessage("All learning's elements must be unique")).toBe('learning');
    const nested = new ApiError(400, ['each value in interests must be an interest code', 'property foo should not exist']);
    expect(fieldErrors(nested, ['interests']).byField).toEqual({ interests: ['each value in interests must be an interest code'] });
  });

  it('unwraps data, and throws for error statuses and network failures', async () => {
    await expect(call(Promise.resolve({ data: { ok: 1 }, response: new Response(null, { status: 200 }) }))).resolves.toEqual({ ok: 1 });
    await expect(call(Promise.resolve({ error: { message: 'no' }, response: new Response(null, { status: 404 }) }))).rejects.toMatchObject({ status: 404, messages: ['no'] });
    await expect(call(Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({ status: 0 });
  });
});
