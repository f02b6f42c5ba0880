import { Injectable } from '@nestjs/common';
import { Brackets, Repository } from 'typeorm';
import { MatchEntity } from './match.entity.js';
import type { StoredReason } from './stored-reason.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface NewProposal {
  programmeId: string;
  /** The programme's terms when proposed: later rule changes apply to new proposals only. */
  matchWeeks: number | null;
  checkInWeeks: number | null;
  migrantId: string;
  hostId: string;
  score: number;
  reasons: StoredReason[];
  proposedBy: string | null;
  runId: string | null;
  acceptedByMigrant: boolean;
  acceptedByHost: boolean;
}

/** A match whose people are told it ends soon. */
export interface EndingNotice {
  matchId: string;
  migrantId: string;
  hostId: string;
  programmeId: string;
  endsAt: Date;
}

/** A check-in period that has come for an active match. */
export interface CheckInDue {
  matchId: string;
  migrantId: string;
  hostId: string;
  programmeId: string;
  period: number;
}

/** The only place matches are queried or written. */
@Injectable()
export class MatchesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get matches(): Repository<MatchEntity> {
    return this.uow.manager.getRepository(MatchEntity);
  }

  /** Inserts a proposal; the partial unique index refuses a second open match for the migrant (23505). */
  insertProposal(proposal: NewProposal): Promise<MatchEntity> {
    const repository = this.matches;
    return repository.save(repository.create({ ...proposal, status: 'proposed' }));
  }

  findById(id: string): Promise<MatchEntity | null> {
    return this.matches.findOneBy({ id });
  }

  /** Row-locks the match for a state change inside the caller's transaction. */
  findByIdForUpdate(id: string): Promise<MatchEntity | null> {
    return this.uow.manager.getRepository(MatchEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  /** A person's matches, newest first. */
  findMatchesOf(userId: string): Promise<MatchEntity[]> {
    return this.matches
      .createQueryBuilder('m')
      .where(new Brackets((q) => q.where('m.migrant_id = :userId').orWhere('m.host_id = :userId')), { userId })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getMany();
  }

  /** The proposed or active matches between two people, row-locked, in id order so lockers never deadlock. */
  findOpenBetweenForUpdate(userA: string, userB: string): Promise<MatchEntity[]> {
    return this.uow.manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where(`m.status IN ('proposed', 'active')`)
      .andWhere(
        new Brackets((q) =>
          q.where('m.migrant_id = :userA AND m.host_id = :userB').orWhere('m.migrant_id = :userB AND m.host_id = :userA'),
        ),
        { userA, userB },
      )
      .orderBy('m.id')
      .getMany();
  }

  /** A person's proposed or active matches, row-locked in id order (account erasure). */
  findOpenOfForUpdate(userId: string): Promise<MatchEntity[]> {
    return this.uow.manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where(`m.status IN ('proposed', 'active')`)
      .andWhere(new Brackets((q) => q.where('m.migrant_id = :userId').orWhere('m.host_id = :userId')), { userId })
      .orderBy('m.id')
      .getMany();
  }

  /** Call with the host's row locked, so the count cannot change before the caller commits. */
  countActiveForHost(hostId: string): Promise<number> {
    return this.uow.manager.getRepository(MatchEntity).countBy({ hostId, status: 'active' });
  }

  /**
   * Proposals created at or before `cutoff`, row-locked; rows another transaction holds (someone
   * accepting right now) are skipped and looked at again next time.
   */
  findProposalsCreatedUpToForUpdate(cutoff: Date, limit: number): Promise<MatchEntity[]> {
    return this.uow.manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`m.status = 'proposed'`)
      .andWhere('m.created_at <= :cutoff', { cutoff })
      .orderBy('m.created_at')
      .limit(limit)
      .getMany();
  }

  /**
   * Active matches whose programme time (`match_weeks` from activation) is over, row-locked;
   * rows another transaction holds are skipped and looked at next time.
   */
  findPastTheirWeeksForUpdate(now: Date, limit: number): Promise<MatchEntity[]> {
    return this.uow.manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`m.status = 'active' AND m.match_weeks IS NOT NULL`)
      .andWhere(`m.activated_at + make_interval(days => m.match_weeks * 7) <= :now`, { now })
      .orderBy('m.activated_at')
      .limit(limit)
      .getMany();
  }

  /**
   * Claims the active matches that end within `noticeDays` and whose people were not told yet:
   * marks them told and returns them, so each is told once even when two sweeps run at once.
   */
  claimEndingNotices(now: Date, noticeDays: number, limit: number): Promise<EndingNotice[]> {
    return this.uow.query<EndingNotice[]>(
      `WITH claimed AS (UPDATE matches m SET ending_notice_at = $1
        WHERE m.id IN (SELECT id FROM matches
                        WHERE status = 'active' AND match_weeks IS NOT NULL AND ending_notice_at IS NULL
                          AND activated_at + make_interval(days => match_weeks * 7 - $2) <= $1
                          AND activated_at + make_interval(days => match_weeks * 7) > $1
                        ORDER BY activated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING m.id AS "matchId", m.migrant_id AS "migrantId", m.host_id AS "hostId", m.programme_id AS "programmeId",
                  m.activated_at + make_interval(days => m.match_weeks * 7) AS "endsAt")
       SELECT * FROM claimed`,
      [now, noticeDays, limit],
    );
  }

  /**
   * Claims the check-in periods that have come: for each active match with `check_in_weeks`, the
   * number of whole periods since activation, when more than were announced. Returns each match
   * once with its latest period (periods a stopped job missed are not announced one by one).
   */
  claimCheckInsDue(now: Date, limit: number): Promise<CheckInDue[]> {
    return this.uow.query<CheckInDue[]>(
      `WITH due AS (
         SELECT id, floor(extract(epoch FROM ($1::timestamptz - activated_at)) / (check_in_weeks * 7 * 86400))::int AS period FROM matches
          WHERE status = 'active' AND check_in_weeks IS NOT NULL AND activated_at + make_interval(days => check_in_weeks * 7 * (check_ins_due_sent + 1)) <= $1
          ORDER BY activated_at LIMIT $2 FOR UPDATE SKIP LOCKED),
       claimed AS (UPDATE matches m SET check_ins_due_sent = due.period FROM due
        WHERE m.id = due.id AND due.period > m.check_ins_due_sent
        RETURNING m.id AS "matchId", m.migrant_id AS "migrantId", m.host_id AS "hostId", m.programme_id AS "programmeId", due.period)
       SELECT * FROM claimed`,
      [now, limit],
    );
  }

  /** Erasure: free-text notes the person wrote when closing matches are personal data. */
  async forgetNotesBy(userId: string): Promise<void> {
    await this.uow.manager.getRepository(MatchEntity).update({ closedBy: userId }, { closeNote: null });
  }

  /**
   * Row-locks the hosts (their `users` rows, in id order so concurrent lockers cannot deadlock):
   * whoever holds the lock may count the host's open matches and add one without racing.
   */
  async lockHosts(hostIds: readonly string[]): Promise<void> {
    if (hostIds.length === 0) return;
    await this.uow.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...hostIds]]);
  }

  /** Proposed plus active matches per host (hosts without any are absent). */
  async countOpenMatchesByHost(hostIds: readonly string[]): Promise<Map<string, number>> {
    if (hostIds.length === 0) return new Map();
    const rows = await this.uow.query<Array<{ hostId: string; open: number }>>(
      `SELECT host_id AS "hostId", count(*)::int AS open FROM matches
       WHERE host_id = ANY($1::uuid[]) AND status IN ('proposed', 'active') GROUP BY host_id`,
      [[...hostIds]],
    );
    return new Map(rows.map((row) => [row.hostId, row.open]));
  }

  /** Migrants among these who are in a proposed or active match of the programme now. */
  async findMigrantsWithOpenMatch(migrantIds: readonly string[], programmeId: string): Promise<Set<string>> {
    if (migrantIds.length === 0) return new Set();
    const rows = await this.uow.query<Array<{ migrantId: string }>>(
      `SELECT migrant_id AS "migrantId" FROM matches WHERE migrant_id = ANY($1::uuid[]) AND programme_id = $2 AND status IN ('proposed', 'active')`,
      [[...migrantIds], programmeId],
    );
    return new Set(rows.map((row) => row.migrantId));
  }

  /** Many proposals in multi-row inserts, inside the caller's transaction. */
  async insertProposals(proposals: readonly NewProposal[], chunkSize = 1000): Promise<MatchEntity[]> {
    const inserted: MatchEntity[] = [];
    for (let start = 0; start < proposals.length; start += chunkSize) {
      const chunk = proposals.slice(start, start + chunkSize).map((proposal) => ({ ...proposal, status: 'proposed' as const }));
      const result = await this.uow.manager.getRepository(MatchEntity).createQueryBuilder().insert().values(chunk).returning(['id', 'createdAt']).execute();
      chunk.forEach((proposal, index) => {
        const generated = result.generatedMaps[index] as { id: string; createdAt: Date };
        inserted.push(Object.assign(new MatchEntity(), proposal, generated));
      });
    }
    return inserted;
  }

  save(match: MatchEntity): Promise<MatchEntity> {
    return this.matches.save(match);
  }
}
