import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module.js';
import { PushChannel } from './push-channel.js';
import { PushController } from './push.controller.js';
import { PushPersonalData } from './push-personal-data.js';
import { PushSender } from './push-sender.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';
import { PushSubscriptionsService } from './push-subscriptions.service.js';
import { VapidKeys } from './vapid-keys.js';

/**
 * Web Push: the devices people allowed notifications on, and the `push.send` job. The notifier
 * uses `PushChannel`; what is pushed, in which words and under which choices, comes from email.
 */
@Module({
  imports: [EmailModule],
  controllers: [PushController],
  providers: [PushSubscriptionsRepository, PushSubscriptionsService, PushChannel, PushSender, PushPersonalData, VapidKeys],
  exports: [PushChannel],
})
export class PushModule {}
