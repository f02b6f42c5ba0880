import { DEFAULT_ORGANISATION_ID, DEFAULT_PROGRAMME_ID, type ProgrammeRegion, type ProgrammeRules } from '../organisations/domain/programme.js';
import type { ExampleProgramme } from './example-programmes.js';
import type { SyntheticPerson } from './synthetic-people.js';

/** A seeded programme as stored (its coordinators may have changed its rules since), with its centre resolved. */
export interface SeededProgramme {
  id: string;
  organisationId: string;
  region: ProgrammeRegion;
  rules: ProgrammeRules;
  centre: { lat: number; lon: number } | null;
}

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

  /**
   * The example organisation and its programme, each created unless one of that name exists (the
   * organisation whatever the case, the programme within the organisation); answers the programme as stored.
   */
  async ensureExample(example: ExampleProgramme): Promise<Omit<SeededProgramme, 'centre'>> {
    await this.db.query(
      `INSERT INTO organisations (name, country_code) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM organisations WHERE lower(name) = lower($1))`,
      [example.organisation.name, example.organisation.countryCode],
    );
    const { programme } = example;
    await this.db.query(
      `INSERT INTO programmes (organisation_id, name, description, status, region, rules)
       SELECT o.id, $2, $3, 'open', $4, $5 FROM organisations o
        WHERE lower(o.name) = lower($1) AND NOT EXISTS (SELECT 1 FROM programmes p WHERE p.organisation_id = o.id AND p.name = $2)`,
      [example.organisation.name, programme.name, programme.description, JSON.stringify(programme.region), JSON.stringify(programme.rules)],
    );
    const rows = (await this.db.query(
      `SELECT p.id, p.organisation_id AS "organisationId", p.region, p.rules FROM programmes p JOIN organisations o ON o.id = p.organisation_id
        WHERE lower(o.name) = lower($1) AND p.name = $2 ORDER BY p.created_at LIMIT 1`,
      [example.organisation.name, programme.name],
    )) as Array<Omit<SeededProgramme, 'centre'>>;
    return rows[0];
  }

  /** Stores a batch of people, with their profiles, in one transaction on the connection; those who meet a programme's rules join it. */
  async insertBatch(people: SyntheticPerson[], passwordHash: string, programmes: readonly SeededProgramme[] = [], now = new Date()): Promise<void> {
    await this.db.query('BEGIN');
    try {
      await this.insertUsers(people, passwordHash);
      await this.insertProfiles(people);
      for (const programme of programmes) await this.joinWhoMeetsTheRules(people, programme, now);
      await this.db.query('COMMIT');
    } catch (error) {
      await this.db.query('ROLLBACK');
      throw error;
    }
  }

  /** Where a place lies, from the places table; undefined for an unknown id. */
  async placeLocation(placeId: string): Promise<{ lat: number; lon: number } | undefined> {
    if (!/^\d{1,10}$/.test(placeId)) return undefined;
    const [row] = (await this.db.query('SELECT lat, lon FROM places WHERE id = $1', [Number(placeId)])) as Array<{ lat: number; lon: number }>;
    return row;
  }

  async countMembers(programmeId: string): Promise<number> {
    const rows = (await this.db.query(`SELECT count(*) AS count FROM programme_memberships WHERE programme_id = $1 AND status = 'active'`, [programmeId])) as Array<{ count: string }>;
    return Number(rows[0]?.count ?? 0);
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

  /**
   * The batch's people who would be let in by joining (the region, their side's genders and ages,
   * one of the languages) become members, set-based; a volunteer gets the programme's organisation's
   * vetting with the decision the default organisation made, so as many are verified.
   */
  private async joinWhoMeetsTheRules(people: SyntheticPerson[], programme: SeededProgramme, now: Date): Promise<void> {
    const { region, rules } = programme;
    const side = (role: 'migrant' | 'host'): [string[], number | null, number | null] => [rules[role]?.genders ?? [], rules[role]?.minAge ?? null, rules[role]?.maxAge ?? null];
    await this.db.query(
      `INSERT INTO programme_memberships (programme_id, user_id, role, joined_at)
       SELECT $1, u.id, u.role, u.created_at FROM users u JOIN profiles p ON p.user_id = u.id
        WHERE u.id = ANY($2::uuid[])
          AND (cardinality($3::text[]) = 0 OR p.country_code = ANY($3::text[]))
          AND ($4::float8 IS NULL OR 2 * 6371.0088 * asin(least(1, sqrt(
                power(sin(radians(p.lat - $4::float8) / 2), 2) + cos(radians($4::float8)) * cos(radians(p.lat)) * power(sin(radians(p.lon - $5::float8) / 2), 2)))) <= $6::float8)
          AND CASE u.role
                WHEN 'migrant' THEN (cardinality($7::text[]) = 0 OR p.gender = ANY($7::text[])) AND ($8::int IS NULL OR $14::int - p.birth_year >= $8::int) AND ($9::int IS NULL OR $14::int - p.birth_year <= $9::int)
                ELSE (cardinality($10::text[]) = 0 OR p.gender = ANY($10::text[])) AND ($11::int IS NULL OR $14::int - p.birth_year >= $11::int) AND ($12::int IS NULL OR $14::int - p.birth_year <= $12::int)
              END
          AND (cardinality($13::text[]) = 0 OR p.language_codes && $13::text[])
       ON CONFLICT DO NOTHING`,
      [
        programme.id,
        people.map((p) => p.id),
        region.countryCodes,
        programme.centre?.lat ?? null,
        programme.centre?.lon ?? null,
        region.radiusKm ?? null,
        ...side('migrant'),
        ...side('host'),
        rules.languages ?? [],
        now.getUTCFullYear(),
      ],
    );
    await this.db.query(
      `INSERT INTO volunteer_vettings (organisation_id, user_id, verification, decided_at, created_at)
       SELECT $1, m.user_id, d.verification, d.decided_at, d.created_at
         FROM programme_memberships m JOIN volunteer_vettings d ON d.user_id = m.user_id AND d.organisation_id = $3
        WHERE m.programme_id = $2 AND m.role = 'host' AND m.user_id = ANY($4::uuid[])
       ON CONFLICT DO NOTHING`,
      [programme.organisationId, programme.id, DEFAULT_ORGANISATION_ID, people.map((p) => p.id)],
    );
  }
}
