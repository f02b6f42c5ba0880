import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import { MembershipView } from '../organisations/dto/membership.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { JoinProgrammeDto } from './dto/membership.dto.js';
import { ProgrammeMembershipService } from './programme-membership.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/programmes')
export class MyProgrammesController {
  constructor(private readonly membership: ProgrammeMembershipService) {}

  @Post()
  @ApiOperation({
    summary: 'Join a programme',
    description:
      'The profile must meet the programme’s rules: 409 with a readable message naming the first rule not met, and the code `programme.<rule>` ' +
      '(`programme.region.country`, `programme.region.distance`, `programme.region.place-missing`, `programme.gender.not-allowed`, `programme.gender.missing`, ' +
      '`programme.age.too-young`, `programme.age.too-old`, `programme.age.missing`, `programme.language.none`; `params.rule` holds the rule). ' +
      'A programme that is not open (draft or closed): 409 `programme.not-open`. Already an active member: 409 `programme.already-member` (joining again after leaving is fine). ' +
      'A volunteer joining waits for the organisation’s vetting (`verification: "pending"` until it decides). Staff and admins take part in no programme: 403 `programme.staff`.',
  })
  @ApiCreatedResponse({ type: MembershipView })
  @ApiNotFoundResponse({ description: 'No such programme (`programme.not-found`)' })
  @ApiConflictResponse({ description: 'A rule not met, not open, or already a member' })
  @ApiForbiddenResponse({ description: 'Staff and admins' })
  join(@CurrentUser() user: UserEntity, @Body() body: JoinProgrammeDto): Promise<MembershipView> {
    return this.membership.join(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'The caller’s memberships, left ones included, oldest first' })
  @ApiOkResponse({ type: [MembershipView] })
  mine(@CurrentUser() user: UserEntity): Promise<MembershipView[]> {
    return this.membership.mine(user);
  }

  @Delete(':programmeId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Leave a programme',
    description: 'In one transaction: the caller’s proposals in the programme are declined and active matches in it ended (close reason `other`, note "Left the programme"); matches in other programmes stay.',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'Not an active member (`membership.not-found`)' })
  async leave(@CurrentUser() user: UserEntity, @Param('programmeId', ParseUUIDPipe) programmeId: string): Promise<void> {
    await this.membership.leave(user, programmeId);
  }
}
