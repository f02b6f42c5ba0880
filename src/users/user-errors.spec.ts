import { userErrors, type UsersErrorCode } from './user-errors.js';

describe('users error codes', () => {
  const STATUS: Record<UsersErrorCode, number> = {
    'user.not-found': 404,
  };

  it.each(Object.entries(STATUS))('%s answers %i', (code, status) => {
    expect(userErrors.refusal(code as UsersErrorCode, 'Refused')).toMatchObject({ code, status });
  });

  it('says "User not found"', () => {
    expect(userErrors.notFound('user')).toMatchObject({ code: 'user.not-found', status: 404, message: 'User not found' });
  });
});
