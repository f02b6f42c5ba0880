import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { endpointHost } from './domain/push-rules.js';
import { PushSubscriptionsRepository } from './push-subscriptions.repository.js';

/** The devices a person allowed notifications on: exported by the push service's host only, erased with the account. */
@Injectable()
export class PushPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly subscriptions: PushSubscriptionsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'pushSubscriptions',
      eraseOrder: 50,
      export: async (userId) =>
        (await this.subscriptions.findAllOf(userId)).map(({ endpoint, createdAt, lastSuccessAt, lastFailureAt }) => ({ pushService: endpointHost(endpoint), createdAt, lastSuccessAt, lastFailureAt })),
      erase: (userId) => this.subscriptions.deleteAllOf(userId),
    });
  }
}
