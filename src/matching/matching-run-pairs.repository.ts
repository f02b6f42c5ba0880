import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { StoredReason } from '../matches/stored-reason.js';
import type { PairReason } from './domain/matching-person.js';

/** A pair a dry run would propose, as stored for review. */
export interface NewRunPair {
  rank: number;
  migrantId: string;
  hostId: string;
  score: number;
  reasons: PairReason[];
  migrantWaitingSince: Date;
}

/** What staff see of each person in a reviewed pair: name and place, nothing more. */
export interface PairPersonRow {
  id: string;
  displayName: string;
  placeName: string | null;
  countryCode: string | null;
}

export interface RunPairRow {
  id: string;
  rank: number;
  score: number;
  reasons: StoredReason[];
  migrantWaitingSince: Date;
  migrant: PairPersonRow;
  host: PairPersonRow;
}

export type RunPairSort = 'score' | '-score' | 'waiting';

/** `-score` best first (the rank breaks ties); `score` lowest first; `waiting` the longest-waiting migrant first. */
const ORDER: Record<RunPairSort, string> = {
  '-score': 'rp.rank',
  score: 'rp.score, rp.rank DESC',
  waiting: 'rp.migrant_waiting_since, rp.rank',
};

const PERSON = (alias: string, profile: string) =>
  `jsonb_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'placeName', ${profile}.place_name, 'countryCode', ${profile}.country_code)`;

const SELECT_PAIRS = `
  SELECT rp.id, rp.rank, rp.score, rp.reasons, rp.migrant_waiting_since AS "migrantWaitingSince",
         ${PERSON('mu', 'mp')} AS migrant, ${PERSON('hu', 'hp')} AS host
    FROM matching_run_pairs rp
    JOIN users mu ON mu.id = rp.migrant_id LEFT JOIN profiles mp ON mp.user_id = mu.id
    JOIN users hu ON hu.id = rp.host_id LEFT JOIN profiles hp ON hp.user_id = hu.id
   WHERE rp.run_id = $1`;

/** About 2 MB of JSON a statement. */
const PAIRS_PER_INSERT = 2_000;

/** The only place a round's reviewed pairs are read or written. */
@Injectable()
export class MatchingRunPairsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** All or none, a slice per statement: a big round's pairs with their reasons are tens of MB as one JSON text. */
  async insertAll(runId: string, pairs: readonly NewRunPair[]): Promise<void> {
    if (pairs.length === 0) return;
    await this.uow.transaction(async () => {
      for (let start = 0; start < pairs.length; start += PAIRS_PER_INSERT) {
        await this.uow.query(
          `INSERT INTO matching_run_pairs (run_id, rank, migrant_id, host_id, score, reasons, migrant_waiting_since)
           SELECT $1, p.rank, p."migrantId", p."hostId", p.score, p.reasons, p."migrantWaitingSince"
             FROM jsonb_to_recordset($2::jsonb) AS p(rank int, "migrantId" uuid, "hostId" uuid, score float8, reasons jsonb, "migrantWaitingSince" timestamptz)`,
          [runId, JSON.stringify(pairs.slice(start, start + PAIRS_PER_INSERT))],
        );
      }
    });
  }

  async findPage(runId: string, sort: RunPairSort, offset: number, limit: number): Promise<{ items: RunPairRow[]; total: number }> {
    const items = await this.uow.query<RunPairRow[]>(`${SELECT_PAIRS} ORDER BY ${ORDER[sort]} LIMIT $2 OFFSET $3`, [runId, limit, offset]);
    const [count] = await this.uow.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM matching_run_pairs WHERE run_id = $1`, [runId]);
    return { items, total: count?.total ?? 0 };
  }

  /** Every pair of the run, best first (committing proposes them in this order). */
  findAllRanked(runId: string): Promise<RunPairRow[]> {
    return this.uow.query<RunPairRow[]>(`${SELECT_PAIRS} ORDER BY rp.rank`, [runId]);
  }

  async deleteOfRun(runId: string): Promise<void> {
    await this.uow.query(`DELETE FROM matching_run_pairs WHERE run_id = $1`, [runId]);
  }

  /** Up to `limit` pairs stored before `cutoff`; how many were deleted. */
  async deleteStoredBefore(cutoff: Date, limit: number): Promise<number> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      `WITH gone AS (DELETE FROM matching_run_pairs WHERE id IN (SELECT id FROM matching_run_pairs WHERE created_at < $1 ORDER BY created_at LIMIT $2) RETURNING id)
       SELECT id FROM gone`,
      [cutoff, limit],
    );
    return rows.length;
  }

  /** The reviewed pairs a person is in, for their data export. */
  findOf(userId: string): Promise<Array<{ runId: string; role: 'migrant' | 'host'; partnerId: string; score: number; createdAt: Date }>> {
    return this.uow.query(
      `SELECT run_id AS "runId", CASE WHEN migrant_id = $1 THEN 'migrant' ELSE 'host' END AS role,
              CASE WHEN migrant_id = $1 THEN host_id ELSE migrant_id END AS "partnerId", score, created_at AS "createdAt"
         FROM matching_run_pairs WHERE migrant_id = $1 OR host_id = $1 ORDER BY created_at`,
      [userId],
    );
  }

  async deleteOf(userId: string): Promise<void> {
    await this.uow.query(`DELETE FROM matching_run_pairs WHERE migrant_id = $1 OR host_id = $1`, [userId]);
  }
}
