import { Module } from '@nestjs/common';
import { MembershipsRepository } from './memberships.repository.js';
import { VettingChecksRepository } from './vetting-checks.repository.js';
import { VettingClearance } from './vetting-clearance.js';
import { VettingsRepository } from './vettings.repository.js';

/**
 * The organisations' data: organisations, programmes, memberships, vetting and volunteers' checks
 * with the clearance they add up to. Lower than every feature that shows a person, so profiles,
 * auth and matching can read it without cycles.
 */
@Module({
  providers: [MembershipsRepository, VettingsRepository, VettingChecksRepository, VettingClearance],
  exports: [MembershipsRepository, VettingsRepository, VettingChecksRepository, VettingClearance],
})
export class OrganisationsModule {}
