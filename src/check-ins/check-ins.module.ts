import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchesModule } from '../matches/matches.module.js';
import { CheckInPersonalData } from './check-in-personal-data.js';
import { CheckInEntity } from './check-in.entity.js';
import { CheckInsDueJob } from './check-ins-due.job.js';
import { CheckInsController } from './check-ins.controller.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { CheckInsService } from './check-ins.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CheckInEntity]), MatchesModule],
  controllers: [CheckInsController],
  providers: [CheckInsRepository, CheckInsService, CheckInsDueJob, CheckInPersonalData],
})
export class CheckInsModule {}
