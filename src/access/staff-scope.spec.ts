import { actingOrganisationOf, auditOrganisationOf, inScope, scopeCondition, scopeFilter, scopeOf } from './staff-scope.js';

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';

describe('staff scope', () => {
  it('gives an admin the platform and a coordinator their organisation', () => {
    expect(scopeOf({ role: 'admin', organisationId: ORG_A })).toEqual({ kind: 'platform' });
    expect(scopeOf({ role: 'staff', organisationId: ORG_A })).toEqual({ kind: 'organisation', organisationId: ORG_A });
  });

  it('refuses to scope a participant', () => {
    expect(() => scopeOf({ role: 'migrant', organisationId: null })).toThrow(/not staff/);
  });

  it('lets a coordinator see only what their organisation owns', () => {
    const scope = scopeOf({ role: 'staff', organisationId: ORG_A });
    expect(inScope(scope, [ORG_A, ORG_B])).toBe(true);
    expect(inScope(scope, [ORG_B])).toBe(false);
    expect(inScope(scope, [])).toBe(false);
    expect(inScope({ kind: 'platform' }, [])).toBe(true);
  });

  it('writes a list filter with the next parameter, and none for the platform', () => {
    const params: unknown[] = ['x'];
    expect(scopeFilter({ kind: 'organisation', organisationId: ORG_B }, 'p.organisation_id', params)).toBe('p.organisation_id = $2');
    expect(params).toEqual(['x', ORG_B]);
    expect(scopeFilter({ kind: 'platform' }, 'p.organisation_id', params)).toBe('true');
    expect(params).toHaveLength(2);
  });

  it('writes a query-builder condition with a named parameter, and none for the platform', () => {
    expect(scopeCondition({ kind: 'organisation', organisationId: ORG_A }, 'r.organisation_id')).toEqual({
      where: 'r.organisation_id = :scopeOrganisationId',
      parameters: { scopeOrganisationId: ORG_A },
    });
    expect(scopeCondition({ kind: 'platform' }, 'r.organisation_id')).toEqual({ where: 'true', parameters: {} });
  });

  describe('the organisation an audit entry belongs to', () => {
    const staffA = { role: 'staff', organisationId: ORG_A };
    const adminA = { role: 'admin', organisationId: ORG_A };
    const adminWithout = { role: 'admin', organisationId: null };
    const ORG_C = '00000000-0000-4000-8000-00000000000c';

    it('is the one owner of the target, whoever acts', () => {
      expect(auditOrganisationOf(staffA, [ORG_B])).toBe(ORG_B);
      expect(auditOrganisationOf(adminWithout, [ORG_B])).toBe(ORG_B);
      expect(auditOrganisationOf(null, [ORG_B])).toBe(ORG_B);
      expect(auditOrganisationOf({ role: 'migrant', organisationId: null }, [ORG_B])).toBe(ORG_B);
    });

    it("is the actor's own organisation among several owners", () => {
      expect(auditOrganisationOf(staffA, [ORG_B, ORG_A])).toBe(ORG_A);
      expect(auditOrganisationOf(adminA, [ORG_B, ORG_A])).toBe(ORG_A);
    });

    it("is the first owner for an admin acting in other organisations", () => {
      expect(auditOrganisationOf(adminA, [ORG_B, ORG_C])).toBe(ORG_B);
      expect(auditOrganisationOf(adminWithout, [ORG_C, ORG_B])).toBe(ORG_C);
    });

    it("is a coordinator's own for a target nobody owns, and the platform's for an admin", () => {
      expect(auditOrganisationOf(staffA, [])).toBe(ORG_A);
      expect(auditOrganisationOf(adminA, [])).toBeNull();
    });

    it("is the platform's when the person themself or the system acts on something several own", () => {
      expect(auditOrganisationOf(null, [ORG_A, ORG_B])).toBeNull();
      expect(auditOrganisationOf({ role: 'host', organisationId: null }, [ORG_A, ORG_B])).toBeNull();
      expect(auditOrganisationOf(null, [])).toBeNull();
    });
  });

  describe('the organisation a decision acts for', () => {
    it("is a coordinator's own, named or not; another is out of scope", () => {
      const staff = { role: 'staff', organisationId: ORG_A };
      expect(actingOrganisationOf(staff, undefined)).toEqual({ kind: 'organisation', organisationId: ORG_A });
      expect(actingOrganisationOf(staff, ORG_A)).toEqual({ kind: 'organisation', organisationId: ORG_A });
      expect(actingOrganisationOf(staff, ORG_B)).toEqual({ kind: 'out-of-scope' });
    });

    it("is the one an admin names, else their own, else unnamed", () => {
      expect(actingOrganisationOf({ role: 'admin', organisationId: ORG_A }, ORG_B)).toEqual({ kind: 'organisation', organisationId: ORG_B });
      expect(actingOrganisationOf({ role: 'admin', organisationId: ORG_A }, undefined)).toEqual({ kind: 'organisation', organisationId: ORG_A });
      expect(actingOrganisationOf({ role: 'admin', organisationId: null }, ORG_B)).toEqual({ kind: 'organisation', organisationId: ORG_B });
      expect(actingOrganisationOf({ role: 'admin', organisationId: null }, undefined)).toEqual({ kind: 'unnamed' });
    });
  });
});
