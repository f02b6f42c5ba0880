import type { AccountRole } from '../data/programme-api';

/** Coordinators and platform admins share the staff console; admins pass every staff route. */
export function isStaffRole(role: AccountRole): boolean {
  return role === 'staff' || role === 'admin';
}

export function isAdmin(role: AccountRole): boolean {
  return role === 'admin';
}
