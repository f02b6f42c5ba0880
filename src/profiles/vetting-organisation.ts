import { actingOrganisationOf } from '../access/staff-scope.js';
import type { UserEntity } from '../users/user.entity.js';
import { profileErrors } from './profile-errors.js';

/**
 * The organisation whose vetting a staff member acts on: a coordinator's own, or the one an admin
 * names with `?organisationId=`; another organisation is 404, an admin who names none 400.
 */
export function vettingOrganisationOf(staff: UserEntity, requested: string | undefined): string {
  const acting = actingOrganisationOf(staff, requested);
  switch (acting.kind) {
    case 'organisation':
      return acting.organisationId;
    case 'out-of-scope':
      throw profileErrors.notFound('organisation');
    case 'unnamed':
      throw profileErrors.refusal('vetting.organisation-required', 'Say for which organisation: ?organisationId=');
  }
}
