import { SetMetadata } from '@nestjs/common';

export const OPEN_TO_UNENROLLED = 'auth:open-to-unenrolled';

/**
 * The route answers a coordinator or admin who has not enrolled yet while two-factor sign-in is
 * required of them: their own account's basics (`GET /api/me`, logging out, enrolling).
 */
export const OpenToUnenrolled = (): MethodDecorator & ClassDecorator => SetMetadata(OPEN_TO_UNENROLLED, true);
