import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createRootLogger, PinoNestLogger } from './logging.js';

/** The root logger writing into memory: what an operator would read. */
function capturedLogger(): { logger: ReturnType<typeof createRootLogger>; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: createRootLogger('info', destination), text: () => chunks.join('') };
}

const failedQuery = (): QueryFailedError =>
  new QueryFailedError('INSERT INTO messages (body, author) VALUES ($1, $2)', ['planted message body', 'planted@example.org'], Object.assign(new Error('boom'), { code: 'XX000' }));

describe('the logging configuration', () => {
  it('writes a failed query through the err serializer wherever it is logged', () => {
    const { logger, text } = capturedLogger();
    const nest = new PinoNestLogger(logger);
    nest.error({ err: failedQuery(), route: 'GET /api/me/calendar.ics?token=planted-token' }, 'Unhandled error', 'Errors');
    // An error handed to Nest's logger as the message itself, as Nest does for its own failures.
    nest.error(failedQuery(), 'Errors');
    const lines = text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ msg: 'Unhandled error', context: 'Errors', route: 'GET /api/me/calendar.ics?token=[redacted]', err: { code: 'XX000', query: 'INSERT INTO messages (body, author) VALUES ($1, $2)' } });
    expect(lines[1]).toMatchObject({ context: 'Errors', err: { type: 'QueryFailedError' } });
    expect(text()).not.toMatch(/planted/);
  });

  it('censors secret fields and scrubs messages', () => {
    const { logger, text } = capturedLogger();
    logger.info({ password: 'planted-password', user: { email: 'planted@example.org' }, req: { headers: { authorization: 'Bearer planted' } } }, 'Created the account of planted2@example.org');
    expect(JSON.parse(text())).toMatchObject({ password: '[redacted]', user: { email: '[redacted]' }, msg: 'Created the account of [redacted]' });
    expect(text()).not.toMatch(/planted/);
  });
});
