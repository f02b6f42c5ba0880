import { Module } from '@nestjs/common';
import { AuthModule } from '../auth.module.js';
import { DevicesController } from './devices.controller.js';
import { DevicesService } from './devices.service.js';
import { WebSessionController } from './web-session.controller.js';

/**
 * Web sessions: the session token in an httpOnly cookie instead of script-readable storage, CSRF
 * tokens for the writes it authenticates, and the person's signed-in devices. The sign-in routes
 * opt in with `@IssuesWebSession()`; AppModule registers SessionCredentialMiddleware and CsrfGuard.
 */
@Module({
  imports: [AuthModule],
  controllers: [WebSessionController, DevicesController],
  providers: [DevicesService],
})
export class WebSessionModule {}
