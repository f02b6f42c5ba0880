import { HttpStatus } from '@nestjs/common';
import { assertNever, DomainError, STATUS_OF_KIND, type RefusalStatus } from '../common/domain-error.js';
import { matchErrorKind, type MatchErrorCode, type MatchTransitionError } from './domain/match-state.js';

/** A transition the pure match state machine refused: `match.<its code>`. */
export type MatchTransitionCode = `match.${MatchErrorCode}`;

export type MatchesErrorCode = 'match.not-found' | 'match.host-full' | MatchTransitionCode | 'block.self' | 'block.staff';

function statusOf(code: MatchesErrorCode): RefusalStatus {
  switch (code) {
    case 'match.not-found':
      return HttpStatus.NOT_FOUND;
    case 'match.host-full':
      return HttpStatus.CONFLICT;
    case 'match.invalid-transition':
    case 'match.already-accepted':
    case 'match.not-expired-yet':
    case 'match.proposal-expired':
    case 'match.actor-not-allowed':
      return STATUS_OF_KIND[matchErrorKind(transitionCode(code))];
    case 'block.self':
    case 'block.staff':
      return HttpStatus.BAD_REQUEST;
    default:
      return assertNever(code);
  }
}

export const matchErrors = DomainError.catalogue(statusOf);

/** A refusal of the pure match rules, as the HTTP layer understands it. */
export function matchRefusal(refused: MatchTransitionError): DomainError<MatchesErrorCode> {
  return matchErrors.refusal(`match.${refused.code}`, refused.message);
}

function transitionCode(code: MatchTransitionCode): MatchErrorCode {
  return code.slice('match.'.length) as MatchErrorCode;
}
