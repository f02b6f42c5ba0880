import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipsRepository } from '../organisations/memberships.repository.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';

/**
 * Programme memberships and each organisation's vetting decision. The export holds the person's own
 * data: memberships with their dates and sharing choice, and each vetting state with its date, but
 * not the coordinator's note (a staff record about the person, kept out as the vetting views keep
 * it out). Erasure leaves every programme (the rows stay, as left, so figures keep their history)
 * and forgets the notes.
 */
@Injectable()
export class ProgrammePersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly memberships: MembershipsRepository,
    private readonly vettings: VettingsRepository,
  ) {}

  onModuleInit(): void {
    // After matches (100) and meetups (150) have closed what was open, before the account goes.
    this.registry.register({ name: 'programmes', eraseOrder: 200, export: (userId) => this.exportOf(userId), erase: (userId, now) => this.erase(userId, now) });
  }

  private async exportOf(userId: string): Promise<unknown> {
    const [memberships, vettings] = await Promise.all([this.memberships.exportOf(userId), this.vettings.forUsers([userId])]);
    return {
      memberships,
      vettings: vettings.map((v) => ({ organisationId: v.organisationId, verification: v.verification, decidedAt: v.decidedAt?.toISOString() ?? null, createdAt: v.createdAt.toISOString() })),
    };
  }

  private async erase(userId: string, now: Date): Promise<void> {
    await this.memberships.leaveAll(userId, now);
    await this.vettings.forgetNotes(userId);
  }
}
