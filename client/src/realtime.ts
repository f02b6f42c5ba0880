import type { AckedClientEventName, ClientEventAck, ClientEventPayload, ClientToServerEvents, ServerToClientEvents } from '@shared/realtime-events';
import { useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { ChatListeners, ChatTransport } from './chat/chat-session';

/** The `/chat` socket, typed with the server's own event maps (src/realtime/realtime-events.ts). */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: RealtimeSocket | undefined;
let socketSession: string | undefined;

/**
 * socket.io-client is fetched once someone is signed in, not with the first script: a visitor on
 * the landing page or the login form never needs it, and a signed-in page draws before it arrives.
 */
type Connect = (typeof import('socket.io-client'))['io'];
let connect: Connect | undefined;
let loading: Promise<void> | undefined;

function loadSocketIo(): Promise<void> {
  loading ??= import('socket.io-client').then(
    (module) => {
      connect = module.io;
    },
    (error: unknown) => {
      // Offline before the chunk was ever fetched: the next page that needs it asks again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The socket for this session once socket.io-client has loaded; undefined until then and when signed out. */
export function useRealtimeSocket(sessionKey: string | null): RealtimeSocket | undefined {
  const [loaded, setLoaded] = useState(connect !== undefined);
  useEffect(() => {
    if (sessionKey === null || loaded) return;
    let current = true;
    loadSocketIo().then(
      () => {
        if (current) setLoaded(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [sessionKey, loaded]);
  return sessionKey === null || !loaded ? undefined : realtimeSocket(sessionKey);
}

/**
 * The one `/chat` socket of this tab, for the current session (notifications and every
 * conversation share it). The handshake carries the session cookie, as any same-origin request
 * does; the server checks it comes from the app's own origin. No token is handed to the socket.
 */
function realtimeSocket(sessionKey: string): RealtimeSocket | undefined {
  if (socket !== undefined && socketSession === sessionKey) return socket;
  if (connect === undefined) return undefined;
  socket?.disconnect();
  socketSession = sessionKey;
  socket = connect('/chat', { transports: ['websocket', 'polling'], withCredentials: true });
  return socket;
}

export function closeRealtime(): void {
  socket?.disconnect();
  socket = undefined;
  socketSession = undefined;
}

/**
 * The socket as ChatTransport. socket.io-client's types cannot follow an event name that is itself
 * a type parameter, hence the casts; ChatTransport's signature still admits only the map's events.
 */
export function chatTransport(target: RealtimeSocket): ChatTransport {
  return {
    get connected() {
      return target.connected;
    },
    on<E extends keyof ChatListeners>(event: E, listener: ChatListeners[E]) {
      return target.on(event, listener as never);
    },
    off<E extends keyof ChatListeners>(event: E, listener: ChatListeners[E]) {
      return target.off(event, listener as never);
    },
    request<E extends AckedClientEventName>(event: E, payload: ClientEventPayload<E>, timeoutMs: number) {
      const acked = target.timeout(timeoutMs) as unknown as { emitWithAck(event: E, payload: ClientEventPayload<E>): Promise<ClientEventAck<E>> };
      return acked.emitWithAck(event, payload);
    },
    emit: (event, payload) => target.emit(event, payload),
  };
}

/** Whether the socket is connected, for a small status line. */
export function useConnected(target: RealtimeSocket | undefined): boolean {
  const [connected, setConnected] = useState(target?.connected ?? false);
  useEffect(() => {
    if (target === undefined) return;
    const update = (): void => setConnected(target.connected);
    update();
    target.on('connect', update);
    target.on('disconnect', update);
    return () => {
      target.off('connect', update);
      target.off('disconnect', update);
    };
  }, [target]);
  return connected;
}
