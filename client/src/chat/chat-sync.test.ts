import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@shared/realtime-events';
import { ApiError } from '../api/errors';
import {
  applyRead, applyTyping, emptyChat, hasGap, hideMessage, latestFromPeer, markFailed, mergeMessages, peerIsTyping, queueOutgoing,
  syncedUpTo, timeline, unsent,
} from './chat-sync';

const ME = 'me';
const PEER = 'peer';
const MATCH = 'match-1';

function message(seq: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return { id: `m${seq}`, matchId: MATCH, seq, senderId: PEER, clientId: `c${seq}`, body: `hello ${seq}`, createdAt: new Date(seq * 1000).toISOString(), ...overrides };
}

describe('chat-sync', () => {
  it('keeps each seq once and in order, whatever order messages arrive in', () => {
    let state = emptyChat(MATCH, ME);
    state = mergeMessages(state, [message(3), message(1)]);
    state = mergeMessages(state, [message(2), message(3), message(1)]);
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('ignores messages of other matches', () => {
    const state = mergeMessages(emptyChat(MATCH, ME), [message(1, { matchId: 'other' })]);
    expect(state.messages).toEqual([]);
  });

  it('removes an outgoing message from the outbox once the server copy arrives, by clientId', () => {
    let state = queueOutgoing(emptyChat(MATCH, ME), 'client-a', 'hi', new Date());
    state = queueOutgoing(state, 'client-b', 'there', new Date());
    state = mergeMessages(state, [message(1, { senderId: ME, clientId: 'client-a', body: 'hi' })]);
    expect(state.outbox.map((o) => o.clientId)).toEqual(['client-b']);
    expect(timeline(state).map((item) => item.kind)).toEqual(['message', 'outgoing']);
  });

  it('does not treat the other person\'s clientId as ours', () => {
    let state = queueOutgoing(emptyChat(MATCH, ME), 'same-id', 'hi', new Date());
    state = mergeMessages(state, [message(1, { senderId: PEER, clientId: 'same-id' })]);
    expect(state.outbox).toHaveLength(1);
  });

  it('resyncs from the last seq held without a gap', () => {
    let state = mergeMessages(emptyChat(MATCH, ME), [message(1), message(2), message(5)]);
    expect(syncedUpTo(state)).toBe(2);
    expect(hasGap(state)).toBe(true);
    state = mergeMessages(state, [message(3), message(4)]);
    expect(syncedUpTo(state)).toBe(5);
    expect(hasGap(state)).toBe(false);
    expect(syncedUpTo(emptyChat(MATCH, ME))).toBe(0);
  });

  it('hides a message body when staff hide it', () => {
    const state = hideMessage(mergeMessages(emptyChat(MATCH, ME), [message(1), message(2)]), MATCH, 'm2');
    expect(state.messages.map((m) => m.body)).toEqual(['hello 1', null]);
  });

  it('does not retry messages the server refused for good', () => {
    let state = queueOutgoing(emptyChat(MATCH, ME), 'a', 'one', new Date());
    state = queueOutgoing(state, 'b', 'two', new Date());
    state = markFailed(state, 'a', ApiError.fromSocket('This conversation is not active', 'chat.read-only'));
    expect(unsent(state).map((o) => o.clientId)).toEqual(['b']);
  });

  it('tracks what the other person read and typed, ignoring our own events', () => {
    let state = emptyChat(MATCH, ME);
    state = applyRead(state, { matchId: MATCH, userId: PEER, seq: 4 });
    state = applyRead(state, { matchId: MATCH, userId: PEER, seq: 2 });
    state = applyRead(state, { matchId: MATCH, userId: ME, seq: 9 });
    expect(state.peerReadSeq).toBe(4);
    state = applyTyping(state, { matchId: MATCH, userId: ME }, 1000);
    expect(peerIsTyping(state, 1000)).toBe(false);
    state = applyTyping(state, { matchId: MATCH, userId: PEER }, 1000);
    expect(peerIsTyping(state, 2000)).toBe(true);
    expect(peerIsTyping(state, 10_000)).toBe(false);
  });

  it('finds the newest message from the other person', () => {
    const state = mergeMessages(emptyChat(MATCH, ME), [message(1), message(2, { senderId: ME }), message(3), message(4, { senderId: ME })]);
    expect(latestFromPeer(state)).toBe(3);
  });
});
