import { describe, expect, it } from 'vitest';
import { chatTransport, type RealtimeSocket } from './realtime';

/** A socket that records what the transport asks of it and acks every request with `ack`. */
function fakeSocket(ack: unknown) {
  const calls: unknown[][] = [];
  const socket = {
    connected: true,
    on: (...args: unknown[]) => calls.push(['on', ...args]),
    off: (...args: unknown[]) => calls.push(['off', ...args]),
    emit: (...args: unknown[]) => calls.push(['emit', ...args]),
    timeout(ms: number) {
      return {
        emitWithAck: (...args: unknown[]) => {
          calls.push(['emitWithAck', ms, ...args]);
          return Promise.resolve(ack);
        },
      };
    },
  };
  return { socket: socket as unknown as RealtimeSocket, calls };
}

describe('chatTransport', () => {
  const matchId = 'match-1';

  it('passes events and payloads through to the socket and resolves with the ack', async () => {
    const { socket, calls } = fakeSocket({ ok: true, seq: 3 });
    const transport = chatTransport(socket);
    const onTyping = (): void => {};
    transport.on('typing', onTyping);
    transport.off('typing', onTyping);
    transport.emit('typing', { matchId });
    await expect(transport.request('read', { matchId, seq: 3 }, 500)).resolves.toEqual({ ok: true, seq: 3 });
    expect(calls).toEqual([
      ['on', 'typing', onTyping],
      ['off', 'typing', onTyping],
      ['emit', 'typing', { matchId }],
      ['emitWithAck', 500, 'read', { matchId, seq: 3 }],
    ]);
  });

  it("admits only the server's event map (checked by `npm run typecheck`)", () => {
    const { socket } = fakeSocket({ ok: true, seq: 0 });
    const transport = chatTransport(socket);
    // @ts-expect-error not a client event
    void transport.request('sned', { matchId }, 500).catch(() => undefined);
    // @ts-expect-error `send` needs the clientId
    void transport.request('send', { matchId, body: 'hi' }, 500).catch(() => undefined);
    // @ts-expect-error a `message` carries a ChatMessage, not a string
    transport.on('message', (message: string) => message);
    // @ts-expect-error `notification` is the provider's, not a conversation's
    transport.on('notification', () => undefined);
    // @ts-expect-error `join` takes a matchId
    socket.emit('join', { match: matchId }, () => undefined);
  });
});
