import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipsRepository } from '../organisations/memberships.repository.js';
import { VettingChecksRepository } from '../organisations/vetting-checks.repository.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';

/**
 * Programme memberships, each organisation's vetting decision and the volunteer's checks. The
 * export holds the person's own data: memberships with their dates and sharing choice, each vetting
 * state with its date, each check's kind and dates, but not the coordinators' notes (staff records
 * about the person, kept out as the vetting views keep them out). Erasure leaves every programme
 * (the rows stay, as left, so figures keep their history), forgets the notes and deletes the checks.
 */
@Injectable()
export class ProgrammePersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly memberships: MembershipsRepository,
    private readonly vettings: VettingsRepository,
    private readonly checks: VettingChecksRepository,
  ) {}

  onModuleInit(): void {
    // After matches (100) and meetups (150) have closed what was open, before the account goes.
    this.registry.register({ name: 'programmes', eraseOrder: 200, export: (userId) => this.exportOf(userId), erase: (userId, now) => this.erase(userId, now) });
  }

  private async exportOf(userId: string): Promise<unknown> {
    const [memberships, vettings, checks] = await Promise.all([this.memberships.exportOf(userId), this.vettings.forUsers([userId]), this.checks.exportOf(userId)]);
    return {
      memberships,
      vettings: vettings.map((v) => ({ organisationId: v.organisationId, verification: v.verification, decidedAt: v.decidedAt?.toISOString() ?? null, createdAt: v.createdAt.toISOString() })),
      checks: checks.map((c) => ({ organisationId: c.organisationId, kind: c.kind, checkedOn: c.checkedOn, expiresOn: c.expiresOn, updatedAt: c.updatedAt.toISOString() })),
    };
  }

  private async erase(userId: string, now: Date): Promise<void> {
    await this.memberships.leaveAll(userId, now);
    await this.vettings.forgetNotes(userId);
    await this.checks.eraseFor(userId);
  }
}
