/**
 * The matching benchmark's many-programme population, laid over seeded people after `seed`:
 * `count` open programmes run by organisations (five programmes each) with a mix of rules (none,
 * gender, age, language; most held to countries), every seeded person leaving the default
 * programme for 1-3 of them whose joining rules they meet (drawn from the seed), and every host
 * vetted by each organisation they joined with the default organisation's decision (so the
 * verified share stays the seed's). Plain SQL on one connection, like the seed.
 */
import { createSeededRandom, randomInt, type RandomSource } from '../src/shared-domain/seeded-random.js';
import { DEFAULT_ORGANISATION_ID, type ProgrammeRegion, type ProgrammeRules } from '../src/organisations/domain/programme.js';
import { joinProblem, type RulePerson } from '../src/organisations/domain/programme-rules.js';

export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface BenchProgramme {
  id: string;
  organisationId: string;
  name: string;
}

interface ProgrammeTemplate {
  name: string;
  region: ProgrammeRegion;
  rules: ProgrammeRules;
}

const ORGANISATIONS: ReadonlyArray<{ name: string; countryCode: string }> = [
  { name: 'Benchmark society NL', countryCode: 'NL' },
  { name: 'Benchmark society BE', countryCode: 'BE' },
  { name: 'Benchmark society DE', countryCode: 'DE' },
  { name: 'Benchmark society FR', countryCode: 'FR' },
];
const PROGRAMMES_PER_ORGANISATION = 5;
const WOMEN = { genders: ['female' as const] };
const MEN = { genders: ['male' as const] };
const anywhere: ProgrammeRegion = { countryCodes: [] };
const inCountries = (...countryCodes: string[]): ProgrammeRegion => ({ countryCodes });

/** Five programmes per organisation, in its order; a count above 20 repeats them under new names. */
const TEMPLATES: readonly ProgrammeTemplate[] = [
  { name: 'Buddies NL', region: inCountries('NL'), rules: {} },
  { name: '1001 Strengths', region: inCountries('NL'), rules: { migrant: WOMEN, host: { ...WOMEN, minAge: 55 }, sameGender: true, languages: ['nl'], meeting: 'in-person' } },
  { name: 'Language cafe NL', region: inCountries('NL'), rules: { languages: ['nl', 'en'] } },
  { name: 'Young neighbours NL', region: inCountries('NL'), rules: { migrant: { maxAge: 35 }, host: { maxAge: 40 } } },
  { name: "Women's circle", region: anywhere, rules: { migrant: WOMEN, host: WOMEN } },
  { name: 'Buddies BE', region: inCountries('BE'), rules: {} },
  { name: 'Samen BE', region: inCountries('BE'), rules: { languages: ['nl'] } },
  { name: 'Ensemble BE', region: inCountries('BE'), rules: { languages: ['fr'] } },
  { name: 'Grandparents BE', region: inCountries('BE'), rules: { host: { minAge: 60 } } },
  { name: 'Open Europe', region: anywhere, rules: {} },
  { name: 'Tandem DE', region: inCountries('DE'), rules: {} },
  { name: 'Sprachpaten DE', region: inCountries('DE'), rules: { languages: ['de'] } },
  { name: 'Frauen DE', region: inCountries('DE'), rules: { migrant: WOMEN, host: WOMEN, sameGender: true } },
  { name: 'Generationen DE', region: inCountries('DE'), rules: { host: { minAge: 55 } } },
  { name: "Men's mentoring", region: inCountries('DE', 'NL', 'BE'), rules: { migrant: MEN, host: MEN } },
  { name: 'Binomes FR', region: inCountries('FR'), rules: {} },
  { name: 'Francais FR', region: inCountries('FR'), rules: { languages: ['fr'] } },
  { name: 'Femmes FR', region: inCountries('FR'), rules: { migrant: WOMEN, host: WOMEN } },
  { name: 'Jeunes FR', region: inCountries('FR'), rules: { migrant: { maxAge: 30 }, host: { maxAge: 45 } } },
  { name: 'English conversation', region: anywhere, rules: { languages: ['en'] } },
];
const MEMBERSHIPS_PER_PERSON: readonly [number, number] = [1, 3];
const BATCH_SIZE = 20_000;

interface PersonRow extends RulePerson {
  id: string;
  createdAt: Date;
}

interface Membership {
  programmeId: string;
  userId: string;
  role: 'migrant' | 'host';
  joinedAt: Date;
}

/**
 * Creates the programmes and moves everyone into them; answers the programmes in creation order.
 * `now` is the time joining rules count ages from.
 */
export async function spreadOverProgrammes(db: Queryable, count: number, seed: number, now: Date): Promise<BenchProgramme[]> {
  const programmes = await createProgrammes(db, count);
  const people = (await db.query(
    `SELECT u.id, u.role, u.created_at AS "createdAt", p.gender, p.birth_year AS "birthYear", coalesce(p.languages, '[]') AS languages,
            p.country_code AS "countryCode", p.lat, p.lon
       FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.role IN ('migrant', 'host') ORDER BY u.id`,
  )) as PersonRow[];
  const memberships = drawMemberships(people, programmes, createSeededRandom(seed), now);
  await db.query(`UPDATE programme_memberships SET status = 'left', left_at = $1 WHERE status = 'active'`, [now]);
  for (let start = 0; start < memberships.length; start += BATCH_SIZE) await insertMemberships(db, memberships.slice(start, start + BATCH_SIZE));
  await db.query(
    `INSERT INTO volunteer_vettings (organisation_id, user_id, verification, decided_at, created_at)
     SELECT DISTINCT pr.organisation_id, pm.user_id, d.verification, d.decided_at, d.created_at
       FROM programme_memberships pm JOIN programmes pr ON pr.id = pm.programme_id
       JOIN volunteer_vettings d ON d.user_id = pm.user_id AND d.organisation_id = $1
      WHERE pm.status = 'active' AND pm.role = 'host' AND pr.organisation_id <> $1
     ON CONFLICT DO NOTHING`,
    [DEFAULT_ORGANISATION_ID],
  );
  for (const table of ['organisations', 'programmes', 'programme_memberships', 'volunteer_vettings']) await db.query(`VACUUM ANALYZE ${table}`);
  return programmes.map(({ id, organisationId, name }) => ({ id, organisationId, name }));
}

async function createProgrammes(db: Queryable, count: number): Promise<Array<BenchProgramme & ProgrammeTemplate>> {
  const organisationIds: string[] = [];
  for (let index = 0; index * PROGRAMMES_PER_ORGANISATION < count; index++) {
    const organisation = ORGANISATIONS[index % ORGANISATIONS.length];
    const round = Math.floor(index / ORGANISATIONS.length);
    const rows = (await db.query(`INSERT INTO organisations (name, country_code) VALUES ($1, $2) RETURNING id`, [
      round === 0 ? organisation.name : `${organisation.name} ${round + 1}`,
      organisation.countryCode,
    ])) as Array<{ id: string }>;
    organisationIds.push(rows[0].id);
  }
  const programmes: Array<BenchProgramme & ProgrammeTemplate> = [];
  for (let index = 0; index < count; index++) {
    const template = TEMPLATES[index % TEMPLATES.length];
    const round = Math.floor(index / TEMPLATES.length);
    const name = round === 0 ? template.name : `${template.name} ${round + 1}`;
    const organisationId = organisationIds[Math.floor(index / PROGRAMMES_PER_ORGANISATION)];
    const rows = (await db.query(`INSERT INTO programmes (organisation_id, name, status, region, rules) VALUES ($1, $2, 'open', $3, $4) RETURNING id`, [
      organisationId,
      name,
      JSON.stringify(template.region),
      JSON.stringify(template.rules),
    ])) as Array<{ id: string }>;
    programmes.push({ ...template, id: rows[0].id, organisationId, name });
  }
  return programmes;
}

/** Each person joins 1-3 of the programmes whose joining rules they meet (everyone meets a rule-free one held anywhere). */
function drawMemberships(people: PersonRow[], programmes: ReadonlyArray<BenchProgramme & ProgrammeTemplate>, random: RandomSource, now: Date): Membership[] {
  const context = { now, languageName: (code: string) => code };
  const memberships: Membership[] = [];
  for (const person of people) {
    const open = programmes.filter((programme) => joinProblem(person, programme, null, context) === null);
    const count = Math.min(open.length, randomInt(random, ...MEMBERSHIPS_PER_PERSON));
    for (let joined = 0; joined < count; joined++) {
      const [programme] = open.splice(Math.floor(random() * open.length), 1);
      memberships.push({ programmeId: programme.id, userId: person.id, role: person.role, joinedAt: new Date(person.createdAt.getTime() + joined * 60_000) });
    }
  }
  return memberships;
}

async function insertMemberships(db: Queryable, memberships: Membership[]): Promise<void> {
  await db.query(
    `INSERT INTO programme_memberships (programme_id, user_id, role, joined_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
    [memberships.map((m) => m.programmeId), memberships.map((m) => m.userId), memberships.map((m) => m.role), memberships.map((m) => m.joinedAt)],
  );
}
