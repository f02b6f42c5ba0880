import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Outbox } from '../outbox/outbox.js';
import { decodeCursor, toPage, type Page } from '../common/pagination.js';
import { matchErrors } from '../matches/match-errors.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { checkInErrors } from './check-in-errors.js';
import type { CheckInEntity } from './check-in.entity.js';
import { CheckInsRepository } from './check-ins.repository.js';
import { mayCheckIn } from './domain/check-in-window.js';
import type { CheckInView, CreateCheckInDto, StaffCheckInsQueryDto } from './dto/check-in.dto.js';

const DEFAULT_LIMIT = 20;

/** Participants check in on their match; staff read their organisation's check-ins. */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly checkIns: CheckInsRepository,
    private readonly matches: MatchesRepository,
    private readonly access: OrganisationAccess,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Participants only (anyone else: 404, as if the match did not exist); while the match is
   * active or within one check-in period after it ended (409 otherwise).
   */
  async create(user: UserEntity, matchId: string, input: CreateCheckInDto): Promise<CheckInView> {
    const match = await this.matches.findById(matchId);
    if (match === null || (match.migrantId !== user.id && match.hostId !== user.id)) throw matchErrors.notFound('match');
    const now = this.clock.now();
    if (!mayCheckIn(match, now)) {
      throw checkInErrors.refusal('check-in.match-not-active', 'Check-ins are for active matches, or for one check-in period after a match ended');
    }
    const saved = await this.uow.transaction(async () => {
      const checkIn = await this.checkIns.insert({
        matchId,
        programmeId: match.programmeId,
        userId: user.id,
        score: input.score,
        comment: input.comment ?? null,
        wantsContact: input.wantsContact ?? false,
        createdAt: now,
      });
      // Asking for contact is a safety concern: moderation opens an urgent report for the organisation's staff.
      if (checkIn.wantsContact) {
        await this.outbox.record('checkin.contact-requested', { checkInId: checkIn.id, matchId, userId: user.id, score: checkIn.score, comment: checkIn.comment });
      }
      return checkIn;
    });
    return toCheckInView(saved);
  }

  /** Newest first, in the caller's organisation; a programme of another organisation answers 404. */
  async listForStaff(staff: UserEntity, query: StaffCheckInsQueryDto): Promise<Page<CheckInView>> {
    if (query.programmeId !== undefined) await this.access.programme(staff, query.programmeId, () => checkInErrors.notFound('programme'));
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.checkIns.findForStaff({
      scope: this.access.scope(staff),
      programmeId: query.programmeId ?? null,
      attention: query.attention ?? false,
      after: decodeCursor(query.cursor),
      limit,
    });
    return toPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }), toCheckInView);
  }
}

export function toCheckInView(checkIn: CheckInEntity): CheckInView {
  return {
    id: checkIn.id,
    matchId: checkIn.matchId,
    programmeId: checkIn.programmeId,
    userId: checkIn.userId,
    score: checkIn.score,
    comment: checkIn.comment,
    wantsContact: checkIn.wantsContact,
    createdAt: checkIn.createdAt.toISOString(),
  };
}
