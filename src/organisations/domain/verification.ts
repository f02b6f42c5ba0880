/** One organisation's vetting state of a volunteer. */
export type Verification = 'pending' | 'verified' | 'rejected';

/**
 * The single `verification` a `user` shows, from each organisation's vetting of a volunteer.
 * Staff see their own organisation's decision; the volunteer sees the best one they have, so
 * "verified" means some organisation may propose them.
 */
export function shownVerification(vettings: { organisationId: string; verification: Verification }[], viewerOrganisationId: string | null): Verification {
  if (viewerOrganisationId !== null) return vettings.find((v) => v.organisationId === viewerOrganisationId)?.verification ?? 'pending';
  if (vettings.some((v) => v.verification === 'verified')) return 'verified';
  if (vettings.length > 0 && vettings.every((v) => v.verification === 'rejected')) return 'rejected';
  return 'pending';
}
