import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { MeetupFacts } from '../common/meetup-facts.js';
import type { UserEntity } from '../users/user.entity.js';
import type { StaffStatsView } from './dto/stats.view.js';
import { StaffStatsRepository } from './staff-stats.repository.js';

/** The figures of the caller's organisation (admins: the whole platform) in one answer. */
@Injectable()
export class StaffStatsService {

  constructor(
    private readonly counts: StaffStatsRepository,
    private readonly meetupFacts: MeetupFacts,
    private readonly access: OrganisationAccess,
  ) {}

  async figures(staff: UserEntity): Promise<StaffStatsView> {
    const scope = this.access.scope(staff);
    const people = await this.counts.countPeople(scope);
    const waitingMigrants = await this.counts.countWaitingMigrants(scope);
    const medianDays = await this.counts.medianDaysToFirstActiveMatch(scope);
    const matches = await this.counts.countMatchesByStatus(scope);
    const matchesEverActive = await this.counts.countMatchesEverActive(scope);
    const meetups = await this.meetupFacts.meetupCounts(scope.kind === 'platform' ? undefined : scope.organisationId);
    const openReports = await this.counts.countOpenReports(scope);
    return {
      participants: { migrants: people.migrants, hosts: people.hosts, staff: people.staff },
      hostsPending: people.hostsPending,
      waitingMigrants,
      medianWaitDays: medianDays === null ? null : round(medianDays, 1),
      matches,
      meetups,
      matchesEverActive,
      meetupsPerActiveMatch: matchesEverActive === 0 ? null : round(meetups.happened / matchesEverActive, 2),
      openReports,
    };
  }
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
