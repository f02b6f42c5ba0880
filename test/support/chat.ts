import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { ChatMessage, ClientToServerEvents, SendAck, ServerEventName, ServerToClientEvents } from '../../src/realtime/realtime-events.js';
import { connectSocket } from './sockets.js';
import type { TestApp } from './test-app.js';

/** A `/chat` client typed with the server's own event maps. */
export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export function connectChat(t: TestApp | string, user: { accessToken: string }): Promise<ChatClient> {
  return connectSocket(t, user.accessToken);
}

/** Every payload of `event` the socket receives from now on. */
export function collect<E extends ServerEventName>(socket: ChatClient, event: E): Array<Parameters<ServerToClientEvents[E]>[0]> {
  const received: Array<Parameters<ServerToClientEvents[E]>[0]> = [];
  // socket.io-client's listener typing cannot follow a generic event name; the payload type is the map's.
  (socket as unknown as { on(event: string, listener: (payload: Parameters<ServerToClientEvents[E]>[0]) => void): void }).on(event, (payload) => {
    received.push(payload);
  });
  return received;
}

export function send(socket: ChatClient, matchId: string, body: string, clientId: string = randomUUID()): Promise<SendAck> {
  return socket.timeout(10_000).emitWithAck('send', { matchId, clientId, body });
}

export function sentMessage(ack: SendAck): ChatMessage {
  if (!ack.ok) throw new Error(`send refused: ${ack.code} ${ack.error}`);
  return ack.message;
}

/** Resolves once `predicate` holds, polling briefly; rejects after `timeoutMs`. */
export async function eventually(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets in-flight events arrive, to show that something did NOT happen. */
export function settle(ms = 200): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
