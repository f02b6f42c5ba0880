import { Injectable } from '@nestjs/common';
import type { DomainError } from '../common/domain-error.js';
import { OwnershipRepository } from './ownership.repository.js';
import { auditOrganisationOf, inScope, scopeOf, type StaffScope } from './staff-scope.js';

export interface StaffViewer {
  role: string;
  organisationId: string | null;
}

/** What an audit entry is about, as its `targetType` and `targetId` say. */
export type AuditTarget = { type: 'match' | 'message' | 'report' | 'user'; id: string };

/**
 * The one answer to "may this staff member see or act on this?": only their organisation's
 * programmes, people, matches, messages and reports; an admin's scope is the whole platform.
 * Anything outside answers the caller's own not-found error, as if it did not exist.
 */
@Injectable()
export class OrganisationAccess {
  constructor(private readonly owners: OwnershipRepository) {}

  scope(viewer: StaffViewer): StaffScope {
    return scopeOf(viewer);
  }

  async programme(viewer: StaffViewer, programmeId: string, notFound: () => DomainError<string>): Promise<void> {
    this.assert(viewer, await this.owners.ofProgramme(programmeId), notFound);
  }

  async match(viewer: StaffViewer, matchId: string, notFound: () => DomainError<string>): Promise<void> {
    this.assert(viewer, await this.owners.ofMatch(matchId), notFound);
  }

  async message(viewer: StaffViewer, messageId: string, notFound: () => DomainError<string>): Promise<void> {
    this.assert(viewer, await this.owners.ofMessage(messageId), notFound);
  }

  async report(viewer: StaffViewer, reportId: string, notFound: () => DomainError<string>): Promise<void> {
    this.assert(viewer, await this.owners.ofReport(reportId), notFound);
  }

  async person(viewer: StaffViewer, userId: string, notFound: () => DomainError<string>): Promise<void> {
    this.assert(viewer, await this.owners.ofUser(userId), notFound);
  }

  /** Whether a match is visible without throwing (for filtering what is pushed to staff). */
  async maySeeMatch(viewer: StaffViewer, matchId: string): Promise<boolean> {
    const owners = await this.owners.ofMatch(matchId);
    return owners !== null && inScope(this.scope(viewer), owners);
  }

  /** The organisation whose programme a match belongs to (null: no such match). */
  async organisationOfMatch(matchId: string): Promise<string | null> {
    return (await this.owners.ofMatch(matchId))?.[0] ?? null;
  }

  /** The organisation of the first programme two people share; null when they share none (then only admins see it). */
  async organisationSharedBy(userId: string, otherId: string): Promise<string | null> {
    return (await this.owners.sharedBy(userId, otherId))[0] ?? null;
  }

  /**
   * The organisation an action on `target` was in, for its audit entry (`auditOrganisationOf`):
   * every audit entry's organisation is decided here. `actor` null: the system or the person themself.
   */
  async auditOrganisation(actor: StaffViewer | null, target: AuditTarget): Promise<string | null> {
    return auditOrganisationOf(actor, (await this.ownersOf(target)) ?? []);
  }

  private ownersOf(target: AuditTarget): Promise<string[] | null> {
    switch (target.type) {
      case 'match':
        return this.owners.ofMatch(target.id);
      case 'message':
        return this.owners.ofMessage(target.id);
      case 'report':
        return this.owners.ofReport(target.id);
      case 'user':
        return this.owners.ofUser(target.id);
    }
  }

  private assert(viewer: StaffViewer, owners: string[] | null, notFound: () => DomainError<string>): void {
    if (owners === null || !inScope(this.scope(viewer), owners)) throw notFound();
  }
}
