import { Global, Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module.js';
import { MatchAccess } from './match-access.js';
import { OrganisationAccess } from './organisation-access.js';
import { OwnershipRepository } from './ownership.repository.js';

@Global()
@Module({ imports: [MatchesModule], providers: [MatchAccess, OrganisationAccess, OwnershipRepository], exports: [MatchAccess, OrganisationAccess] })
export class AccessModule {}
