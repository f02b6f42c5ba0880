import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { MembersPageView, MembersQueryDto } from './dto/membership.dto.js';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import { ProgrammeStatsView } from './dto/programme-stats.view.js';
import { ProgrammeView } from './dto/programme.view.js';
import { ProgrammeReportsService } from './programme-reports.service.js';
import { ProgrammesService } from './programmes.service.js';

const NOT_FOUND = 'No such programme in the caller’s organisation (`programme.not-found`)';

@ApiTags('staff: programmes')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/programmes')
export class StaffProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly reports: ProgrammeReportsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a programme (`draft` unless `status` says otherwise; audited as `programme.create`)',
    description:
      'Staff create programmes of their own organisation (`organisationId` may be left out or name it; another organisation answers 404). ' +
      'Admins name the organisation in `organisationId`, or leave it out when they coordinate one themselves (else 400 `programme.organisation-required`). ' +
      'Only `name` is required: no `region` means anywhere (`{"countryCodes": []}`), no `rules` means none. ' +
      '`region.placeId` and `region.radiusKm` go together. Null in a rule means no rule; stored rules leave out null, absent and empty ones.',
  })
  @ApiCreatedResponse({ type: ProgrammeView })
  @ApiBadRequestResponse({ description: 'Invalid input; nothing is created' })
  @ApiNotFoundResponse({ description: 'No such organisation (`organisation.not-found`)' })
  create(@CurrentUser() viewer: UserEntity, @Body() body: CreateProgrammeDto): Promise<ProgrammeView> {
    return this.programmes.create(viewer, body);
  }

  @Get()
  @ApiOperation({ summary: "The caller's organisation's programmes, newest first (every organisation's for admins)" })
  @ApiOkResponse({ type: [ProgrammeView] })
  list(@CurrentUser() viewer: UserEntity): Promise<ProgrammeView[]> {
    return this.programmes.listForStaff(viewer);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change any of name, description, region, rules, status (audited as `programme.update`)',
    description:
      '`region` and `rules` replace the stored ones whole; rule changes apply to new proposals only. ' +
      'Status: draft → open, draft → closed, open → closed, closed → open; once opened a programme never goes back to draft (409 `programme.reopened-as-draft`). ' +
      'The default programme stays open (409 `programme.default-closed`). The organisation of a programme does not change (`organisationId` is refused as an unknown field).',
  })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiBadRequestResponse({ description: 'Invalid input; nothing changes' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'A status change that is not allowed' })
  update(@CurrentUser() viewer: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateProgrammeDto): Promise<ProgrammeView> {
    return this.programmes.update(viewer, id, body);
  }

  @Get(':id/members')
  @ApiOperation({
    summary: 'Active members by when they joined, the latest first unless `order=oldest`',
    description: "Each `user` as the caller sees it: this organisation's memberships and vetting, and the shared migratory trail in `history`.",
  })
  @ApiOkResponse({ type: MembersPageView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  members(@CurrentUser() viewer: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Query() query: MembersQueryDto): Promise<MembersPageView> {
    return this.reports.members(viewer, id, query);
  }

  @Get(':id/stats')
  @ApiOperation({
    summary: "The figures of /api/staff/stats for one programme, with time to a first match, check-in scores and first matches per month",
    description:
      'Participants and pending hosts count active members; matches, meetups and reports are those of the programme. ' +
      'A meetup happened when it was confirmed, has ended, and a participant said it took place.',
  })
  @ApiOkResponse({ type: ProgrammeStatsView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  stats(@CurrentUser() viewer: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<ProgrammeStatsView> {
    return this.reports.stats(viewer, id);
  }

  @Get(':id/export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Active members as CSV (RFC 4180, CRLF), audited as `programme.export`',
    description:
      'Header `id,role,displayName,place,joinedAt,verification,matches,meetupsHeld`, one row per active member, the earliest to join first. ' +
      '`verification` is the organisation’s vetting of a host (empty for migrants); `matches` counts their matches in the programme that became active; ' +
      'text starting with = + - @ is prefixed with a single quote so spreadsheets do not run it.',
  })
  @ApiOkResponse({ description: 'text/csv; charset=utf-8, served as an attachment', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async export(@CurrentUser() viewer: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const csv = await this.reports.exportCsv(viewer, id);
    response.setHeader('Content-Disposition', `attachment; filename="${csv.filename}"`);
    return csv.body;
  }
}
