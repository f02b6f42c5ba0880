import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/app-config.js';
import { matchErrors } from '../matches/match-errors.js';
import { RateLimitStore } from '../rate-limits/rate-limit-store.js';
import { ChatRateLimit } from './chat-rate-limit.js';
import { ChatGateway } from './chat.gateway.js';
import type { ChatService } from './chat.service.js';
import type { RealtimeSocket } from '../realtime/rooms.js';
import type { MessageFanout } from './message-fanout.js';

/** A socket as the gateway sees it: events in (`receive`), `emit` out. */
function fakeSocket(): { socket: RealtimeSocket; emitted: unknown[][]; receive(event: string, ...args: unknown[]): void } {
  const inbound = new EventEmitter();
  const emitted: unknown[][] = [];
  const socket = { on: inbound.on.bind(inbound), emit: (...args: unknown[]) => emitted.push(args), data: { userId: randomUUID(), role: 'migrant' } } as unknown as RealtimeSocket;
  return { socket, emitted, receive: (event, ...args) => inbound.emit(event, ...args) };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ChatGateway event binding', () => {
  const sent: unknown[] = [];
  const chat = {
    send: (_viewer: unknown, payload: { body: string }) => {
      sent.push(payload);
      if (payload.body === 'crash') return Promise.reject(new Error('database on fire'));
      return Promise.resolve({ id: 'm1', body: payload.body });
    },
    typing: () => Promise.reject(matchErrors.notFound('match')),
  } as unknown as ChatService;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-gateway-'));
  const config = loadConfig({ DATA_DIR: dataDir });
  const gateway = new ChatGateway(chat, {} as MessageFanout, new ChatRateLimit(config, new RateLimitStore(config)));
  const matchId = randomUUID();
  // The unexpected error below is logged on purpose; keep the test output quiet.
  beforeAll(() => {
    Logger.overrideLogger(false);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  beforeEach(() => sent.splice(0));

  /** A socket the gateway has bound its events on, with the acks it answered. */
  const connected = (): ReturnType<typeof fakeSocket> & { acks: unknown[]; ack: (response: unknown) => void } => {
    const fake = fakeSocket();
    gateway.handleConnection(fake.socket);
    const acks: unknown[] = [];
    return { ...fake, acks, ack: (response) => acks.push(response) };
  };

  it('gives the handler the validated, normalised payload and answers the ack with its result', async () => {
    const { receive, acks, ack } = connected();
    receive('send', { matchId, clientId: randomUUID(), body: '  hello  ' }, ack);
    await settle();
    expect(sent).toEqual([expect.objectContaining({ body: 'hello' })]);
    expect(acks).toEqual([{ ok: true, message: { id: 'm1', body: 'hello' } }]);
  });

  it('refuses a payload that is not one valid object before the handler sees it', async () => {
    const { receive, acks, ack } = connected();
    receive('send', { matchId, clientId: randomUUID(), body: 'one' }, { matchId, clientId: randomUUID(), body: 'two' }, ack);
    receive('send', ack);
    receive('send', { matchId, clientId: randomUUID(), body: 'hi', extra: true }, ack);
    await settle();
    expect(sent).toEqual([]);
    const refused: unknown = expect.objectContaining({ ok: false, code: 'validation' });
    expect(acks).toEqual([refused, refused, refused]);
  });

  it('refuses NUL, lone surrogates, prototype keys and deep nesting as validation errors, as HTTP does', async () => {
    const { receive, acks, ack } = connected();
    const deep = JSON.parse(`{"matchId": "${matchId}", "clientId": "${randomUUID()}", "body": ${'['.repeat(5000)}${']'.repeat(5000)}}`) as unknown;
    const payloads: unknown[] = [
      { matchId, clientId: randomUUID(), body: 'nul\u0000byte' },
      { matchId, clientId: randomUUID(), body: 'half a smile \uD83D' },
      JSON.parse(`{"matchId": "${matchId}", "clientId": "${randomUUID()}", "body": "hi", "__proto__": {"admin": true}}`),
      { matchId, clientId: randomUUID(), body: 'hi', constructor: 'x' },
      deep,
    ];
    for (const payload of payloads) receive('send', payload, ack);
    await settle();
    expect(sent).toEqual([]);
    expect(acks).toEqual([
      { ok: false, code: 'validation', error: 'body must not contain NUL characters or unpaired surrogates' },
      { ok: false, code: 'validation', error: 'body must not contain NUL characters or unpaired surrogates' },
      { ok: false, code: 'validation', error: 'property __proto__ should not exist' },
      { ok: false, code: 'validation', error: 'property constructor should not exist' },
      { ok: false, code: 'validation', error: 'input must not nest more than 32 levels deep' },
    ]);
  });

  it('answers an unexpected failure without its details', async () => {
    const { receive, acks, ack } = connected();
    receive('send', { matchId, clientId: randomUUID(), body: 'crash' }, ack);
    await settle();
    expect(acks).toEqual([{ ok: false, error: 'Internal error; please retry', code: 'internal' }]);
  });

  it('sends a refusal as an error event naming the event when the client gave no ack', async () => {
    const { emitted, receive } = connected();
    receive('typing', { matchId });
    await settle();
    expect(emitted).toEqual([['error', { ok: false, error: 'Match not found', code: 'match.not-found', event: 'typing' }]]);
  });
});
