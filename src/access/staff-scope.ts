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

/**
 * The same restriction for a TypeORM query builder: a condition with a named parameter, to pass
 * to `andWhere(where, parameters)`. The platform scope restricts nothing.
 */
export function scopeCondition(scope: StaffScope, column: string): { where: string; parameters: Record<string, string> } {
  if (scope.kind === 'platform') return { where: 'true', parameters: {} };
  return { where: `${column} = :scopeOrganisationId`, parameters: { scopeOrganisationId: scope.organisationId } };
}

/**
 * Which organisation an audit entry belongs to, so that its staff (and admins) see it: the one
 * organisation owning the target; else, for a target several own (a person in two societies'
 * programmes), the acting staff member's or admin's own organisation when it is among them, an
 * admin acting elsewhere the first owner; a coordinator acting on someone outside every programme
 * their own. Anything else (the person themself, the system, several owners) is the platform's:
 * null, for admins only.
 */
export function auditOrganisationOf(actor: { role: string; organisationId: string | null } | null, owners: readonly string[]): string | null {
  if (owners.length === 1) return owners[0];
  if (actor === null || (actor.role !== 'staff' && actor.role !== 'admin')) return null;
  const own = actor.organisationId;
  if (own !== null && owners.includes(own)) return own;
  if (actor.role === 'staff') return own;
  return owners[0] ?? null;
}

/**
 * The organisation a staff decision acts for (vetting a volunteer): a coordinator's own, which they
 * may name or leave out (naming another is naming something that does not exist for them); an
 * admin's named one, else their own; an admin with neither must say.
 */
export type ActingOrganisation = { kind: 'organisation'; organisationId: string } | { kind: 'out-of-scope' } | { kind: 'unnamed' };

export function actingOrganisationOf(actor: { role: string; organisationId: string | null }, requested: string | undefined): ActingOrganisation {
  const scope = scopeOf(actor);
  if (scope.kind === 'organisation') {
    return requested === undefined || requested === scope.organisationId ? { kind: 'organisation', organisationId: scope.organisationId } : { kind: 'out-of-scope' };
  }
  const chosen = requested ?? actor.organisationId;
  return chosen === null ? { kind: 'unnamed' } : { kind: 'organisation', organisationId: chosen };
}
