import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { VETTING_CHECK_KINDS } from '../organisations/domain/vetting-checks.js';
import type { UserEntity } from '../users/user.entity.js';
import { VettingOrganisationQueryDto } from './dto/vetting.dto.js';
import { RecordVettingCheckDto, VolunteerChecksView } from './dto/vetting-checks.dto.js';
import { VettingChecksService } from './vetting-checks.service.js';

const ACTING =
  'Checks are kept per organisation. A coordinator acts for their own organisation; an admin for the one named by `?organisationId=`, else for their own ' +
  '(an admin without an organisation must name one: 400 `vetting.organisation-required`). A volunteer who is neither a member of the organisation’s programmes ' +
  'nor vetted by it answers 404 `volunteer.not-found`. A volunteer whose required checks are missing or expired gets no new proposals in its programmes; ' +
  'matches already made go on.';
const NOT_FOUND = 'No such volunteer in the organisation, or a coordinator named another organisation';
const KIND = { name: 'kind', enum: VETTING_CHECK_KINDS, description: 'Another value: 400 `vetting.unknown-kind`' };

@ApiTags('staff: volunteers')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/volunteers/:userId/checks')
export class VolunteerChecksController {
  constructor(private readonly checks: VettingChecksService) {}

  @Get()
  @ApiOperation({
    summary: "A volunteer's checks in the organisation: each record, and each required kind as missing, valid, expiring (within 30 days) or expired",
    description: ACTING,
  })
  @ApiOkResponse({ type: VolunteerChecksView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({ description: 'An admin without an organisation named none' })
  list(@CurrentUser() staff: UserEntity, @Param('userId', ParseUUIDPipe) userId: string, @Query() query: VettingOrganisationQueryDto): Promise<VolunteerChecksView> {
    return this.checks.checksOf(staff, userId, query.organisationId);
  }

  @Put(':kind')
  @ApiOperation({
    summary: 'Record a check, replacing the current record of its kind (audited as `vetting.check.record`)',
    description: `${ACTING} Answers the volunteer's checks as they now stand.`,
  })
  @ApiParam(KIND)
  @ApiOkResponse({ type: VolunteerChecksView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiBadRequestResponse({
    description: 'Invalid input: `vetting.unknown-kind`, `vetting.invalid-date` (no such day), `vetting.checked-in-future`, `vetting.expiry-not-after-check`, `vetting.organisation-required`',
  })
  record(
    @CurrentUser() staff: UserEntity,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Param('kind') kind: string,
    @Query() query: VettingOrganisationQueryDto,
    @Body() body: RecordVettingCheckDto,
  ): Promise<VolunteerChecksView> {
    return this.checks.record(staff, userId, kind, body, query.organisationId);
  }

  @Delete(':kind')
  @ApiOperation({ summary: 'Remove the record of a check (audited as `vetting.check.remove`)', description: `${ACTING} Answers the volunteer's checks as they now stand.` })
  @ApiParam(KIND)
  @ApiOkResponse({ type: VolunteerChecksView })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}; or no record of that kind (\`vetting-check.not-found\`)` })
  @ApiBadRequestResponse({ description: '`vetting.unknown-kind`, `vetting.organisation-required`' })
  remove(@CurrentUser() staff: UserEntity, @Param('userId', ParseUUIDPipe) userId: string, @Param('kind') kind: string, @Query() query: VettingOrganisationQueryDto): Promise<VolunteerChecksView> {
    return this.checks.remove(staff, userId, kind, query.organisationId);
  }
}
