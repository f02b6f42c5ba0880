import { Global, Module } from '@nestjs/common';
import { Outbox } from './outbox.js';
import { OutboxRepository } from './outbox.repository.js';

/** Global: every feature records its events here. */
@Global()
@Module({ providers: [Outbox, OutboxRepository], exports: [Outbox] })
export class OutboxModule {}
