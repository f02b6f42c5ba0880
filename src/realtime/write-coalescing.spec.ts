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
});
