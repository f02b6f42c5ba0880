import type { Writable } from 'node:stream';

/**
 * Frames written to one connection during one turn of the event loop leave in one `writev`.
 *
 * A stored chat message means three WebSocket frames at once: the ack to the sender and the
 * `message` event to both participants, and with group commit a whole batch of them. Written one
 * by one, each frame is a system call (on loopback, the kernel's whole TCP path runs inside it);
 * corked until the turn ends, a connection's frames go out together. They wait only for the rest of
 * the current turn (`setImmediate`), not for a timer.
 *
 * A write's callback is called as soon as the frame is queued, not after the corked `writev`.
 * Engine.io sends nothing more to a connection until its last write's callback, so waiting for the
 * `writev` would hold the ack back for a turn and a second system call; the frame is in the
 * connection's buffer either way, in order, and a failing connection still reports through its
 * `error` and `close` events, which is how Engine.io learns of it.
 */
export function coalesceWritesPerTurn(connection: Writable): void {
  const write = connection.write.bind(connection) as (...args: unknown[]) => boolean;
  connection.write = ((...args: unknown[]): boolean => {
    if (connection.destroyed || connection.writableEnded) return write(...args);
    if (!corked.has(connection)) {
      connection.cork();
      corked.add(connection);
      if (corked.size === 1) setImmediate(uncorkAll);
    }
    const last = args[args.length - 1];
    if (typeof last !== 'function') return write(...args);
    const accepted = write(...args.slice(0, -1));
    process.nextTick(last);
    return accepted;
  }) as Writable['write'];
}

const corked = new Set<Writable>();

function uncorkAll(): void {
  const connections = [...corked];
  corked.clear();
  for (const connection of connections) connection.uncork();
}
