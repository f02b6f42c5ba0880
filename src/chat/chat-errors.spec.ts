import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { chatErrors, type ChatErrorCode } from './chat-errors.js';

describe('chat error codes', () => {
  const STATUS: Record<ChatErrorCode, number> = {
    'chat.client-id-reused': 409,
    'chat.read-only': 409,
    'chat.rate-limited': 429,
  };

  itAnswersEveryCodeWith(chatErrors, STATUS);

  it('compiles only its own codes', () => {
    // @ts-expect-error chat says nothing was not found; access does (`match.not-found`)
    expect(() => chatErrors.notFound('match')).toThrow('Unmapped value');
  });
});
