import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailModule } from '../email/email.module.js';
import { PushModule } from '../push/push.module.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationPersonalData } from './notification-personal-data.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { Notifier } from './notifier.js';

/** Listens to domain events; nothing imports it to send a notification. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), EmailModule, PushModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, Notifier, NotificationPersonalData],
  exports: [Notifier],
})
export class NotificationsModule {}
