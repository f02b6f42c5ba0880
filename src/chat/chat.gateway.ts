import { Logger, type Type } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import type { Viewer } from '../access/match-access.js';
import { refuseMalformedInput } from '../common/malformed-input.js';
import { validationPipe } from '../common/validation.js';
import type { AckedClientEventName, ClientEventAck, ClientEventName, ClientEventPayload, JoinAck, ReadAck, SendAck } from '../realtime/realtime-events.js';
import { CHAT_NAMESPACE, type RealtimeNamespace, type RealtimeSocket } from '../realtime/rooms.js';
import { chatErrorOf } from './chat-errors.js';
import { ChatRateLimit } from './chat-rate-limit.js';
import { ChatService } from './chat.service.js';
import { JoinDto, ReadDto, SendDto, TypingDto } from './dto/chat-payloads.dto.js';
import { MessageFanout } from './message-fanout.js';

type Ack = (response: unknown) => void;
/** What a handler answers: the event's ack, or nothing for an event without one. */
type Answer<E extends ClientEventName> = E extends AckedClientEventName ? ClientEventAck<E> : void;

/**
 * Chat events on `/chat` (the handshake and user rooms are RealtimeGateway's). Transport only:
 * payloads are checked and validated as HTTP bodies are (refuseMalformedInput, then the global
 * ValidationPipe, the same instance as HTTP), refusals become `{ok: false}` acks (chatErrorOf),
 * and the service decides everything else.
 *
 * The events are bound on each socket here rather than with `@SubscribeMessage`. Nest would run
 * every event through its HTTP-shaped pipeline: guards and interceptors (none apply to sockets; the
 * socket was authenticated in its handshake), then the pipe for each parameter, the socket's
 * included: a dozen promises per message, about 4 µs of the server's ~55 µs of CPU per chat
 * message at full load (docs/benchmarks.md).
 */
@WebSocketGateway({ namespace: CHAT_NAMESPACE })
export class ChatGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('ChatErrors');

  constructor(
    private readonly chat: ChatService,
    private readonly fanout: MessageFanout,
    private readonly rateLimit: ChatRateLimit,
  ) {}

  afterInit(namespace: RealtimeNamespace): void {
    this.fanout.attach(namespace);
  }

  handleConnection(socket: RealtimeSocket): void {
    this.on(socket, 'join', JoinDto, (payload) => this.join(socket, payload));
    this.on(socket, 'send', SendDto, (payload) => this.send(socket, payload));
    this.on(socket, 'typing', TypingDto, (payload) => this.typing(socket, payload));
    this.on(socket, 'read', ReadDto, (payload) => this.read(socket, payload));
  }

  async join(socket: RealtimeSocket, payload: JoinDto): Promise<JoinAck> {
    await this.rateLimit.take(socket.data.userId);
    const match = await this.chat.conversation(viewerOf(socket), payload.matchId);
    const afterSeq = payload.afterSeq ?? 0;
    await this.fanout.enter(socket, match.id, afterSeq);
    const backlog = await this.chat.backlog(match, afterSeq);
    return { ok: true, messages: this.fanout.unseen(socket, match.id, backlog.messages), hasMore: backlog.hasMore };
  }

  async send(socket: RealtimeSocket, payload: SendDto): Promise<SendAck> {
    await this.rateLimit.take(socket.data.userId);
    return { ok: true, message: await this.chat.send(viewerOf(socket), payload) };
  }

  async typing(socket: RealtimeSocket, payload: TypingDto): Promise<void> {
    // Typing is a hint: over the limit it is dropped quietly rather than answered with an error.
    if (await this.rateLimit.tryTake(socket.data.userId)) await this.chat.typing(viewerOf(socket), payload.matchId);
  }

  async read(socket: RealtimeSocket, payload: ReadDto): Promise<ReadAck> {
    await this.rateLimit.take(socket.data.userId);
    return { ok: true, seq: await this.chat.markRead(viewerOf(socket), payload.matchId, payload.seq) };
  }

  /**
   * Binds one event: the payload (the event's one argument before the ack) is checked for
   * malformed input and goes through the ValidationPipe into `dto`, then to `handle`, whose result
   * answers the ack. A refusal answers the ack, or comes as an `error` event naming the event when
   * the client sent no ack.
   */
  private on<E extends ClientEventName, Dto extends ClientEventPayload<E>>(socket: RealtimeSocket, event: E, dto: Type<Dto>, handle: (payload: Dto) => Promise<Answer<E>>): void {
    (socket as Socket).on<string>(event, (...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as Ack) : undefined;
      const payload = args.length === 1 ? args[0] : args;
      Promise.resolve(payload)
        .then((value) => {
          // Socket payloads skip the HTTP middleware that refuses these for every body.
          refuseMalformedInput(value);
          return validationPipe.transform(value, { type: 'body', metatype: dto }) as Promise<Dto>;
        })
        .then(handle)
        .then(
          (result) => {
            if (result !== undefined) ack?.(result);
          },
          (error: unknown) => {
            const refusal = chatErrorOf(error, event, this.logger);
            if (ack !== undefined) ack(refusal);
            else socket.emit('error', { ...refusal, event });
          },
        );
    });
  }
}

function viewerOf(socket: RealtimeSocket): Viewer {
  return { id: socket.data.userId, role: socket.data.role, organisationId: socket.data.organisationId };
}
