import { Adapter, SessionAwareAdapter, type BroadcastOptions } from 'socket.io-adapter';

/** socket.io-parser's EVENT packet type. */
const EVENT = 2;

interface OutgoingPacket {
  type: number;
  data?: unknown[];
}

/**
 * Socket.IO's in-memory connection-state recovery, except for the events named: those are
 * delivered as usual but not kept for replay, because their clients resync them another way.
 *
 * Chat messages are resynced by `join` with `afterSeq`, answered through the socket's delivery
 * ledger. A replay by Socket.IO bypasses that ledger, so a socket recovered after losing messages
 * in flight would get them twice: replayed, and again in its re-join's backlog. And keeping every
 * chat message in the process heap for the whole recovery window grows the heap with the traffic.
 */
export function recoveryAdapterExcept(resyncedElsewhere: readonly string[]): typeof SessionAwareAdapter {
  const notKept = new Set(resyncedElsewhere);
  return class RecoveryAdapter extends SessionAwareAdapter {
    override broadcast(packet: OutgoingPacket, opts: BroadcastOptions): void {
      const event = packet.type === EVENT ? packet.data?.[0] : undefined;
      if (typeof event === 'string' && notKept.has(event)) Adapter.prototype.broadcast.call(this, packet, opts);
      else super.broadcast(packet, opts);
    }
  };
}
