import { Global, Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module.js';
import { MatchAccess } from './match-access.js';

@Global()
@Module({ imports: [MatchesModule], providers: [MatchAccess], exports: [MatchAccess] })
export class AccessModule {}
