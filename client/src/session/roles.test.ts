import { describe, expect, it } from 'vitest';
import { parseHash } from '../router';
import { pageFor } from '../routes';
import { staffTabsFor } from '../staff/tabs';
import { homeFor } from './home';
import { isAdmin, isStaffRole } from './roles';

describe('roles', () => {
  it('starts staff and admins in the staff console, others at their matches or profile', () => {
    expect(homeFor({ role: 'admin', profileComplete: false })).toBe('/staff/volunteers');
    expect(homeFor({ role: 'staff', profileComplete: false })).toBe('/staff/volunteers');
    expect(homeFor({ role: 'migrant', profileComplete: true })).toBe('/matches');
    expect(homeFor({ role: 'host', profileComplete: false })).toBe('/profile/steps');
  });

  it('treats admins as staff, and only admins as admins', () => {
    expect(['migrant', 'host', 'staff', 'admin'].map((role) => isStaffRole(role as 'admin'))).toEqual([false, false, true, true]);
    expect(['migrant', 'host', 'staff', 'admin'].map((role) => isAdmin(role as 'admin'))).toEqual([false, false, false, true]);
  });

  it('shows the Organisations tab to admins only, and the Programmes tab to both', () => {
    expect(staffTabsFor('admin')).toContain('organisations');
    expect(staffTabsFor('staff')).not.toContain('organisations');
    expect(staffTabsFor('staff')).toContain('programmes');
    expect(staffTabsFor('admin')).toContain('programmes');
    expect(staffTabsFor('migrant')).toEqual([]);
  });

  it('finds the programme pages by address', () => {
    expect(pageFor(parseHash('#/programmes'))).toEqual({ name: 'programmes' });
    expect(pageFor(parseHash('#/staff/programmes'))).toEqual({ name: 'staff', tab: 'programmes' });
    expect(pageFor(parseHash('#/staff/programmes/p-1'))).toEqual({ name: 'staff', tab: 'programmes', programmeId: 'p-1' });
    expect(pageFor(parseHash('#/staff/organisations'))).toEqual({ name: 'staff', tab: 'organisations' });
    for (const hash of ['#/staff/audit/p-1', '#/programmes/p-1', '#/staff/programmes/p-1/extra']) expect(pageFor(parseHash(hash)), hash).toEqual({ name: 'not-found' });
  });
});
