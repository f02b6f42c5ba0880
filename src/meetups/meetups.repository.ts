import { Injectable } from '@nestjs/common';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { lockPeopleForTransaction, PERSON_LOCK_CLASSES } from '../database/advisory-locks.js';
import { MatchEntity } from '../matches/match.entity.js';
import type { BusyInterval } from './domain/slots.js';
import { MeetupEntity } from './meetup.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export type NewMeetup = Pick<MeetupEntity, 'matchId' | 'startsAt' | 'durationMinutes' | 'endsAt' | 'place' | 'online' | 'note' | 'proposedBy'>;

/** A reminder this process won the right to send. */
export interface ClaimedReminder {
  meetupId: string;
  matchId: string;
  startsAt: Date;
  participantIds: [string, string];
}

const LIST_LIMIT = 500;

/** The only place meetups and their bookings are queried or written. */
@Injectable()
export class MeetupsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get meetups(): Repository<MeetupEntity> {
    return this.uow.manager.getRepository(MeetupEntity);
  }

  insertMeetup(meetup: NewMeetup): Promise<MeetupEntity> {
    const repository = this.meetups;
    return repository.save(repository.create({ ...meetup, status: 'proposed', sequence: 0, closedBy: null, closeReason: null }));
  }

  findById(id: string): Promise<MeetupEntity | null> {
    return this.meetups.findOneBy({ id });
  }

  /** Row-locks the meetup so concurrent transitions of it are serialised. */
  findByIdForUpdate(id: string): Promise<MeetupEntity | null> {
    return this.meetups.createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  save(meetup: MeetupEntity): Promise<MeetupEntity> {
    return this.meetups.save(meetup);
  }

  /**
   * Books both people's time; the exclusion constraint answers 23P01 if either is already booked then.
   * The people are locked first: two transactions booking one person at overlapping times would
   * otherwise each insert, each find the other's uncommitted booking and wait for it, a deadlock
   * PostgreSQL breaks by failing one as 40P01 ("try again") instead of as the overlap. Locked, the
   * second waits for the first to finish, then finds its booking.
   */
  async bookParticipants(meetup: MeetupEntity, userIds: readonly string[]): Promise<void> {
    await lockPeopleForTransaction(this.uow.manager, PERSON_LOCK_CLASSES.bookings, userIds);
    for (const userId of userIds) {
      await this.uow.query(`INSERT INTO meetup_bookings (meetup_id, user_id, during) VALUES ($1, $2, tstzrange($3, $4, '[)'))`, [
        meetup.id,
        userId,
        meetup.startsAt,
        meetup.endsAt,
      ]);
    }
  }

  async releaseBookings(meetupId: string): Promise<void> {
    await this.uow.query(`DELETE FROM meetup_bookings WHERE meetup_id = $1`, [meetupId]);
  }

  /** A match's meetups, newest first. */
  findByMatch(matchId: string): Promise<MeetupEntity[]> {
    return this.meetups.find({ where: { matchId }, order: { createdAt: 'DESC', id: 'DESC' }, take: LIST_LIMIT });
  }

  /** The person's meetups that have not ended yet, soonest first. */
  findUpcomingOf(userId: string, now: Date): Promise<MeetupEntity[]> {
    return this.ofPerson(userId).andWhere('m.ends_at > :now', { now }).orderBy('m.starts_at', 'ASC').addOrderBy('m.id', 'ASC').limit(LIST_LIMIT).getMany();
  }

  /** The person's meetups that have ended, newest first. */
  findPastOf(userId: string, now: Date): Promise<MeetupEntity[]> {
    return this.ofPerson(userId).andWhere('m.ends_at <= :now', { now }).orderBy('m.starts_at', 'DESC').addOrderBy('m.id', 'DESC').limit(LIST_LIMIT).getMany();
  }

  /** Everything a personal calendar feed shows: meetups ending after `since`, oldest first. */
  findForCalendarOf(userId: string, since: Date): Promise<MeetupEntity[]> {
    return this.ofPerson(userId).andWhere('m.ends_at > :since', { since }).orderBy('m.starts_at', 'ASC').addOrderBy('m.id', 'ASC').limit(LIST_LIMIT).getMany();
  }

  /** Every meetup of the person's matches, for their data export. */
  findAllOf(userId: string): Promise<MeetupEntity[]> {
    return this.ofPerson(userId).orderBy('m.created_at', 'ASC').getMany();
  }

  /** The people's confirmed meetup time overlapping [from, to), from their bookings. */
  async findBusyOf(userIds: readonly string[], from: Date, to: Date): Promise<BusyInterval[]> {
    const rows: { start: Date; end: Date }[] = await this.meetups.query(
      `SELECT lower(during) AS "start", upper(during) AS "end" FROM meetup_bookings
        WHERE user_id = ANY($1::uuid[]) AND during && tstzrange($2, $3, '[)')`,
      [userIds, from, to],
    );
    return rows.map((row) => ({ start: new Date(row.start), end: new Date(row.end) }));
  }

  /** Per match, the start of its earliest confirmed meetup. */
  async firstConfirmedStarts(matchIds: readonly string[]): Promise<Map<string, Date>> {
    if (matchIds.length === 0) return new Map();
    const rows: { matchId: string; first: Date }[] = await this.meetups.query(
      `SELECT match_id AS "matchId", min(starts_at) AS "first" FROM meetups
        WHERE match_id = ANY($1::uuid[]) AND status = 'confirmed' GROUP BY match_id`,
      [matchIds],
    );
    return new Map(rows.map((row) => [row.matchId, new Date(row.first)]));
  }

  async hasConfirmedMeetup(matchId: string): Promise<boolean> {
    return (await this.meetups.countBy({ matchId, status: 'confirmed' })) > 0;
  }

  /** Confirmed meetups, and those of them that have ended and at least one participant said took place. */
  /** Over the matches of one organisation's programmes, or (null) every match. */
  async countConfirmedAndHappened(now: Date, organisationId: string | null): Promise<{ confirmed: number; happened: number }> {
    const [row]: { confirmed: string; happened: string }[] = await this.meetups.query(
      `SELECT count(*) AS confirmed,
              count(*) FILTER (WHERE m.ends_at <= $1 AND EXISTS (
                SELECT 1 FROM meetup_feedback f WHERE f.meetup_id = m.id AND f.happened)) AS happened
         FROM meetups m
        WHERE m.status = 'confirmed'
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM matches x JOIN programmes p ON p.id = x.programme_id WHERE x.id = m.match_id AND p.organisation_id = $2))`,
      [now, organisationId],
    );
    return { confirmed: Number(row?.confirmed ?? 0), happened: Number(row?.happened ?? 0) };
  }

  /**
   * Claims the reminders of one kind that are due: confirmed meetups starting in (after, until].
   * The claim is an INSERT … ON CONFLICT DO NOTHING on (meetup, sequence, kind), so of several
   * processes running this at once exactly one gets each row back. A reschedule bumps the
   * sequence, so the new time gets its own reminders.
   */
  async claimDueReminders(hoursBefore: number, after: Date, until: Date, now: Date): Promise<ClaimedReminder[]> {
    const rows: { meetupId: string; matchId: string; startsAt: Date; migrantId: string; hostId: string }[] = await this.meetups.query(
      `WITH claimed AS (
         INSERT INTO meetup_reminders_sent (meetup_id, sequence, hours_before, sent_at)
         SELECT m.id, m.sequence, $1, $4 FROM meetups m
          WHERE m.status = 'confirmed' AND m.starts_at > $2 AND m.starts_at <= $3
         ON CONFLICT DO NOTHING
         RETURNING meetup_id
       )
       SELECT m.id AS "meetupId", m.match_id AS "matchId", m.starts_at AS "startsAt",
              ma.migrant_id AS "migrantId", ma.host_id AS "hostId"
         FROM claimed c JOIN meetups m ON m.id = c.meetup_id JOIN matches ma ON ma.id = m.match_id
        ORDER BY m.starts_at`,
      [hoursBefore, after, until, now],
    );
    return rows.map((row) => ({ meetupId: row.meetupId, matchId: row.matchId, startsAt: new Date(row.startsAt), participantIds: [row.migrantId, row.hostId] }));
  }

  /**
   * Cancels the open meetups that have not started yet, of one match or of all a person's matches
   * (the match ended; the person erased their account), and frees their booked time.
   */
  async cancelOpenFuture(scope: { matchId: string } | { userId: string }, closedBy: string | null, reason: string, now: Date): Promise<MeetupEntity[]> {
    const inScope = 'matchId' in scope ? 'm.match_id = $1' : 'm.match_id IN (SELECT id FROM matches WHERE migrant_id = $1 OR host_id = $1)';
    const ids: { id: string }[] = await this.uow.query(
      `UPDATE meetups m SET status = 'cancelled', sequence = m.sequence + 1, closed_by = $2, close_reason = $3, updated_at = now()
        WHERE ${inScope} AND m.status IN ('proposed', 'confirmed') AND m.starts_at > $4
        RETURNING m.id`,
      ['matchId' in scope ? scope.matchId : scope.userId, closedBy, reason, now],
    ).then((result: unknown) => rowsOf<{ id: string }>(result));
    if (ids.length === 0) return [];
    await this.uow.query(`DELETE FROM meetup_bookings WHERE meetup_id = ANY($1::uuid[])`, [ids.map((row) => row.id)]);
    return this.uow.manager.getRepository(MeetupEntity).findBy({ id: In(ids.map((row) => row.id)) });
  }

  /** Erasure: the notes and reasons the person wrote on meetups are removed. */
  async eraseTextsWrittenBy(userId: string): Promise<void> {
    await this.uow.query(`UPDATE meetups SET note = NULL WHERE proposed_by = $1`, [userId]);
    await this.uow.query(`UPDATE meetups SET close_reason = NULL WHERE closed_by = $1`, [userId]);
  }

  private ofPerson(userId: string): SelectQueryBuilder<MeetupEntity> {
    return this.meetups
      .createQueryBuilder('m')
      .innerJoin(MatchEntity, 'ma', 'ma.id = m.match_id')
      .where(new Brackets((q) => q.where('ma.migrant_id = :userId').orWhere('ma.host_id = :userId')), { userId });
  }
}

/** TypeORM returns UPDATE … RETURNING as [rows, count] on PostgreSQL. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
