import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { matchErrors, matchRefusal, type MatchesErrorCode } from './match-errors.js';

describe('matches error codes', () => {
  const STATUS: Record<MatchesErrorCode, number> = {
    'match.not-found': 404,
    'match.host-full': 409,
    // The state machine's refusals: who may act is 403, the state the match is in is 409.
    'match.actor-not-allowed': 403,
    'match.invalid-transition': 409,
    'match.already-accepted': 409,
    'match.not-expired-yet': 409,
    'match.proposal-expired': 409,
    'block.self': 400,
    'block.staff': 400,
  };

  itAnswersEveryCodeWith(matchErrors, STATUS);

  it("answers a refused transition with `match.<code>` and the state machine's message", () => {
    const refused = matchRefusal({ ok: false, code: 'already-accepted', message: 'The host has already accepted this match.' });
    expect(refused).toMatchObject({ code: 'match.already-accepted', status: 409, message: 'The host has already accepted this match.' });
  });

  it('compiles only its own codes', () => {
    // @ts-expect-error 'match.cancelled' is not one of the matches module's codes
    expect(() => matchErrors.refusal('match.cancelled', 'Cancelled')).toThrow('Unmapped value');
    // @ts-expect-error meetups say `meetup.not-found`, not matches
    expect(() => matchErrors.notFound('meetup')).toThrow('Unmapped value');
  });
});
