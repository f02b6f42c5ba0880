import type { Writable } from 'node:stream';

/**
 * Frames written to one connection during one turn of the event loop leave in one `writev`.
 *
 * A stored chat message means three WebSocket frames at once: the ack to the sender and the
 * `message` event to both participants, and with group commit a whole batch of them. Written one
 * by one, each frame is a system call (on loopback, the kernel's whole TCP path runs inside it);
 * corked until the turn ends, a connection's frames go out together. They wait only for the rest of
 * the current turn (`setImmediate`), not for a timer.
 */
export function coalesceWritesPerTurn(connection: Writable): void {
  const write = connection.write.bind(connection) as (...args: unknown[]) => boolean;
  connection.write = ((...args: unknown[]): boolean => {
    if (!corked.has(connection) && !connection.destroyed) {
      connection.cork();
      corked.add(connection);
      if (corked.size === 1) setImmediate(uncorkAll);
    }
    return write(...args);
  }) as Writable['write'];
}

const corked = new Set<Writable>();

function uncorkAll(): void {
  const connections = [...corked];
  corked.clear();
  for (const connection of connections) connection.uncork();
}
