import { itAnswersEveryCodeWith } from '../../test/support/error-codes.js';
import { meetupErrors, meetupRefusal, translateOverlap, type MeetupsErrorCode } from './meetup-errors.js';

describe('meetups error codes', () => {
  const STATUS: Record<MeetupsErrorCode, number> = {
    // The state machine's refusals: bad input is 400, not a participant 403, the wrong state 409.
    'meetup.invalid-start': 400,
    'meetup.starts-in-past': 400,
    'meetup.starts-too-far-ahead': 400,
    'meetup.invalid-duration': 400,
    'meetup.no-changes': 400,
    'meetup.not-a-participant': 403,
    'meetup.proposer-cannot-respond': 409,
    'meetup.invalid-transition': 409,
    'meetup.match-not-active': 409,
    'meetup.proposal-outdated': 409,
    'meetup.meetup-not-confirmed': 409,
    'meetup.meetup-not-finished': 409,
    'meetup.feedback-already-given': 409,
    'meetup.not-found': 404,
    'meetup.invalid-place': 400,
    'meetup.overlap': 409,
    'meetup-slots.empty-range': 400,
    'meetup-slots.range-too-long': 400,
    'calendar.invalid-token': 401,
    'account.suspended': 403,
  };

  itAnswersEveryCodeWith(meetupErrors, STATUS);

  it("answers a refused meetup rule with `meetup.<code>` and the rule's message", () => {
    const refused = meetupRefusal({ ok: false, code: 'not-a-participant', message: 'Only the two participants can accept this meetup.' });
    expect(refused).toMatchObject({ code: 'meetup.not-a-participant', status: 403, message: 'Only the two participants can accept this meetup.' });
  });

  it("turns the bookings' exclusion violation into meetup.overlap and leaves other errors alone", () => {
    expect(translateOverlap(Object.assign(new Error('conflicting key value'), { code: '23P01' }))).toMatchObject({ code: 'meetup.overlap', status: 409 });
    const other = new Error('connection lost');
    expect(translateOverlap(other)).toBe(other);
  });

  it('compiles only its own codes', () => {
    // @ts-expect-error 'meetup.cancelled' is a status, not a refusal
    expect(() => meetupErrors.refusal('meetup.cancelled', 'Cancelled')).toThrow('Unmapped value');
  });
});
