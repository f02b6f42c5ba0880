import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChatEventsListener } from './chat-events.listener.js';
import { ChatRateLimit } from './chat-rate-limit.js';
import { ChatGateway } from './chat.gateway.js';
import { ChatService } from './chat.service.js';
import { MessageEntity } from './message.entity.js';
import { MessageFanout } from './message-fanout.js';
import { MessagePersonalData } from './message-personal-data.js';
import { MessagesController } from './messages.controller.js';
import { MessagesRepository } from './messages.repository.js';
import { ReadPositionEntity } from './read-position.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([MessageEntity, ReadPositionEntity])],
  controllers: [MessagesController],
  providers: [ChatGateway, ChatService, MessagesRepository, MessageFanout, ChatRateLimit, ChatEventsListener, MessagePersonalData],
  exports: [MessagesRepository],
})
export class ChatModule {}
