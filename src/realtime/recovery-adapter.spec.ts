import type { Namespace } from 'socket.io';
import { recoveryAdapterExcept } from './recovery-adapter.js';

const EVENT = 2;

/** Just enough of a namespace for the adapter: no sockets, a JSON encoder, the recovery window. */
function fakeNamespace(): Namespace {
  return {
    name: '/chat',
    sockets: new Map(),
    server: { opts: { connectionStateRecovery: { maxDisconnectionDuration: 60_000 } }, encoder: { encode: (packet: unknown) => [JSON.stringify(packet)] } },
  } as unknown as Namespace;
}

describe('recoveryAdapterExcept', () => {
  const RecoveryAdapter = recoveryAdapterExcept(['message']);
  const toRoom = { rooms: new Set(['match:1']), except: new Set<string>() };
  const event = (...data: unknown[]): { type: number; data: unknown[] } => ({ type: EVENT, data });

  it('replays the other events a recovered socket missed, but not the named ones', async () => {
    const adapter = new RecoveryAdapter(fakeNamespace());
    const reached = event('typing', { matchId: '1' });
    adapter.broadcast(reached, toRoom);
    const offset = reached.data[reached.data.length - 1];
    expect(typeof offset).toBe('string');

    const message = event('message', { seq: 1 });
    adapter.broadcast(message, toRoom);
    adapter.broadcast(event('read', { seq: 1 }), toRoom);
    adapter.persistSession({ sid: 's', pid: 'p', rooms: ['match:1'], data: {} });

    const session = await adapter.restoreSession('p', String(offset));
    expect(session?.missedPackets.map((data) => data[0])).toEqual(['read']);
    // Not kept, so not given a recovery offset either.
    expect(message.data).toEqual(['message', { seq: 1 }]);
  });

  it('keeps everything when nothing is named, as Socket.IO does', async () => {
    const adapter = new (recoveryAdapterExcept([]))(fakeNamespace());
    const reached = event('typing', {});
    adapter.broadcast(reached, toRoom);
    adapter.broadcast(event('message', { seq: 1 }), toRoom);
    adapter.persistSession({ sid: 's', pid: 'p', rooms: ['match:1'], data: {} });
    const session = await adapter.restoreSession('p', String(reached.data[reached.data.length - 1]));
    expect(session?.missedPackets.map((data) => data[0])).toEqual(['message']);
  });
});
