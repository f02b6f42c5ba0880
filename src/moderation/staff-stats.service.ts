import { Injectable } from '@nestjs/common';
import { MeetupFacts } from '../common/meetup-facts.js';
import type { StaffStatsView } from './dto/stats.view.js';
import { StaffStatsRepository } from './staff-stats.repository.js';

/** The programme's figures in one answer. */
@Injectable()
export class StaffStatsService {

  constructor(
    private readonly figures: StaffStatsRepository,
    private readonly meetupFacts: MeetupFacts,
  ) {}

  async programmeFigures(): Promise<StaffStatsView> {
    const people = await this.figures.countPeople();
    const waitingMigrants = await this.figures.countWaitingMigrants();
    const medianDays = await this.figures.medianDaysToFirstActiveMatch();
    const matches = await this.figures.countMatchesByStatus();
    const matchesEverActive = await this.figures.countMatchesEverActive();
    const meetups = await this.meetupFacts.meetupCounts();
    const openReports = await this.figures.countOpenReports();
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
