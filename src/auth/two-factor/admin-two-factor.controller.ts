import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserEntity } from '../../users/user.entity.js';
import { CurrentUser, Roles } from '../auth.decorators.js';
import { TwoFactorService } from './two-factor.service.js';

@ApiTags('admin: two-factor sign-in')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not a platform admin (coordinators cannot reset anyone, their colleagues included)' })
@Roles('admin')
@Controller('admin/users')
export class AdminTwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Post(':id/two-factor/reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: "Reset a person's two-factor sign-in after a lost device (audited as `two-factor.reset`)",
    description: 'Deletes their secret and recovery codes and ends every session of theirs; they sign in with their password and enrol again (at once, if it is required of them). 404 `user.not-found`; 409 `two-factor.not-enabled` when they have no enrolment.',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: '`user.not-found`' })
  @ApiConflictResponse({ description: '`two-factor.not-enabled`' })
  async reset(@CurrentUser() admin: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.twoFactor.reset(admin, id);
  }
}
