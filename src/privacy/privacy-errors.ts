import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type PrivacyErrorCode = 'privacy.wrong-password';

function statusOf(code: PrivacyErrorCode): RefusalStatus {
  switch (code) {
    // The caller is signed in; the wrong password refuses the erasure, it does not end the session.
    case 'privacy.wrong-password':
      return HttpStatus.FORBIDDEN;
    default:
      return assertNever(code);
  }
}

export const privacyErrors = DomainError.catalogue(statusOf);
