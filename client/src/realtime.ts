import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ChatTransport } from './chat/chat-session';

let socket: Socket | undefined;
let socketToken: string | undefined;

/** The one `/chat` socket of this tab, for the current token (notifications and every conversation share it). */
export function realtimeSocket(token: string): Socket {
  if (socket !== undefined && socketToken === token) return socket;
  socket?.disconnect();
  socketToken = token;
  socket = io('/chat', { auth: { token }, transports: ['websocket', 'polling'] });
  return socket;
}

export function closeRealtime(): void {
  socket?.disconnect();
  socket = undefined;
  socketToken = undefined;
}

export function chatTransport(target: Socket): ChatTransport {
  return {
    get connected() {
      return target.connected;
    },
    // Payloads are typed by the chat's own handlers; Socket.IO's default event map is untyped.
    on: (event, listener) => target.on(event, listener as (...args: unknown[]) => void),
    off: (event, listener) => target.off(event, listener as (...args: unknown[]) => void),
    request: (event, payload, timeoutMs) => target.timeout(timeoutMs).emitWithAck(event, payload),
    emit: (event, payload) => target.emit(event, payload),
  };
}

/** Whether the socket is connected, for a small status line. */
export function useConnected(target: Socket | undefined): boolean {
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
