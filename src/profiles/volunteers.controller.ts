import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { RejectVolunteerDto, VerifyVolunteerDto, VolunteersQueryDto } from './dto/vetting.dto.js';
import { VettingService } from './vetting.service.js';

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
    description: 'Vetting is per organisation: a volunteer verified by one organisation is pending for another. Admins without an organisation see every organisation’s volunteers.',
  })
  @ApiOkResponse({ type: [UserView] })
  list(@CurrentUser() staff: UserEntity, @Query() query: VolunteersQueryDto): Promise<UserView[]> {
    return this.vetting.listVolunteers(staff, query.verification);
  }

  @Post(':userId/verify')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Verify a volunteer: from now on they can be suggested and proposed' })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such volunteer' })
  verify(@CurrentUser() staff: UserEntity, @Param('userId', ParseUUIDPipe) userId: string, @Body() body: VerifyVolunteerDto): Promise<UserView> {
    return this.vetting.decide(staff, userId, 'verified', body.note);
  }

  @Post(':userId/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject a volunteer (a note is required); they are never proposed' })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such volunteer' })
  reject(@CurrentUser() staff: UserEntity, @Param('userId', ParseUUIDPipe) userId: string, @Body() body: RejectVolunteerDto): Promise<UserView> {
    return this.vetting.decide(staff, userId, 'rejected', body.note);
  }
}
