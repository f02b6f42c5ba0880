import { DataSource } from 'typeorm';
import { DEFAULT_PROGRAMME_ID } from '../../src/organisations/domain/programme.js';
import { bearer, createStaff, signUp, verifyHost, withProfile, type SignedUpUser } from './factories.js';
import type { TestApp } from './test-app.js';

/** GeoNames ids and their distance from Amsterdam (2759794). */
export const PLACES = { amsterdam: '2759794', amstelveen: '2759798', haarlem: '2755003', utrecht: '2745912' } as const;

/**
 * People for matching tests. Each scenario gives everyone its own language, so scenarios sharing
 * one database never see each other's people (a pair needs a language in common).
 */
export class MatchingPeople {
  private staff: SignedUpUser | undefined;

  constructor(private readonly t: TestApp) {}

  async staffMember(): Promise<SignedUpUser> {
    this.staff ??= await createStaff(this.t);
    return this.staff;
  }

  async migrant(language: string, overrides: Record<string, unknown> = {}, name = 'Amal'): Promise<SignedUpUser> {
    const migrant = await signUp(this.t, { role: 'migrant', displayName: name });
    return withProfile(this.t, migrant, { languages: [{ code: language, level: 'native' }], learning: [], ...overrides });
  }

  async host(language: string, overrides: Record<string, unknown> = {}, options: { verified?: boolean; name?: string } = {}): Promise<SignedUpUser> {
    const host = await signUp(this.t, { role: 'host', displayName: options.name ?? 'Joost' });
    await withProfile(this.t, host, { languages: [{ code: language, level: 'fluent' }], learning: [], capacity: 1, ...overrides });
    if (options.verified ?? true) await verifyHost(this.t, await this.staffMember(), host);
    return host;
  }

  db(): DataSource {
    return this.t.app.get(DataSource);
  }

  async exclude(a: SignedUpUser, b: SignedUpUser, kind: 'declined' | 'blocked'): Promise<void> {
    const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    await this.db().query(`INSERT INTO pair_exclusions (user_low, user_high, kind, created_by) VALUES ($1, $2, $3, $4)`, [low, high, kind, a.id]);
  }

  async insertMatch(migrant: SignedUpUser, host: SignedUpUser, status: 'proposed' | 'active'): Promise<void> {
    const accepted = status === 'active';
    await this.db().query(
      `INSERT INTO matches (programme_id, migrant_id, host_id, status, score, accepted_by_migrant, accepted_by_host) VALUES ($5, $1, $2, $3, 50, $4, $4)`,
      [migrant.id, host.id, status, accepted, DEFAULT_PROGRAMME_ID],
    );
  }

  suggestions(user: SignedUpUser, query = '') {
    return this.t.http().get(`/api/matching/suggestions${query}`).set(bearer(user));
  }

  requestMatch(user: SignedUpUser, partnerId: unknown) {
    return this.t.http().post('/api/matches').set(bearer(user)).send({ partnerId });
  }
}
