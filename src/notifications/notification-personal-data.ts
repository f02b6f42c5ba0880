import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { RetentionRegistry } from '../privacy/retention.registry.js';
import { toNotificationView } from './notification-view.js';
import { NotificationsRepository } from './notifications.repository.js';

/** A person's notifications: exported oldest first, deleted on erasure. */
@Injectable()
export class NotificationPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly notifications: NotificationsRepository,
    private readonly retention: RetentionRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'notifications',
      eraseOrder: 800,
      export: async (userId) => (await this.notifications.findAllOf(userId)).map(toNotificationView),
      erase: (userId) => this.notifications.deleteAllOf(userId),
    });
    this.retention.register({
      name: 'notifications',
      keepDays: this.config.retention.notificationDays,
      sweepBatch: (cutoff, limit) => this.notifications.deleteMadeBefore(cutoff, limit),
    });
  }
}
