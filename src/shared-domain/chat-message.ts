/** A stored message as participants see it; `body` is null once staff hid it or its sender erased their account. */
export interface ChatMessage {
  id: string;
  matchId: string;
  seq: number;
  senderId: string;
  clientId: string;
  body: string | null;
  createdAt: string;
}
