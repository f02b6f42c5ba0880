import { DataSource } from 'typeorm';
import type { ProgrammeRegion, ProgrammeRules, ProgrammeStatus } from '../../src/organisations/domain/programme.js';
import type { TestApp } from './test-app.js';

/**
 * Organisations, programmes and memberships written straight to the database, so a test can set
 * up several societies without going through the admin and coordinator routes.
 */
export async function createOrganisation(t: TestApp, input: { name?: string; countryCode?: string } = {}): Promise<{ id: string; name: string }> {
  const name = input.name ?? `Society ${Math.random().toString(36).slice(2, 10)}`;
  const rows: Array<{ id: string }> = await t.app.get(DataSource).query(`INSERT INTO organisations (name, country_code) VALUES ($1, $2) RETURNING id`, [
    name,
    input.countryCode ?? 'NL',
  ]);
  return { id: rows[0].id, name };
}

export async function createProgramme(
  t: TestApp,
  input: { organisationId: string; name?: string; status?: ProgrammeStatus; region?: ProgrammeRegion; rules?: ProgrammeRules; description?: string },
): Promise<{ id: string; name: string }> {
  const name = input.name ?? `Programme ${Math.random().toString(36).slice(2, 10)}`;
  const rows: Array<{ id: string }> = await t.app.get(DataSource).query(
    `INSERT INTO programmes (organisation_id, name, description, status, region, rules) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.organisationId, name, input.description ?? '', input.status ?? 'open', JSON.stringify(input.region ?? { countryCodes: [] }), JSON.stringify(input.rules ?? {})],
  );
  return { id: rows[0].id, name };
}

/** A membership as joining writes it; a host also gets the organisation's vetting, verified unless told otherwise. */
export async function joinProgramme(
  t: TestApp,
  input: { userId: string; programmeId: string; role: 'migrant' | 'host'; shareHistory?: boolean; verification?: 'pending' | 'verified' | 'rejected' },
): Promise<void> {
  const db = t.app.get(DataSource);
  await db.query(
    `INSERT INTO programme_memberships (programme_id, user_id, role, share_history) VALUES ($1, $2, $3, $4)
     ON CONFLICT (programme_id, user_id) DO UPDATE SET status = 'active', left_at = NULL, share_history = EXCLUDED.share_history`,
    [input.programmeId, input.userId, input.role, input.shareHistory ?? false],
  );
  if (input.role === 'host') {
    await db.query(
      `INSERT INTO volunteer_vettings (organisation_id, user_id, verification, decided_at)
       SELECT organisation_id, $2, $3, now() FROM programmes WHERE id = $1
       ON CONFLICT (organisation_id, user_id) DO UPDATE SET verification = EXCLUDED.verification`,
      [input.programmeId, input.userId, input.verification ?? 'verified'],
    );
  }
}
