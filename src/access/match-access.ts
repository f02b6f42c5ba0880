import { Injectable } from '@nestjs/common';
import { matchErrors } from '../matches/match-errors.js';
import type { MatchEntity } from '../matches/match.entity.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import { OrganisationAccess } from './organisation-access.js';
import { isStaffRole, type UserRole } from '../users/user.entity.js';

export interface Viewer {
  id: string;
  role: UserRole;
  organisationId: string | null;
}

export function isParticipant(match: Pick<MatchEntity, 'migrantId' | 'hostId'>, userId: string): boolean {
  return match.migrantId === userId || match.hostId === userId;
}

export function otherParticipant(match: Pick<MatchEntity, 'migrantId' | 'hostId'>, userId: string): string {
  return match.migrantId === userId ? match.hostId : match.migrantId;
}

/**
 * The one answer to "may this person see or act on this match?", for HTTP and Socket.IO alike.
 * Anyone else gets 404, never 403, so the existence of other people's matches never leaks.
 */
@Injectable()
export class MatchAccess {
  constructor(
    private readonly matches: MatchesRepository,
    private readonly organisations: OrganisationAccess,
  ) {}

  /** Participants, and staff of the match's programme's organisation (admins: any). */
  async visibleMatch(viewer: Viewer, matchId: string): Promise<MatchEntity> {
    const match = await this.matches.findById(matchId);
    if (match === null) throw matchErrors.notFound('match');
    if (isParticipant(match, viewer.id)) return match;
    if (!isStaffRole(viewer.role)) throw matchErrors.notFound('match');
    await this.organisations.match(viewer, matchId, () => matchErrors.notFound('match'));
    return match;
  }

  /** The two participants only (chat, meetups): staff act through their own routes. */
  async participantMatch(viewer: Viewer, matchId: string): Promise<MatchEntity> {
    const match = await this.matches.findById(matchId);
    if (match === null || !isParticipant(match, viewer.id)) throw matchErrors.notFound('match');
    return match;
  }
}
