import { Injectable } from '@nestjs/common';
import { ProfileViews } from '../profiles/profile-views.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import type { MatchView } from './dto/match.view.js';
import type { MatchEntity } from './match.entity.js';

/** Builds the contract's `match` for a viewer; distances are measured from the viewer's own place. */
@Injectable()
export class MatchViews {
  constructor(
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly profileViews: ProfileViews,
  ) {}

  async viewOne(match: MatchEntity, viewerId: string): Promise<MatchView> {
    const [view] = await this.viewMany([match], viewerId);
    if (view === undefined) throw new Error('match view missing');
    return view;
  }

  async viewMany(matches: MatchEntity[], viewerId: string): Promise<MatchView[]> {
    const ids = [...new Set(matches.flatMap((m) => [m.migrantId, m.hostId]).concat(viewerId))];
    const users = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
    const profiles = new Map((await this.profiles.findByUserIds(ids)).map((p) => [p.userId, p]));
    const viewerProfile = profiles.get(viewerId) ?? null;
    const person = (id: string) => {
      const user = users.get(id);
      if (user === undefined) throw new Error(`user ${id} of a match is missing`);
      // Staff viewing a match see the distance between the two participants instead of from themselves.
      return this.profileViews.publicUser(user, profiles.get(id) ?? null, viewerProfile);
    };
    return matches.map((match) => ({
      id: match.id,
      programmeId: match.programmeId,
      status: match.status,
      migrant: person(match.migrantId),
      host: person(match.hostId),
      score: match.score,
      reasons: match.reasons,
      acceptedByMigrant: match.acceptedByMigrant,
      acceptedByHost: match.acceptedByHost,
      createdAt: match.createdAt.toISOString(),
      activatedAt: match.activatedAt?.toISOString() ?? null,
      endedAt: match.endedAt?.toISOString() ?? null,
    }));
  }
}
