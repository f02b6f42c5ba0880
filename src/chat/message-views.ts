import type { ChatMessage } from '../realtime/realtime-events.js';
import type { MessageEntity } from './message.entity.js';

/** A message as participants see it, on the socket and over REST alike. */
export function messageView(message: MessageEntity): ChatMessage {
  const withheld = message.hiddenAt !== null || message.bodyErased;
  return {
    id: message.id,
    matchId: message.matchId,
    seq: message.seq,
    senderId: message.senderId,
    clientId: message.clientId,
    body: withheld ? null : message.body,
    createdAt: message.createdAt.toISOString(),
  };
}
