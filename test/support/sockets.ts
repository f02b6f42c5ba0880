import { io, Socket } from 'socket.io-client';
import type { TestApp } from './test-app.js';

/** A /chat socket to the test app; resolves once connected, rejects with the connect_error message. */
export async function connectSocket(t: TestApp | string, token: string | undefined, options: { origin?: string } = {}): Promise<Socket> {
  const baseUrl = typeof t === 'string' ? t : t.baseUrl;
  const socket = io(`${baseUrl}/chat`, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: options.origin === undefined ? undefined : { Origin: options.origin },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error: Error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}

/** The next `event` on the socket, or a rejection after `timeoutMs`. */
export function nextEvent<T = unknown>(socket: Socket, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (payload: T): void => {
      clearTimeout(timer);
      resolve(payload);
    };
    socket.once(event, handler);
  });
}

/**
 * Every `event` the socket receives within `quietMs` of the first one (or of the call, when none
 * comes within `timeoutMs`): for counting deliveries exactly, not just seeing one.
 */
export async function eventsUntilQuiet<T = unknown>(socket: Socket, event: string, start: () => Promise<unknown>, quietMs = 500, timeoutMs = 3000): Promise<T[]> {
  const seen: T[] = [];
  const record = (payload: T): void => void seen.push(payload);
  socket.on(event, record);
  try {
    await start();
    await nextEvent(socket, event, timeoutMs).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    return seen;
  } finally {
    socket.off(event, record);
  }
}

export function disconnected(socket: Socket, timeoutMs = 3000): Promise<string> {
  if (!socket.connected) return Promise.resolve('already disconnected');
  return nextEvent<string>(socket, 'disconnect', timeoutMs);
}
