import { Module } from '@nestjs/common';
import { MembershipsRepository } from './memberships.repository.js';
import { VettingsRepository } from './vettings.repository.js';

/**
 * The organisations' data: organisations, programmes, memberships and vetting. Lower than every
 * feature that shows a person, so profiles, auth and matching can read it without cycles.
 */
@Module({
  providers: [MembershipsRepository, VettingsRepository],
  exports: [MembershipsRepository, VettingsRepository],
})
export class OrganisationsModule {}
