import { Writable } from 'node:stream';
import { coalesceWritesPerTurn } from './write-coalescing.js';

/** A connection that records how its bytes reach the "kernel": one entry per write or writev call. */
function recordingConnection(): { connection: Writable; calls: string[][] } {
  const calls: string[][] = [];
  const connection = new Writable({
    write(chunk: Buffer, _encoding, done) {
      calls.push([chunk.toString()]);
      done();
    },
    writev(chunks, done) {
      calls.push(chunks.map(({ chunk }) => (chunk as Buffer).toString()));
      done();
    },
  });
  return { connection, calls };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('coalesceWritesPerTurn', () => {
  it('sends what one turn wrote to a connection in one writev, after the turn', async () => {
    const { connection, calls } = recordingConnection();
    coalesceWritesPerTurn(connection);
    connection.write('ack');
    await Promise.resolve();
    connection.write('message');
    expect(calls).toEqual([]);
    await nextTurn();
    expect(calls).toEqual([['ack', 'message']]);
  });

  it('keeps connections apart and starts afresh on the next turn', async () => {
    const a = recordingConnection();
    const b = recordingConnection();
    coalesceWritesPerTurn(a.connection);
    coalesceWritesPerTurn(b.connection);
    a.connection.write('a1');
    b.connection.write('b1');
    a.connection.write('a2');
    await nextTurn();
    a.connection.write('a3');
    await nextTurn();
    expect(a.calls).toEqual([['a1', 'a2'], ['a3']]);
    expect(b.calls).toEqual([['b1']]);
  });

  it('answers a write once it is queued, so a writer that waits for that answer sends its next frame in the same writev', async () => {
    const { connection, calls } = recordingConnection();
    coalesceWritesPerTurn(connection);
    // Engine.io's way: the next frame goes out only from the previous write's callback.
    connection.write('message', () => connection.write('ack', () => connection.write('typing')));
    await nextTurn();
    expect(calls).toEqual([['message', 'ack', 'typing']]);
  });

  it('keeps the encoding argument when a callback follows it', async () => {
    const { connection, calls } = recordingConnection();
    coalesceWritesPerTurn(connection);
    const answered = new Promise<void>((resolve) => connection.write('6869', 'hex', () => resolve()));
    await answered;
    await nextTurn();
    expect(calls).toEqual([['hi']]);
  });

  it('leaves a connection that has ended to report its own errors', async () => {
    const { connection } = recordingConnection();
    coalesceWritesPerTurn(connection);
    connection.on('error', () => undefined);
    connection.end();
    const error = await new Promise<NodeJS.ErrnoException | null | undefined>((resolve) => connection.write('late', resolve));
    expect(error?.code).toBe('ERR_STREAM_WRITE_AFTER_END');
  });
});
