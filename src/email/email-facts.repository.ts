import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface RecipientFacts {
  id: string;
  email: string | null;
  displayName: string;
  locale: string;
  emailVerified: boolean;
  erased: boolean;
  timezone: string | null;
}

export interface UrgentReportFacts {
  organisationId: string;
  organisation: string;
  countryCode: string;
  safeguardingEmail: string | null;
  /** The programme of the report's match; null for a report about a person. */
  programme: string | null;
}

export interface MatchFacts {
  id: string;
  migrantId: string;
  hostId: string;
  acceptedByMigrant: boolean;
  acceptedByHost: boolean;
}

export interface UnreadConversation {
  matchId: string;
  userId: string;
  unread: number;
}

/** What emails need to know of people, matches and meetups: reads only, in one place. */
@Injectable()
export class EmailFactsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async recipient(userId: string): Promise<RecipientFacts | null> {
    const rows = await this.uow.query<Array<{ id: string; email: string | null; display_name: string; locale: string; email_verified_at: Date | null; erased_at: Date | null; timezone: string | null }>>(
      `SELECT u.id, u.email, u.display_name, u.locale, u.email_verified_at, u.erased_at, p.timezone
       FROM users u LEFT JOIN profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    if (row === undefined) return null;
    return { id: row.id, email: row.email, displayName: row.display_name, locale: row.locale, emailVerified: row.email_verified_at !== null, erased: row.erased_at !== null, timezone: row.timezone };
  }

  /** What a safeguarding email about a report may say, and where it goes: no person is named. */
  async urgentReport(reportId: string): Promise<UrgentReportFacts | null> {
    const rows = await this.uow.query<Array<{ organisation_id: string | null; organisation: string | null; country_code: string | null; safeguarding_email: string | null; programme: string | null }>>(
      `SELECT r.organisation_id, o.name AS organisation, o.country_code, o.safeguarding_email, p.name AS programme
       FROM reports r
       LEFT JOIN organisations o ON o.id = r.organisation_id
       LEFT JOIN matches m ON m.id = r.match_id
       LEFT JOIN programmes p ON p.id = m.programme_id
       WHERE r.id = $1`,
      [reportId],
    );
    const row = rows[0];
    if (row === undefined || row.organisation_id === null || row.organisation === null || row.country_code === null) return null;
    return { organisationId: row.organisation_id, organisation: row.organisation, countryCode: row.country_code, safeguardingEmail: row.safeguarding_email, programme: row.programme };
  }

  /** The organisation's coordinators with an address (not erased, not suspended). */
  async coordinatorsOf(organisationId: string): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE organisation_id = $1 AND role = 'staff' AND erased_at IS NULL AND email IS NOT NULL AND status = 'active' ORDER BY id`,
      [organisationId],
    );
    return rows.map((row) => row.id);
  }

  async match(matchId: string): Promise<MatchFacts | null> {
    const rows = await this.uow.query<Array<{ id: string; migrant_id: string; host_id: string; accepted_by_migrant: boolean; accepted_by_host: boolean }>>(
      `SELECT id, migrant_id, host_id, accepted_by_migrant, accepted_by_host FROM matches WHERE id = $1`,
      [matchId],
    );
    const row = rows[0];
    return row === undefined ? null : { id: row.id, migrantId: row.migrant_id, hostId: row.host_id, acceptedByMigrant: row.accepted_by_migrant, acceptedByHost: row.accepted_by_host };
  }

  async displayName(userId: string): Promise<string | null> {
    const rows = await this.uow.query<Array<{ display_name: string }>>(`SELECT display_name FROM users WHERE id = $1`, [userId]);
    return rows[0]?.display_name ?? null;
  }

  async meetupStart(meetupId: string): Promise<Date | null> {
    const rows = await this.uow.query<Array<{ starts_at: Date }>>(`SELECT starts_at FROM meetups WHERE id = $1`, [meetupId]);
    return rows[0]?.starts_at ?? null;
  }

  /** Participants who signed up between `from` and `until` and whose profile is still incomplete. */
  async incompleteProfilesCreatedBetween(from: Date, until: Date): Promise<string[]> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `SELECT u.id FROM users u LEFT JOIN profiles p ON p.user_id = u.id
       WHERE u.role IN ('migrant', 'host') AND u.erased_at IS NULL AND u.email_verified_at IS NOT NULL
         AND u.created_at > $1 AND u.created_at <= $2 AND (p.user_id IS NULL OR NOT p.complete)
       ORDER BY u.created_at LIMIT 1000`,
      [from, until],
    );
    return rows.map((row) => row.id);
  }

  /** Proposals still waiting that were made before `until`. */
  async proposalsWaitingSince(until: Date): Promise<MatchFacts[]> {
    const rows = await this.uow.query<Array<{ id: string; migrant_id: string; host_id: string; accepted_by_migrant: boolean; accepted_by_host: boolean }>>(
      `SELECT id, migrant_id, host_id, accepted_by_migrant, accepted_by_host FROM matches
       WHERE status = 'proposed' AND created_at <= $1 ORDER BY created_at LIMIT 1000`,
      [until],
    );
    return rows.map((row) => ({ id: row.id, migrantId: row.migrant_id, hostId: row.host_id, acceptedByMigrant: row.accepted_by_migrant, acceptedByHost: row.accepted_by_host }));
  }

  /**
   * Participants of active matches with messages from the other person they have not read, the
   * oldest of them sent before `before`.
   */
  async unreadConversations(before: Date): Promise<UnreadConversation[]> {
    const rows = await this.uow.query<Array<{ match_id: string; user_id: string; unread: string }>>(
      `WITH people AS (
         SELECT m.id AS match_id, p.user_id FROM matches m
         CROSS JOIN LATERAL (VALUES (m.migrant_id), (m.host_id)) AS p(user_id)
         WHERE m.status = 'active'
       )
       SELECT people.match_id, people.user_id, count(*) AS unread
       FROM people
       LEFT JOIN message_reads r ON r.match_id = people.match_id AND r.user_id = people.user_id
       JOIN messages msg ON msg.match_id = people.match_id AND msg.sender_id <> people.user_id AND msg.seq > coalesce(r.last_read_seq, 0)
       GROUP BY people.match_id, people.user_id
       HAVING min(msg.created_at) <= $1
       LIMIT 1000`,
      [before],
    );
    return rows.map((row) => ({ matchId: row.match_id, userId: row.user_id, unread: Number(row.unread) }));
  }
}
