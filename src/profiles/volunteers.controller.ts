import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { RejectVolunteerDto, VerifyVolunteerDto, VettingOrganisationQueryDto, VolunteersQueryDto } from './dto/vetting.dto.js';
import { VettingService } from './vetting.service.js';

const DECIDING =
  'Vetting is per organisation. A coordinator decides for their own organisation; an admin for the one named by `?organisationId=`, else for their own ' +
  '(an admin without an organisation must name one: 400). A volunteer who is neither a member of the organisation’s programmes nor vetted by it answers 404.';

@ApiTags('staff: volunteers')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/volunteers')
export class VolunteersController {
  constructor(private readonly vetting: VettingService) {}

  @Get()
  @ApiOperation({
    summary: "The caller's organisation's volunteers (hosts), oldest first, optionally by that organisation's verification state",
    description:
      'Vetting is per organisation: a volunteer verified by one organisation is pending for another. Coordinators see their own organisation’s volunteers. ' +
      'Admins see every organisation’s, or with `organisationId` that one’s (the verification filter then reads that organisation’s decision).',
  })
  @ApiOkResponse({ type: [UserView] })
  @ApiNotFoundResponse({ description: 'A coordinator named another organisation' })
  list(@CurrentUser() staff: UserEntity, @Query() query: VolunteersQueryDto): Promise<UserView[]> {
    return this.vetting.listVolunteers(staff, query.verification, query.organisationId);
  }

  @Post(':userId/verify')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Verify a volunteer for an organisation: from now on they can be suggested and proposed in its programmes', description: DECIDING })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such volunteer in the organisation (not a member of its programmes and never vetted by it), or a coordinator named another organisation' })
  @ApiBadRequestResponse({ description: 'An admin without an organisation named none' })
  verify(
    @CurrentUser() staff: UserEntity,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() query: VettingOrganisationQueryDto,
    @Body() body: VerifyVolunteerDto,
  ): Promise<UserView> {
    return this.vetting.decide(staff, userId, 'verified', body.note, query.organisationId);
  }

  @Post(':userId/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Reject a volunteer for an organisation (a note is required); they are never proposed in its programmes", description: DECIDING })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such volunteer in the organisation (not a member of its programmes and never vetted by it), or a coordinator named another organisation' })
  @ApiBadRequestResponse({ description: 'An admin without an organisation named none' })
  reject(
    @CurrentUser() staff: UserEntity,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() query: VettingOrganisationQueryDto,
    @Body() body: RejectVolunteerDto,
  ): Promise<UserView> {
    return this.vetting.decide(staff, userId, 'rejected', body.note, query.organisationId);
  }
}
