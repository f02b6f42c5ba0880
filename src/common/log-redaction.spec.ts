import { QueryFailedError } from 'typeorm';
import { isSecretParameter, REDACTED, redactUrl, scrubSql, scrubText, serializeError, serializeRequest } from './log-redaction.js';

/** A failed INSERT as TypeORM reports it: the pg error's fields copied onto it, the values in `parameters` and `detail`. */
function failedInsert(): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
    code: '23505',
    severity: 'ERROR',
    constraint: 'users_email_key',
    table: 'users',
    schema: 'public',
    detail: 'Key (email)=(amal.planted@example.org) already exists.',
    where: "unnamed portal parameter $2 = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA'",
  });
  return new QueryFailedError("INSERT INTO users (email, password_hash, note) VALUES ($1, $2, 'literal note')", ['amal.planted@example.org', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA', 'my private message'], driverError);
}

describe('log redaction', () => {
  describe('query strings', () => {
    it('replaces the value of every secret parameter and keeps the path and the others', () => {
      expect(redactUrl('/api/me/calendar.ics?token=abc.def-123')).toBe(`/api/me/calendar.ics?token=${REDACTED}`);
      expect(redactUrl('/api/unsubscribe?token=t1&type=chat.unread')).toBe(`/api/unsubscribe?token=${REDACTED}&type=chat.unread`);
      expect(redactUrl('/reset-password?resetToken=r&password=p&code=c&client_secret=s&page=2#top')).toBe(`/reset-password?resetToken=${REDACTED}&password=${REDACTED}&code=${REDACTED}&client_secret=${REDACTED}&page=2#top`);
      expect(redactUrl('GET /api/x?%74oken=encoded')).toBe(`GET /api/x?%74oken=${REDACTED}`);
    });

    it('leaves a URL without secrets exactly as it was', () => {
      for (const url of ['/api/health', '/api/matches?limit=20&cursor=abc', '/api/places?q=Utrecht&postcode=3511', '/api/x?flag', '/api/x?%E0%A4%A=1']) expect(redactUrl(url)).toBe(url);
    });

    it('names secret parameters by what they hold, not by exact spelling', () => {
      for (const name of ['token', 'Token', 'access_token', 'calendarToken', 'secret', 'password', 'newPassword', 'code', 'key', 'sig', 'otp', 'authorization']) expect(isSecretParameter(name)).toBe(true);
      for (const name of ['type', 'page', 'postcode', 'monkey', 'limit', 'q']) expect(isSecretParameter(name)).toBe(false);
    });

    it('shows a request as id, method and redacted URL only', () => {
      expect(serializeRequest({ id: 'r1', method: 'GET', url: '/api/me/calendar.ics?token=abc', headers: { authorization: 'Bearer x' } } as never)).toEqual({ id: 'r1', method: 'GET', url: `/api/me/calendar.ics?token=${REDACTED}` });
    });
  });

  describe('free text', () => {
    it('scrubs emails, bearer tokens, JWTs, password hashes and secret query values', () => {
      const text = 'Created amal.planted+x@example.org; Bearer abc.def; eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln; $argon2id$v=19$m=65536$c2FsdA$aGFzaA; see https://x.org/api/unsubscribe?token=t0k3n&type=a';
      const scrubbed = scrubText(text);
      for (const secret of ['amal.planted', 'abc.def', 'eyJ', 'argon2', 't0k3n']) expect(scrubbed).not.toContain(secret);
      expect(scrubbed).toContain('&type=a');
    });

    it("scrubs the values PostgreSQL quotes in its messages and details, keeping the names it quotes", () => {
      expect(scrubText('invalid input syntax for type uuid: "my secret"')).toBe(`invalid input syntax for type uuid: "${REDACTED}"`);
      expect(scrubText('Key (email)=(a@b.nl) already exists.')).toBe(`Key (email)=(${REDACTED}) already exists.`);
      expect(scrubText('Failing row contains (1, private text, null).')).toBe(`Failing row contains (${REDACTED}).`);
      expect(scrubText('relation "users" does not exist')).toBe('relation "users" does not exist');
      expect(scrubText('new row for relation "messages" violates check constraint "messages_body_check"')).toBe('new row for relation "messages" violates check constraint "messages_body_check"');
      expect(scrubText('could not store "a private sentence"')).toBe(`could not store "${REDACTED}"`);
    });

    it('keeps the shape of SQL and drops its literals', () => {
      expect(scrubSql("SELECT * FROM users WHERE email = $1 AND note = 'it''s private'")).toBe(`SELECT * FROM users WHERE email = $1 AND note = '${REDACTED}'`);
    });
  });

  describe('errors', () => {
    it('logs a failed query by its code, constraint and SQL, never its parameters or detail', () => {
      const serialized = serializeError(failedInsert()) as Record<string, unknown>;
      const text = JSON.stringify(serialized);
      for (const secret of ['amal.planted', 'argon2', 'my private message', 'literal note']) expect(text).not.toContain(secret);
      expect(serialized).toMatchObject({ type: 'QueryFailedError', code: '23505', constraint: 'users_email_key', table: 'users', query: `INSERT INTO users (email, password_hash, note) VALUES ($1, $2, '${REDACTED}')` });
      expect(serialized).not.toHaveProperty('parameters');
      expect(serialized).not.toHaveProperty('detail');
      expect(serialized).not.toHaveProperty('where');
      expect(serialized.driverError).toMatchObject({ code: '23505', message: 'duplicate key value violates unique constraint "users_email_key"' });
      expect(String(serialized.stack)).toContain('log-redaction.spec');
    });

    it('scrubs messages and stacks, and follows causes and aggregated errors', () => {
      const inner = new Error('could not reach a@b.org');
      const outer = new Error('sending failed', { cause: inner });
      const serialized = serializeError(new AggregateError([outer], 'all failed')) as { aggregateErrors: Array<{ cause: { message: string; stack: string } }> };
      expect(serialized.aggregateErrors[0]?.cause.message).toBe(`could not reach ${REDACTED}`);
      expect(serialized.aggregateErrors[0]?.cause.stack).not.toContain('a@b.org');
    });

    it("takes the original error from pino's own serialization", () => {
      const error = failedInsert();
      expect(JSON.stringify(serializeError({ type: 'QueryFailedError', message: error.message, parameters: ['amal.planted@example.org'], raw: error }))).not.toContain('amal.planted');
    });

    it('scrubs a string logged as an error and leaves other values alone', () => {
      expect(serializeError('550 <a@b.org> rejected')).toBe(`550 <${REDACTED}> rejected`);
      expect(serializeError(42)).toBe(42);
      expect(serializeError(undefined)).toBeUndefined();
    });
  });
});
