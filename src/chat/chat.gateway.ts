import { UseFilters } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Viewer } from '../access/match-access.js';
import { CHAT_NAMESPACE } from '../realtime/rooms.js';
import type { JoinAck, ReadAck, SendAck } from './chat-events.js';
import { ChatAckFilter } from './chat-ack.filter.js';
import { ChatRateLimit } from './chat-rate-limit.js';
import { ChatService } from './chat.service.js';
import { JoinDto, ReadDto, SendDto, TypingDto } from './dto/chat-payloads.dto.js';
import { MessageFanout, type ChatNamespace, type ChatSocket } from './message-fanout.js';

/**
 * Chat events on `/chat` (the handshake and user rooms are RealtimeGateway's). Transport only:
 * payloads are validated by the global ValidationPipe (the same instance as HTTP), refusals become
 * `{ok: false}` acks through ChatAckFilter, and the service decides everything else.
 */
@WebSocketGateway({ namespace: CHAT_NAMESPACE })
@UseFilters(ChatAckFilter)
export class ChatGateway implements OnGatewayInit {
  constructor(
    private readonly chat: ChatService,
    private readonly fanout: MessageFanout,
    private readonly rateLimit: ChatRateLimit,
  ) {}

  afterInit(namespace: ChatNamespace): void {
    this.fanout.attach(namespace);
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: JoinDto): Promise<JoinAck> {
    this.rateLimit.take(socket);
    const match = await this.chat.conversation(viewerOf(socket), payload.matchId);
    const afterSeq = payload.afterSeq ?? 0;
    await this.fanout.enter(socket, match.id, afterSeq);
    const backlog = await this.chat.backlog(match, afterSeq);
    return { ok: true, messages: this.fanout.unseen(socket, match.id, backlog.messages), hasMore: backlog.hasMore };
  }

  @SubscribeMessage('send')
  async send(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: SendDto): Promise<SendAck> {
    this.rateLimit.take(socket);
    return { ok: true, message: await this.chat.send(viewerOf(socket), payload) };
  }

  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: TypingDto): Promise<void> {
    // Typing is a hint: over the limit it is dropped quietly rather than answered with an error.
    if (this.rateLimit.tryTake(socket)) await this.chat.typing(viewerOf(socket), payload.matchId);
  }

  @SubscribeMessage('read')
  async read(@ConnectedSocket() socket: ChatSocket, @MessageBody() payload: ReadDto): Promise<ReadAck> {
    this.rateLimit.take(socket);
    return { ok: true, seq: await this.chat.markRead(viewerOf(socket), payload.matchId, payload.seq) };
  }
}

function viewerOf(socket: ChatSocket): Viewer {
  return { id: socket.data.userId, role: socket.data.role };
}
