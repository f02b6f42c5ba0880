import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MatchesModule } from '../matches/matches.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { AdminOrganisationsController } from './admin-organisations.controller.js';
import { MyProgrammesController } from './my-programmes.controller.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';
import { ProgrammeFiguresRepository } from './programme-figures.repository.js';
import { ProgrammeMembershipService } from './programme-membership.service.js';
import { ProgrammePersonalData } from './programme-personal-data.js';
import { ProgrammeReportsService } from './programme-reports.service.js';
import { ProgrammesController } from './programmes.controller.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { ProgrammesService } from './programmes.service.js';
import { StaffOrganisationController } from './staff-organisation.controller.js';
import { StaffProgrammesController } from './staff-programmes.controller.js';

/**
 * Organisations and programmes as features: admins make organisations and their coordinators,
 * coordinators run programmes (rules, members, figures, the export), people join and leave them.
 * The data itself lives in the lower OrganisationsModule.
 */
@Module({
  imports: [UsersModule, ProfilesModule, OrganisationsModule, AuthModule, MatchesModule],
  controllers: [AdminOrganisationsController, StaffProgrammesController, StaffOrganisationController, ProgrammesController, MyProgrammesController],
  providers: [
    OrganisationsRepository,
    ProgrammesRepository,
    ProgrammeFiguresRepository,
    OrganisationsService,
    ProgrammesService,
    ProgrammeMembershipService,
    ProgrammeReportsService,
    ProgrammePersonalData,
  ],
})
export class ProgrammesModule {}
