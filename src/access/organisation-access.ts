import { Injectable } from '@nestjs/common';
import type { DomainError } from '../common/domain-error.js';
import { OwnershipRepository } from './ownership.repository.js';
import { inScope, scopeOf, type StaffScope } from './staff-scope.js';

export interface StaffViewer {
  role: string;
  organisationId: string | null;
}

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

  private assert(viewer: StaffViewer, owners: string[] | null, notFound: () => DomainError<string>): void {
    if (owners === null || !inScope(this.scope(viewer), owners)) throw notFound();
  }
}
