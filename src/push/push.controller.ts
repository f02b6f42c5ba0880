import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentSessionId, CurrentUser, Public } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { PushPublicKeyView, PushSubscriptionInput, PushUnsubscribeInput } from './dto/push.dto.js';
import { PushSubscriptionsService } from './push-subscriptions.service.js';

@ApiTags('push')
@Controller()
export class PushController {
  constructor(private readonly push: PushSubscriptionsService) {}

  @Public()
  @Get('push/public-key')
  @ApiOperation({ summary: "The server's VAPID public key, for a browser to subscribe to notifications with" })
  @ApiOkResponse({ type: PushPublicKeyView })
  publicKey(): PushPublicKeyView {
    return this.push.publicKey();
  }

  @Post('me/push-subscriptions')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Notifications on this device: keeps the browser’s push subscription',
    description: 'The body is `PushSubscription.toJSON()`. The device then gets the same notifications as email, under the same per-type choices (`/api/me/preferences`). A device subscribed before (by anyone) keeps one subscription, now the caller’s. It belongs to the session that made it: when that session ends (logging out, a device signed out, a password change) the device gets nothing more.',
  })
  @ApiCreatedResponse({ description: 'Kept' })
  @ApiBadRequestResponse({ description: 'Not an https endpoint, keys that are not a P-256 key and a 16-byte secret (base64url), or too long' })
  async subscribe(@CurrentUser() user: UserEntity, @CurrentSessionId() sessionId: string, @Body() body: PushSubscriptionInput): Promise<void> {
    await this.push.subscribe(user.id, sessionId, body);
  }

  @Delete('me/push-subscriptions')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'No more notifications on this device', description: 'Removes the caller’s subscription with this endpoint; answers 204 whether or not there was one.' })
  @ApiNoContentResponse()
  async unsubscribe(@CurrentUser() user: UserEntity, @Body() body: PushUnsubscribeInput): Promise<void> {
    await this.push.unsubscribe(user.id, body.endpoint);
  }
}
