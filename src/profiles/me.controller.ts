import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowSuspended, CurrentUser } from '../auth/auth.decorators.js';
import { OpenToUnenrolled } from '../auth/two-factor/two-factor.decorators.js';
import { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { ProfileInputDto } from './dto/profile-input.dto.js';
import { ProfileViews } from './profile-views.js';
import { ProfilesService } from './profiles.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly views: ProfileViews,
    private readonly profiles: ProfilesService,
  ) {}

  @AllowSuspended()
  @OpenToUnenrolled()
  @Get()
  @ApiOperation({ summary: 'The signed-in account with its profile and what matching still needs (also answers while suspended)' })
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() user: UserEntity): Promise<UserView> {
    return this.views.userView(user);
  }

  @Put('profile')
  @ApiOperation({
    summary: 'Save the profile',
    description: 'Merges: fields left out keep their stored values, `null` clears one. A refused update (400) changes nothing.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiBadRequestResponse({ description: 'A field is invalid (each problem is listed in `message`)' })
  updateProfile(@CurrentUser() user: UserEntity, @Body() input: ProfileInputDto): Promise<UserView> {
    return this.profiles.updateProfile(user, input);
  }
}
