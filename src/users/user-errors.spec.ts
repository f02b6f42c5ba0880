import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { userErrors, type UsersErrorCode } from './user-errors.js';

describe('users error codes', () => {
  const STATUS: Record<UsersErrorCode, number> = {
    'user.not-found': 404,
  };

  itAnswersEveryCodeWith(userErrors, STATUS);

  it('says "User not found"', () => {
    expect(userErrors.notFound('user')).toMatchObject({ code: 'user.not-found', status: 404, message: 'User not found' });
  });
});
