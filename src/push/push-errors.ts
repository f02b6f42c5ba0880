import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, type RefusalStatus } from '../common/domain-error.js';

export type PushErrorCode = 'push.bad-endpoint' | 'push.bad-keys';

function statusOf(code: PushErrorCode): RefusalStatus {
  switch (code) {
    case 'push.bad-endpoint':
    case 'push.bad-keys':
      return HttpStatus.BAD_REQUEST;
    default:
      return assertNever(code);
  }
}

export const pushErrors = DomainError.catalogue(statusOf);
