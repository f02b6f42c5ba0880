import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { VettingOrganisationQueryDto } from '../profiles/dto/vetting.dto.js';
import { RequiredVettingChecksDto } from '../profiles/dto/vetting-checks.dto.js';
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

  @Patch()
  @ApiOperation({
    summary: 'Set the checks the organisation requires of its volunteers (audited as `organisation.required-checks`)',
    description:
      'A coordinator sets their own organisation’s; an admin the one named by `?organisationId=`, else their own (none: 400 `programme.organisation-required`). ' +
      'A volunteer whose required checks are missing or expired gets no new proposals in its programmes; matches already made go on. ' +
      'Every volunteer’s clearance is recomputed at once. 404 `organisation.not-found` for another organisation (coordinators) or an unknown one.',
  })
  @ApiOkResponse({ type: OrganisationView })
  @ApiBadRequestResponse({ description: 'An unknown kind, or an admin without an organisation named none' })
  @ApiNotFoundResponse({ description: 'Another organisation (coordinators), or no such organisation' })
  setRequiredChecks(@CurrentUser() staff: UserEntity, @Query() query: VettingOrganisationQueryDto, @Body() body: RequiredVettingChecksDto): Promise<OrganisationView> {
    return this.organisations.setRequiredChecks(staff, query.organisationId, body.requiredVettingChecks);
  }
}
