import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { SuspendUserDto, UnsuspendUserDto, WarnUserDto } from './dto/staff.dto.js';
import { StaffActionsService } from './staff-actions.service.js';

@ApiTags('staff: moderation')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff, or the account is a staff account' })
@ApiNotFoundResponse({ description: "No such person, or (coordinators) not a member of the organisation's programmes" })
@Roles('staff')
@Controller('staff/users')
export class StaffAccountsController {
  constructor(private readonly actions: StaffActionsService) {}

  @Post(':id/warn')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Warn a person: they get an account.warned notification with the note' })
  @ApiOkResponse({ type: UserView })
  warn(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: WarnUserDto): Promise<UserView> {
    return this.actions.warnUser(staff, id, body.note);
  }

  @Post(':id/suspend')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Suspend a person for `days` or until lifted',
    description: 'Their sessions end and their sockets disconnect at once on every process; they may log in again, but every call except GET /api/me answers 403 until the suspension ends. Suspending again replaces the term.',
  })
  @ApiOkResponse({ type: UserView })
  suspend(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: SuspendUserDto): Promise<UserView> {
    return this.actions.suspendUser(staff, id, body.reason, body.days);
  }

  @Post(':id/unsuspend')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Lift a suspension now' })
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({ description: 'Not suspended' })
  unsuspend(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: UnsuspendUserDto): Promise<UserView> {
    return this.actions.unsuspendUser(staff, id, body.note);
  }
}
