import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { accountRecoveryErrors, type AccountRecoveryErrorCode } from './account-recovery-errors.js';

describe('account recovery error codes', () => {
  itAnswersEveryCodeWith<AccountRecoveryErrorCode>(accountRecoveryErrors, {
    'account.invalid-token': 400,
    'account.weak-password': 400,
    'account.wrong-password': 400,
    'account.too-many-reset-requests': 429,
  });
});
