import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowSuspended, CurrentUser } from '../auth/auth.decorators.js';
import { UserView } from './dto/user.view.js';
import { ProfileViews } from './profile-views.js';
import type { UserEntity } from './user.entity.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly views: ProfileViews) {}

  @AllowSuspended()
  @Get()
  @ApiOperation({ summary: 'The signed-in account (also answers while suspended)' })
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() user: UserEntity): Promise<UserView> {
    return this.views.userView(user);
  }
}
