import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '../../config/app-config.js';
import type { UserEntity } from '../../users/user.entity.js';
import { mustEnrolFirst, twoFactorRequiredFor } from './domain/enrolment-rule.js';
import { OPEN_TO_UNENROLLED } from './two-factor.decorators.js';
import { twoFactorErrors } from './two-factor-errors.js';
import { TwoFactorRepository } from './two-factor.repository.js';

/** Asked by the auth guard for every signed-in HTTP request: a coordinator or admin who must enrol first is refused (403). */
@Injectable()
export class TwoFactorGate {
  constructor(
    private readonly reflector: Reflector,
    private readonly repository: TwoFactorRepository,
    private readonly config: AppConfig,
  ) {}

  async refuseUnenrolled(user: UserEntity, context: ExecutionContext): Promise<void> {
    const setting = this.config.staffTwoFactor;
    // Only those it is required of cost a query.
    if (!twoFactorRequiredFor(user.role, setting)) return;
    const routeOpenToUnenrolled = this.reflector.getAllAndOverride<boolean>(OPEN_TO_UNENROLLED, [context.getHandler(), context.getClass()]) === true;
    if (routeOpenToUnenrolled) return;
    const enabled = await this.repository.isEnabled(user.id);
    if (mustEnrolFirst({ role: user.role, setting, enabled, routeOpenToUnenrolled })) {
      throw twoFactorErrors.refusal('auth.two-factor-enrolment-required', 'Turn on two-factor sign-in first: coordinators and admins need it for everything but their own account basics');
    }
  }
}
