import { DEFAULT_ORGANISATION_ID, DEFAULT_PROGRAMME_ID } from '../organisations/domain/programme.js';
import type { SyntheticPerson } from './synthetic-people.js';

/** One connection of the CLI's own (or a benchmark's): the statements below share its session. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The only place `seed` writes: synthetic people straight into users and profiles, one
 * INSERT ... SELECT FROM unnest(...) per table and batch (one array parameter per column).
 */
export class SyntheticPeopleRepository {
  constructor(private readonly db: Queryable) {}

  /** Stores a batch of people, with their profiles, in one transaction on the connection. */
  async insertBatch(people: SyntheticPerson[], passwordHash: string): Promise<void> {
    await this.db.query('BEGIN');
    try {
      await this.insertUsers(people, passwordHash);
      await this.insertProfiles(people);
      await this.db.query('COMMIT');
    } catch (error) {
      await this.db.query('ROLLBACK');
      throw error;
    }
  }

  /** Fresh planner statistics, so the first candidate queries after a bulk load plan well. */
  async analyze(): Promise<void> {
    await this.db.query('ANALYZE users');
    await this.db.query('ANALYZE profiles');
    await this.db.query('ANALYZE programme_memberships');
    await this.db.query('ANALYZE volunteer_vettings');
  }

  private async insertUsers(people: SyntheticPerson[], passwordHash: string): Promise<void> {
    const column = <T>(read: (person: SyntheticPerson) => T): T[] => people.map(read);
    await this.db.query(
      `INSERT INTO users (id, email, password_hash, display_name, role, terms_accepted_at, created_at, updated_at)
       SELECT id, email, $3, name, role, created, created, created
       FROM unnest($1::uuid[], $2::text[], $4::text[], $5::text[], $6::timestamptz[]) AS t(id, email, name, role, created)`,
      [column((p) => p.id), column((p) => p.email), passwordHash, column((p) => p.displayName), column((p) => p.role), column((p) => p.createdAt)],
    );
    // Everyone takes part in the default programme, and its organisation has vetted the volunteers.
    await this.db.query(
      `INSERT INTO programme_memberships (programme_id, user_id, role, joined_at)
       SELECT $1, id, role, created FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS t(id, role, created)`,
      [DEFAULT_PROGRAMME_ID, column((p) => p.id), column((p) => p.role), column((p) => p.createdAt)],
    );
    const hosts = people.filter((p) => p.verification !== null);
    await this.db.query(
      `INSERT INTO volunteer_vettings (organisation_id, user_id, verification, decided_at, created_at)
       SELECT $1, id, verification, CASE WHEN verification = 'verified' THEN created END, created
       FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS t(id, verification, created)`,
      [DEFAULT_ORGANISATION_ID, hosts.map((p) => p.id), hosts.map((p) => p.verification), hosts.map((p) => p.createdAt)],
    );
  }

  private async insertProfiles(people: SyntheticPerson[]): Promise<void> {
    const column = <T>(read: (person: SyntheticPerson) => T): T[] => people.map(read);
    const json = (read: (person: SyntheticPerson) => unknown): string[] => people.map((person) => JSON.stringify(read(person)));
    await this.db.query(
      `INSERT INTO profiles (user_id, bio, birth_year, gender, partner_gender, place_id, place_name, country_code, lat, lon,
         max_distance_km, meet_online, languages, language_codes, learning, interests, availability, timezone, capacity,
         complete, completed_at, updated_at)
       SELECT id, bio, birth_year, gender, partner_gender, place_id, place_name, country_code, lat, lon, max_km, online,
         languages, ARRAY(SELECT jsonb_array_elements(languages) ->> 'code'),
         ARRAY(SELECT jsonb_array_elements_text(learning)), ARRAY(SELECT jsonb_array_elements_text(interests)),
         availability, timezone, capacity, true, completed, completed
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::float8[],
         $11::int[], $12::boolean[], $13::jsonb[], $14::jsonb[], $15::jsonb[], $16::jsonb[], $17::text[], $18::int[], $19::timestamptz[])
         AS t(id, bio, birth_year, gender, partner_gender, place_id, place_name, country_code, lat, lon, max_km, online,
              languages, learning, interests, availability, timezone, capacity, completed)`,
      [
        column((p) => p.id), column((p) => p.bio), column((p) => p.birthYear), column((p) => p.gender), column((p) => p.partnerGender),
        column((p) => p.place.id), column((p) => p.place.name), column((p) => p.place.countryCode), column((p) => p.place.lat), column((p) => p.place.lon),
        column((p) => p.maxDistanceKm), column((p) => p.meetOnline), json((p) => p.languages), json((p) => p.learning), json((p) => p.interests),
        json((p) => p.availability), column((p) => p.timezone), column((p) => p.capacity), column((p) => p.completedAt),
      ],
    );
  }
}
