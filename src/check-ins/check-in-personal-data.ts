import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { toCheckInView } from './check-ins.service.js';

/** A person's check-ins: exported whole; erasure forgets their comments (scores stay, unnamed by text, for the programme's figures). */
@Injectable()
export class CheckInPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly checkIns: CheckInsRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'checkIns',
      eraseOrder: 110,
      export: async (userId) => (await this.checkIns.findByUser(userId)).map(toCheckInView),
      erase: (userId) => this.checkIns.forgetCommentsBy(userId),
    });
  }
}
