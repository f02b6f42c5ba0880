import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { OrganisationView } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('staff: programmes')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/organisation')
export class StaffOrganisationController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({
    summary: "The caller's own organisation, with its safeguarding address",
    description: 'Coordinators read where urgent concerns are emailed; only admins change it (`PATCH /api/admin/organisations/:id`). 404 `organisation.not-found` for an account without an organisation.',
  })
  @ApiOkResponse({ type: OrganisationView })
  @ApiNotFoundResponse({ description: 'The account belongs to no organisation' })
  own(@CurrentUser() staff: UserEntity): Promise<OrganisationView> {
    return this.organisations.ownOrganisation(staff);
  }
}
