import type { ProgrammeStatus } from '../../organisations/domain/programme.js';

export type StatusProblem = 'reopened-as-draft' | 'default-closed';

/**
 * Which status changes a programme allows: a draft opens, an open programme closes, a closed one
 * may open again. Once opened it never goes back to draft (people have joined it). The default
 * programme, where every client that names no programme takes part, stays open.
 * Keeping the same status is no change, and always allowed.
 */
export function statusChangeProblem(from: ProgrammeStatus, to: ProgrammeStatus, isDefault: boolean): StatusProblem | null {
  if (from === to) return null;
  if (isDefault && to !== 'open') return 'default-closed';
  if (to === 'draft') return 'reopened-as-draft';
  return null;
}
