import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { emailErrors, type EmailErrorCode } from './email-errors.js';

describe('email error codes', () => {
  itAnswersEveryCodeWith<EmailErrorCode>(emailErrors, { 'email.bad-unsubscribe-token': 400 });
});
