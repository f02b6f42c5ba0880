/**
 * The chat's state as plain data and pure transitions, so reconnects can be reasoned about and tested:
 * messages are kept once per `seq`; what we send waits in an outbox under its `clientId` until the
 * server's copy arrives (by ack or broadcast, whichever is first); resync asks for everything after
 * the last seq we hold without a gap.
 */
import type { ChatMessage } from '@shared/realtime-events';
import type { ApiError } from '../api/errors';

export interface OutgoingMessage {
  clientId: string;
  body: string;
  queuedAt: string;
  attempts: number;
  /** Set when the server refused it for good (e.g. the match ended); it is not retried. */
  failed?: ApiError;
}

export interface ChatState {
  matchId: string;
  selfId: string;
  /** Ascending by seq, one per seq. */
  messages: readonly ChatMessage[];
  /** Not yet stored by the server, oldest first. */
  outbox: readonly OutgoingMessage[];
  /** Highest seq the other person has read. */
  peerReadSeq: number;
  /** When the other person last typed (ms since epoch). */
  peerTypingAt: number | null;
  /** True once the history has arrived (the first successful join). */
  loaded: boolean;
}

export type TimelineItem = { kind: 'message'; message: ChatMessage } | { kind: 'outgoing'; outgoing: OutgoingMessage };

export function emptyChat(matchId: string, selfId: string): ChatState {
  return { matchId, selfId, messages: [], outbox: [], peerReadSeq: 0, peerTypingAt: null, loaded: false };
}

/** Adds messages from history, acks or broadcasts; a seq seen again is replaced (the server's copy is newest). */
export function mergeMessages(state: ChatState, incoming: readonly ChatMessage[]): ChatState {
  const relevant = incoming.filter((message) => message.matchId === state.matchId);
  if (relevant.length === 0) return state;
  const bySeq = new Map(state.messages.map((message) => [message.seq, message]));
  for (const message of relevant) bySeq.set(message.seq, message);
  const stored = new Set(relevant.filter((message) => message.senderId === state.selfId).map((message) => message.clientId));
  return {
    ...state,
    messages: [...bySeq.values()].sort((a, b) => a.seq - b.seq),
    outbox: state.outbox.filter((outgoing) => !stored.has(outgoing.clientId)),
  };
}

export function markLoaded(state: ChatState): ChatState {
  return state.loaded ? state : { ...state, loaded: true };
}

export function queueOutgoing(state: ChatState, clientId: string, body: string, now: Date): ChatState {
  return { ...state, outbox: [...state.outbox, { clientId, body, queuedAt: now.toISOString(), attempts: 0 }] };
}

export function markAttempt(state: ChatState, clientId: string): ChatState {
  return { ...state, outbox: state.outbox.map((o) => (o.clientId === clientId ? { ...o, attempts: o.attempts + 1 } : o)) };
}

export function markFailed(state: ChatState, clientId: string, error: ApiError): ChatState {
  return { ...state, outbox: state.outbox.map((o) => (o.clientId === clientId ? { ...o, failed: error } : o)) };
}

export function discardOutgoing(state: ChatState, clientId: string): ChatState {
  return { ...state, outbox: state.outbox.filter((o) => o.clientId !== clientId) };
}

/** Messages still to (re)send, in the order they were written. */
export function unsent(state: ChatState): OutgoingMessage[] {
  return state.outbox.filter((o) => o.failed === undefined);
}

export function hideMessage(state: ChatState, matchId: string, id: string): ChatState {
  if (matchId !== state.matchId) return state;
  return { ...state, messages: state.messages.map((m) => (m.id === id ? { ...m, body: null } : m)) };
}

/** The highest seq up to which we hold every message: what `join` sends as `afterSeq`. */
export function syncedUpTo(state: ChatState): number {
  let expected = 1;
  for (const message of state.messages) {
    if (message.seq !== expected) break;
    expected += 1;
  }
  return expected - 1;
}

/** True when a later message arrived while an earlier one is missing (we must resync). */
export function hasGap(state: ChatState): boolean {
  const last = state.messages[state.messages.length - 1];
  return last !== undefined && last.seq > syncedUpTo(state);
}

export function applyRead(state: ChatState, event: { matchId: string; userId: string; seq: number }): ChatState {
  if (event.matchId !== state.matchId || event.userId === state.selfId) return state;
  return { ...state, peerReadSeq: Math.max(state.peerReadSeq, event.seq) };
}

export function applyTyping(state: ChatState, event: { matchId: string; userId: string }, now: number): ChatState {
  if (event.matchId !== state.matchId || event.userId === state.selfId) return state;
  return { ...state, peerTypingAt: now };
}

export const TYPING_SHOWN_MS = 4000;

export function peerIsTyping(state: ChatState, now: number): boolean {
  return state.peerTypingAt !== null && now - state.peerTypingAt < TYPING_SHOWN_MS;
}

/** The newest message from the other person: what we tell the server we have read. */
export function latestFromPeer(state: ChatState): number {
  for (let i = state.messages.length - 1; i >= 0; i -= 1) {
    const message = state.messages[i];
    if (message !== undefined && message.senderId !== state.selfId) return message.seq;
  }
  return 0;
}

/** Stored messages, then what is still on its way, as the conversation shows them. */
export function timeline(state: ChatState): TimelineItem[] {
  return [
    ...state.messages.map((message): TimelineItem => ({ kind: 'message', message })),
    ...state.outbox.map((outgoing): TimelineItem => ({ kind: 'outgoing', outgoing })),
  ];
}
