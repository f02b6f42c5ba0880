import { navigate } from '../router';
import { mustEnrolFirst } from './codes';

export const TWO_FACTOR_PAGE = '/account/two-factor';

/**
 * Any refusal saying enrolment comes first sends the person to the two-factor page, which says
 * why; the query cache calls this for every failed query and mutation.
 */
export function sendToEnrolmentWhenRequired(error: unknown): void {
  if (!mustEnrolFirst(error)) return;
  if (window.location.hash !== `#${TWO_FACTOR_PAGE}`) navigate(TWO_FACTOR_PAGE);
}
