import { Injectable } from '@nestjs/common';
import { clearanceOf, clearedUntilOf, normalisedKinds, type VettingCheckKind } from './domain/vetting-checks.js';
import { VettingChecksRepository } from './vetting-checks.repository.js';

/**
 * Keeps each vetting's `checks_cleared_until` true to the organisation's required kinds and the
 * volunteer's checks: after a check is recorded or removed (one volunteer), and when the
 * organisation changes what it requires (all its volunteers). Runs in the caller's transaction.
 */
@Injectable()
export class VettingClearance {
  constructor(private readonly checks: VettingChecksRepository) {}

  /** After one volunteer's checks changed; the caller holds the vetting's lock (`lockVetting`). */
  async refreshVolunteer(organisationId: string, userId: string, required: readonly VettingCheckKind[], now: Date): Promise<void> {
    const records = await this.checks.findFor(organisationId, userId);
    await this.checks.storeClearance(organisationId, userId, clearedUntilOf(clearanceOf(required, records, now)));
  }

  /** Sets the organisation's required kinds and recomputes every one of its volunteers' clearance. */
  async requireKinds(organisationId: string, kinds: readonly VettingCheckKind[], now: Date): Promise<VettingCheckKind[]> {
    const required = normalisedKinds(kinds);
    await this.checks.setRequiredKinds(organisationId, required);
    const vetted = await this.checks.checksOfVetted(organisationId);
    await this.checks.storeClearances(
      organisationId,
      vetted.map(({ userId, checks }) => ({ userId, clearedUntil: clearedUntilOf(clearanceOf(required, checks, now)) })),
    );
    return required;
  }
}
