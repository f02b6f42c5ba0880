import { randomUUID } from 'node:crypto';
import type { ChatMessage } from './realtime-events.js';
import type { RealtimeGateway } from './realtime.gateway.js';
import { RealtimePublisher } from './realtime.publisher.js';

/** A publisher over a namespace that records what reaches which room. */
function publisherWithRecorder(): { publisher: RealtimePublisher; sent: Array<{ room: string; args: unknown[] }> } {
  const sent: Array<{ room: string; args: unknown[] }> = [];
  const namespace = { to: (room: string) => ({ emit: (...args: unknown[]) => sent.push({ room, args }) }) };
  return { publisher: new RealtimePublisher({ namespace } as unknown as RealtimeGateway), sent };
}

describe('RealtimePublisher', () => {
  const matchId = randomUUID();
  const userId = randomUUID();

  it("sends an event of the map with its payload to the user's or the match's room", () => {
    const { publisher, sent } = publisherWithRecorder();
    publisher.toUser(userId, 'typing', { matchId, userId });
    publisher.toMatch(matchId, 'message:hidden', { matchId, id: 'm1' });
    expect(sent).toEqual([
      { room: `user:${userId}`, args: ['typing', { matchId, userId }] },
      { room: `match:${matchId}`, args: ['message:hidden', { matchId, id: 'm1' }] },
    ]);
  });

  it('accepts only the event map\'s names and payloads (checked by `npm run typecheck`)', () => {
    const { publisher } = publisherWithRecorder();
    const message: ChatMessage = { id: 'm1', matchId, seq: 1, senderId: userId, clientId: randomUUID(), body: 'hi', createdAt: new Date().toISOString() };
    // @ts-expect-error not an event of the map
    publisher.toUser(userId, 'notifcation', { id: 'n1' });
    // @ts-expect-error `message:hidden` names the message by `id`
    publisher.toMatch(matchId, 'message:hidden', { matchId, messageId: 'm1' });
    // @ts-expect-error `read` carries the seq
    publisher.toUser(userId, 'read', { matchId, userId });
    // @ts-expect-error a payload is required
    publisher.toUser(userId, 'typing');
    // @ts-expect-error a notification type outside the contract's list
    publisher.toUser(userId, 'notification', { id: 'n1', type: 'match.exploded', data: {}, createdAt: '' });
    // @ts-expect-error `message` goes out through the chat's fan-out only, once per socket
    publisher.toMatch(matchId, 'message', message);
    // @ts-expect-error `error` answers one socket, never a room
    publisher.toUser(userId, 'error', { ok: false, error: 'no', code: 'x', event: 'send' });
  });
});
