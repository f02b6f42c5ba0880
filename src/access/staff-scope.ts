/**
 * What a staff member may see: their own organisation's people and things, or (admins) the whole
 * platform. Every staff read and action asks this one question, through OrganisationAccess for
 * single things and `scopeFilter` for lists, so no query decides it by hand.
 */
export type StaffScope = { kind: 'platform' } | { kind: 'organisation'; organisationId: string };

export function scopeOf(user: { role: string; organisationId: string | null }): StaffScope {
  if (user.role === 'admin') return { kind: 'platform' };
  if (user.role === 'staff' && user.organisationId !== null) return { kind: 'organisation', organisationId: user.organisationId };
  // Participants have no staff scope; a staff row without an organisation is refused by the database.
  throw new Error('staff scope asked for someone who is not staff');
}

/** Whether a thing owned by `organisationIds` (empty: the platform's own) is in scope. */
export function inScope(scope: StaffScope, organisationIds: readonly string[]): boolean {
  return scope.kind === 'platform' || organisationIds.includes(scope.organisationId);
}

/**
 * A list query's restriction to the scope: `column` holds an organisation id. The parameter is
 * appended to `params`, so the fragment fits any statement; the platform scope restricts nothing.
 */
export function scopeFilter(scope: StaffScope, column: string, params: unknown[]): string {
  if (scope.kind === 'platform') return 'true';
  params.push(scope.organisationId);
  return `${column} = $${params.length}`;
}
