import { SetMetadata } from '@nestjs/common';

export const SIGNUP_LIMITED = 'rate-limit:signup';
export const SKIP_RATE_LIMIT = 'rate-limit:skip';

/** Counted against the per-address sign-up budget. */
export const SignupLimited = (): MethodDecorator => SetMetadata(SIGNUP_LIMITED, true);
/** Not counted against any budget (health checks from load balancers). */
export const SkipRateLimit = (): MethodDecorator => SetMetadata(SKIP_RATE_LIMIT, true);
