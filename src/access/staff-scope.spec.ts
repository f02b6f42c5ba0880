import { inScope, scopeFilter, scopeOf } from './staff-scope.js';

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
});
