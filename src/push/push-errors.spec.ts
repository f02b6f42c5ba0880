import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { pushErrors, type PushErrorCode } from './push-errors.js';

describe('push error codes', () => {
  itAnswersEveryCodeWith<PushErrorCode>(pushErrors, { 'push.bad-endpoint': 400, 'push.bad-keys': 400 });
});
