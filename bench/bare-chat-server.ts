/**
 * The chat benchmark's baseline, run as its own process: the same room broadcast and ack as the app's
 * `send`, with no authentication, validation or storage. Listens on PORT and says so on stdout.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const server = new Server(httpServer);
server.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('send', (payload: { room: string; clientId: string; body: string; senderId: string }, ack: (response: { ok: true }) => void) => {
    server.to(payload.room).emit('message', { clientId: payload.clientId, senderId: payload.senderId, body: payload.body });
    ack({ ok: true });
  });
});
httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = httpServer.address();
  console.log(`bare Socket.IO listening on ${typeof address === 'object' && address !== null ? address.port : '?'}`);
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
