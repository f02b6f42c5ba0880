/**
 * The chat benchmark's baseline, run as its own process: Socket.IO doing the same room broadcast and
 * ack as the app's `send`, with the same payloads on the wire (the contract's `message`, the ack
 * carrying it), but no authentication, validation, storage or exactly-once bookkeeping: the id is
 * a fresh UUID and the seq an in-memory counter. The sender's id comes from the handshake's
 * `auth.userId`, unchecked. Listens on PORT and says so on stdout.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import type { ChatMessage } from '../src/realtime/realtime-events.js';

const httpServer = createServer();
const server = new Server(httpServer);
const lastSeq = new Map<string, number>();

server.on('connection', (socket) => {
  const senderId = String((socket.handshake.auth as { userId?: unknown }).userId);
  socket.on('join', (payload: { matchId: string }, ack: (response: { ok: true; messages: ChatMessage[] }) => void) => {
    void socket.join(payload.matchId);
    ack({ ok: true, messages: [] });
  });
  socket.on('send', (payload: { matchId: string; clientId: string; body: string }, ack: (response: { ok: true; message: ChatMessage }) => void) => {
    const seq = (lastSeq.get(payload.matchId) ?? 0) + 1;
    lastSeq.set(payload.matchId, seq);
    const message: ChatMessage = { id: randomUUID(), matchId: payload.matchId, seq, senderId, clientId: payload.clientId, body: payload.body, createdAt: new Date().toISOString() };
    server.to(payload.matchId).emit('message', message);
    ack({ ok: true, message });
  });
});
httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = httpServer.address();
  console.log(`bare Socket.IO listening on ${typeof address === 'object' && address !== null ? address.port : '?'}`);
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
