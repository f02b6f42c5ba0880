import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger, type INestApplicationContext, type WsMessageHandler } from '@nestjs/common';
import { of } from 'rxjs';
import type { Socket } from 'socket.io';
import { loadConfig } from '../config/app-config.js';
import { RealtimeIoAdapter } from './realtime-io.adapter.js';

/** A socket as the adapter sees it: events in, `emit` out. */
function fakeSocket(): { socket: Socket; emitted: unknown[][]; receive(event: string, ...args: unknown[]): void } {
  const inbound = new EventEmitter();
  const emitted: unknown[][] = [];
  const socket = { on: inbound.on.bind(inbound), emit: (...args: unknown[]) => emitted.push(args) } as unknown as Socket;
  return { socket, emitted, receive: (event, ...args) => inbound.emit(event, ...args) };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('RealtimeIoAdapter.bindMessageHandlers', () => {
  const adapter = new RealtimeIoAdapter(undefined as unknown as INestApplicationContext, loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cg-adapter-')) }));
  const bind = (socket: Socket, callback: WsMessageHandler['callback'], isAckHandledManually = false): void =>
    adapter.bindMessageHandlers(socket, [{ message: 'send', callback, isAckHandledManually }]);
  // The throwing handler below is logged on purpose; keep the test output quiet (this file's Logger only).
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('answers the ack with what the handler resolves to, given the payload', async () => {
    const { socket, receive } = fakeSocket();
    bind(socket, (data: unknown) => Promise.resolve({ ok: true, echoed: data }));
    const acks: unknown[] = [];
    receive('send', { body: 'hi' }, (response: unknown) => acks.push(response));
    await settle();
    expect(acks).toEqual([{ ok: true, echoed: { body: 'hi' } }]);
  });

  it('emits a result that names an event instead of acking it, and takes observables', async () => {
    const { socket, emitted, receive } = fakeSocket();
    bind(socket, () => of({ event: 'pong', data: { at: 1 } }));
    const acks: unknown[] = [];
    receive('send', {}, (response: unknown) => acks.push(response));
    await settle();
    expect(emitted).toEqual([['pong', { at: 1 }]]);
    expect(acks).toEqual([]);
  });

  it('leaves the ack alone when the handler answers it itself, or returns nothing, or throws', async () => {
    const acks: unknown[] = [];
    const ack = (response: unknown): number => acks.push(response);
    const manual = fakeSocket();
    bind(manual.socket, () => Promise.resolve({ ok: true }), true);
    manual.receive('send', {}, ack);
    const silent = fakeSocket();
    bind(silent.socket, () => Promise.resolve(undefined));
    silent.receive('send', {}, ack);
    const throwing = fakeSocket();
    bind(throwing.socket, () => {
      throw new Error('handler bug');
    });
    throwing.receive('send', {}, ack);
    await settle();
    expect(acks).toEqual([]);
  });
});
