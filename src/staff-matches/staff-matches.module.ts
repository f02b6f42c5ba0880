import { Module } from '@nestjs/common';
import { StaffMatchesController } from './staff-matches.controller.js';
import { StaffMatchesRepository } from './staff-matches.repository.js';
import { StaffMatchesService } from './staff-matches.service.js';

/** The staff console's matches overview and waiting times per programme. */
@Module({
  controllers: [StaffMatchesController],
  providers: [StaffMatchesRepository, StaffMatchesService],
})
export class StaffMatchesModule {}
