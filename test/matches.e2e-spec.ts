import { DataSource } from 'typeorm';
import type { MatchStatus } from '../src/matches/domain/match-state.js';
import { bearer, createStaff, pairOfPeople, proposeMatch, ProposedMatch, signUp, SignedUpUser, STRONG_PASSWORD, withProfile } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('Matches: lifecycle over HTTP', () => {
  let t: TestApp;
  let staff: SignedUpUser;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await createStaff(t);
  });
  afterAll(async () => {
    await t.close();
  });

  interface Scene {
    match: ProposedMatch;
    migrant: SignedUpUser;
    host: SignedUpUser;
  }

  /** A pair with a match brought to `status` through the API (expiry: as the sweep would write it). */
  async function sceneIn(status: MatchStatus): Promise<Scene> {
    const { migrant, host } = await pairOfPeople(t);
    const match = await proposeMatch(t, migrant, host);
    switch (status) {
      case 'proposed':
        break;
      case 'active':
        await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
        await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
        break;
      case 'declined':
        await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(host)).send({}).expect(200);
        break;
      case 'expired':
        await t.app.get(DataSource).query(`UPDATE matches SET status = 'expired', ended_at = now() WHERE id = $1`, [match.id]);
        break;
      case 'ended':
        await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
        await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
        await t.http().post(`/api/matches/${match.id}/end`).set(bearer(migrant)).send({}).expect(200);
        break;
    }
    return { match, migrant, host };
  }

  async function statusOf(matchId: string, viewer: SignedUpUser): Promise<string> {
    const response = await t.http().get(`/api/matches/${matchId}`).set(bearer(viewer)).expect(200);
    return (response.body as { status: string }).status;
  }

  it('describes every match, block and notification route in the OpenAPI document', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths as object)).toEqual(
      expect.arrayContaining([
        '/api/matches',
        '/api/matches/{id}',
        '/api/matches/{id}/accept',
        '/api/matches/{id}/decline',
        '/api/matches/{id}/end',
        '/api/users/{id}/block',
        '/api/notifications',
        '/api/notifications/read',
      ]),
    );
    const schemas = response.body.components.schemas;
    expect(schemas.DeclineMatchDto.properties.reason).toMatchObject({ type: 'string', maxLength: 1000 });
    expect(schemas.DeclineMatchDto.properties.reason.enum).toBeUndefined();
    expect(schemas.DeclineMatchDto.properties.reasonCode.enum).toEqual(['not-a-good-fit', 'no-time', 'too-far', 'language', 'safety', 'other']);
    expect(schemas.DeclineMatchDto.properties.note.maxLength).toBe(1000);
    expect(Object.keys(schemas.NotificationView.properties).sort()).toEqual(['createdAt', 'data', 'id', 'readAt', 'type']);
  });

  describe('GET /api/matches and /api/matches/:id', () => {
    it('lists the caller\'s matches newest first, with both people as publicUser and no contact details', async () => {
      const { migrant, host } = await pairOfPeople(t);
      const otherMigrant = await withProfile(t, await signUp(t, { displayName: 'Olena' }));
      const first = await proposeMatch(t, otherMigrant, host);
      const second = await proposeMatch(t, migrant, host);

      const response = await t.http().get('/api/matches').set(bearer(host)).expect(200);
      expect(response.body.map((m: { id: string }) => m.id)).toEqual([second.id, first.id]);
      const [newest] = response.body;
      expect(newest).toMatchObject({
        id: second.id,
        status: 'proposed',
        score: 72,
        acceptedByMigrant: false,
        acceptedByHost: false,
        activatedAt: null,
        endedAt: null,
        migrant: { id: migrant.id, displayName: 'Amal', role: 'migrant', place: { name: 'Amsterdam', countryCode: 'NL' }, distanceKm: 0 },
        host: { id: host.id, displayName: 'Joost', role: 'host' },
      });
      expect(newest.reasons).toEqual([expect.objectContaining({ factor: 'language', detail: 'You both speak Arabic' })]);
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(migrant.email);
      expect(text).not.toContain(host.email);
      expect(newest.migrant).not.toHaveProperty('email');
      expect(newest.migrant.place).not.toHaveProperty('lat');
      expect(newest.migrant).not.toHaveProperty('birthYear');

      const mine = await t.http().get('/api/matches').set(bearer(migrant)).expect(200);
      expect(mine.body.map((m: { id: string }) => m.id)).toEqual([second.id]);
    });

    it('shows a match to both participants and staff, and answers 404 to anyone else', async () => {
      const { match, migrant, host } = await sceneIn('proposed');
      const stranger = await signUp(t);
      const strangerHost = await signUp(t, { role: 'host' });
      await t.http().get(`/api/matches/${match.id}`).set(bearer(migrant)).expect(200);
      await t.http().get(`/api/matches/${match.id}`).set(bearer(host)).expect(200);
      const seenByStaff = await t.http().get(`/api/matches/${match.id}`).set(bearer(staff)).expect(200);
      expect(seenByStaff.body).toMatchObject({ id: match.id, migrant: { id: migrant.id }, host: { id: host.id } });

      for (const outsider of [stranger, strangerHost]) {
        const response = await t.http().get(`/api/matches/${match.id}`).set(bearer(outsider)).expect(404);
        expect(response.body).toMatchObject({ statusCode: 404, message: 'Match not found' });
        for (const action of ['accept', 'decline', 'end']) {
          await t.http().post(`/api/matches/${match.id}/${action}`).set(bearer(outsider)).send({}).expect(404);
        }
      }
      // The same answer as for a match that does not exist at all.
      await t.http().get('/api/matches/00000000-0000-4000-8000-000000000000').set(bearer(migrant)).expect(404);
      expect((await t.http().get('/api/matches').set(bearer(stranger)).expect(200)).body).toEqual([]);
    });

    it('refuses malformed ids with 400 and missing tokens with 401', async () => {
      const migrant = await signUp(t);
      await t.http().get('/api/matches/not-a-uuid').set(bearer(migrant)).expect(400);
      await t.http().post('/api/matches/not-a-uuid/accept').set(bearer(migrant)).expect(400);
      await t.http().get('/api/matches').expect(401);
    });
  });

  describe('POST /api/matches/:id/accept', () => {
    it('becomes active once both accepted, host first', async () => {
      const { match, migrant, host } = await sceneIn('proposed');
      const byHost = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
      expect(byHost.body).toMatchObject({ status: 'proposed', acceptedByHost: true, acceptedByMigrant: false, activatedAt: null });
      const byMigrant = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
      expect(byMigrant.body).toMatchObject({ status: 'active', acceptedByHost: true, acceptedByMigrant: true });
      expect(Date.parse(byMigrant.body.activatedAt)).not.toBeNaN();
      expect(await statusOf(match.id, host)).toBe('active');
    });

    it('becomes active once both accepted, migrant first', async () => {
      const { match, migrant, host } = await sceneIn('proposed');
      const byMigrant = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
      expect(byMigrant.body).toMatchObject({ status: 'proposed', acceptedByMigrant: true, acceptedByHost: false });
      const byHost = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
      expect(byHost.body).toMatchObject({ status: 'active', acceptedByMigrant: true, acceptedByHost: true });
    });

    it('refuses an activation beyond the host\'s capacity with 409, and lets the proposal wait', async () => {
      const { migrant, host } = await pairOfPeople(t, { capacity: 1 });
      const secondMigrant = await withProfile(t, await signUp(t));
      const first = await proposeMatch(t, migrant, host, { acceptedByMigrant: true });
      const second = await proposeMatch(t, secondMigrant, host, { acceptedByMigrant: true });
      await t.http().post(`/api/matches/${first.id}/accept`).set(bearer(host)).expect(200);
      const refused = await t.http().post(`/api/matches/${second.id}/accept`).set(bearer(host)).expect(409);
      expect(refused.body).toMatchObject({ statusCode: 409, message: 'This volunteer has no free place right now', code: 'match.host-full' });
      expect(await statusOf(second.id, host)).toBe('proposed');
      expect((await t.http().get(`/api/matches/${second.id}`).set(bearer(host)).expect(200)).body.acceptedByHost).toBe(false);

      // Once the first match ends there is room again.
      await t.http().post(`/api/matches/${first.id}/end`).set(bearer(host)).send({}).expect(200);
      const accepted = await t.http().post(`/api/matches/${second.id}/accept`).set(bearer(host)).expect(200);
      expect(accepted.body.status).toBe('active');
    });

    it('refuses a proposal past its time-to-live even before the sweep marked it', async () => {
      const { match, migrant } = await sceneIn('proposed');
      await t.app.get(DataSource).query(`UPDATE matches SET created_at = now() - interval '8 days' WHERE id = $1`, [match.id]);
      const response = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(409);
      expect(response.body).toMatchObject({ code: 'match.proposal-expired', message: 'This match proposal has expired and can no longer be accepted.' });
      await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(migrant)).send({}).expect(409);
    });
  });

  describe('POST /api/matches/:id/decline', () => {
    it('declines with a reason and a note, remembers who and why, and excludes the pair', async () => {
      const { match, migrant, host } = await sceneIn('proposed');
      await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
      const response = await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(migrant)).send({ reason: 'too-far', note: 'I changed my mind about the distance' }).expect(200);
      expect(response.body).toMatchObject({ id: match.id, status: 'declined' });
      expect(Date.parse(response.body.endedAt)).not.toBeNaN();
      expect(await statusOf(match.id, host)).toBe('declined');

      const db = t.app.get(DataSource);
      const [row] = await db.query(`SELECT closed_by, close_reason, close_note FROM matches WHERE id = $1`, [match.id]);
      expect(row).toEqual({ closed_by: migrant.id, close_reason: 'too-far', close_note: 'I changed my mind about the distance' });
      const exclusions = await db.query(
        `SELECT kind, created_by, reason FROM pair_exclusions WHERE user_low = LEAST($1::uuid, $2::uuid) AND user_high = GREATEST($1::uuid, $2::uuid)`,
        [migrant.id, host.id],
      );
      expect(exclusions).toEqual([{ kind: 'declined', created_by: migrant.id, reason: 'too-far' }]);
      // The note stays with the coordinators: it is not part of the match the host sees.
      expect(JSON.stringify((await t.http().get(`/api/matches/${match.id}`).set(bearer(host))).body)).not.toContain('changed my mind');
    });

    it('lets the migrant be proposed again to someone else at once', async () => {
      const { match, migrant } = await sceneIn('proposed');
      await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(migrant)).send({ reason: 'no-time' }).expect(200);
      const otherHost = await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 1 });
      await expect(proposeMatch(t, migrant, otherHost)).resolves.toMatchObject({ migrantId: migrant.id });
    });

    it('takes free text as the reason, with or without a code, or no body at all', async () => {
      const db = t.app.get(DataSource);
      const closing = async (body: object): Promise<unknown> => {
        const { match, migrant } = await sceneIn('proposed');
        await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(migrant)).send(body).expect(200);
        const [row] = await db.query(`SELECT status, close_reason, close_note FROM matches WHERE id = $1`, [match.id]);
        return row;
      };
      expect(await closing({})).toEqual({ status: 'declined', close_reason: null, close_note: null });
      expect(await closing({ reason: 'I am away this month' })).toEqual({ status: 'declined', close_reason: null, close_note: 'I am away this month' });
      expect(await closing({ reason: 'We live too far apart', reasonCode: 'too-far' })).toEqual({ status: 'declined', close_reason: 'too-far', close_note: 'We live too far apart' });
      expect(await closing({ reasonCode: 'no-time' })).toEqual({ status: 'declined', close_reason: 'no-time', close_note: null });
    });

    it('answers a stranger 404 whatever the reason, and changes nothing', async () => {
      const { match, host } = await sceneIn('proposed');
      const stranger = await signUp(t, { role: 'migrant' });
      for (const body of [{}, { reason: 'I am away this month' }, { reasonCode: 'other' }, { reason: 'too-far' }]) {
        await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(stranger)).send(body).expect(404);
      }
      expect(await statusOf(match.id, host)).toBe('proposed');
    });

    it('validates the body', async () => {
      const { match, host } = await sceneIn('proposed');
      const bad = [{ reasonCode: 'bored' }, { reason: 'x'.repeat(1001) }, { reason: 42 }, { note: 'x'.repeat(1001) }, { note: 42 }, { reason: 'other', extra: true }];
      for (const body of bad) {
        await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(host)).send(body).expect(400);
      }
      expect(await statusOf(match.id, host)).toBe('proposed');
    });
  });

  describe('POST /api/matches/:id/end', () => {
    it('lets either participant end an active match, keeping the reason for staff', async () => {
      const { match, migrant, host } = await sceneIn('active');
      const response = await t.http().post(`/api/matches/${match.id}/end`).set(bearer(host)).send({ reason: 'Moving to another city' }).expect(200);
      expect(response.body).toMatchObject({ status: 'ended' });
      expect(Date.parse(response.body.endedAt)).not.toBeNaN();
      expect(await statusOf(match.id, migrant)).toBe('ended');
      const [row] = await t.app.get(DataSource).query(`SELECT closed_by, close_note FROM matches WHERE id = $1`, [match.id]);
      expect(row).toEqual({ closed_by: host.id, close_note: 'Moving to another city' });

      const other = await sceneIn('active');
      await t.http().post(`/api/matches/${other.match.id}/end`).set(bearer(other.migrant)).send({}).expect(200);
      expect(await statusOf(other.match.id, other.host)).toBe('ended');
    });

    it('lets staff end an active match, and audits it', async () => {
      const { match, migrant } = await sceneIn('active');
      const response = await t.http().post(`/api/matches/${match.id}/end`).set(bearer(staff)).send({ reason: 'Safety concern reported' }).expect(200);
      expect(response.body.status).toBe('ended');
      expect(await statusOf(match.id, migrant)).toBe('ended');
      const audit = await t.app.get(DataSource).query(`SELECT actor_id, action, target_type, note FROM audit_log WHERE target_id = $1`, [match.id]);
      expect(audit).toEqual([{ actor_id: staff.id, action: 'match.end', target_type: 'match', note: 'Safety concern reported' }]);
    });
  });

  describe('refused transitions', () => {
    const statusRefusals: Array<[MatchStatus, 'accept' | 'decline' | 'end', 'migrant' | 'host', string]> = [
      ['proposed', 'end', 'migrant', 'This match is still a proposal, so it cannot be ended.'],
      ['active', 'accept', 'host', 'The host has already accepted this match; accepting twice is not allowed.'],
      ['active', 'decline', 'migrant', 'This match is already active, so it cannot be declined.'],
      ['declined', 'accept', 'migrant', 'This match is declined, so it cannot be accepted.'],
      ['declined', 'decline', 'migrant', 'This match is declined, so it cannot be declined.'],
      ['declined', 'end', 'host', 'This match is declined, so it cannot be ended.'],
      ['expired', 'accept', 'host', 'This match is expired, so it cannot be accepted.'],
      ['expired', 'decline', 'migrant', 'This match is expired, so it cannot be declined.'],
      ['expired', 'end', 'migrant', 'This match is expired, so it cannot be ended.'],
      ['ended', 'accept', 'migrant', 'This match is ended, so it cannot be accepted.'],
      ['ended', 'decline', 'host', 'This match is ended, so it cannot be declined.'],
      ['ended', 'end', 'host', 'This match is ended, so it cannot be ended.'],
    ];

    it.each(statusRefusals)('%s: %s by the %s → 409', async (status, action, side, message) => {
      const scene = await sceneIn(status);
      const actor = side === 'migrant' ? scene.migrant : scene.host;
      const response = await t.http().post(`/api/matches/${scene.match.id}/${action}`).set(bearer(actor)).send({}).expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict', message });
      expect(await statusOf(scene.match.id, actor)).toBe(status);
    });

    it('refuses a second acceptance by the same side with 409', async () => {
      const { match, migrant } = await sceneIn('proposed');
      await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(200);
      const response = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(migrant)).expect(409);
      expect(response.body).toMatchObject({ code: 'match.already-accepted' });
    });

    it('does not let staff accept or decline for the participants (403), nor end a proposal (409)', async () => {
      const { match, migrant } = await sceneIn('proposed');
      const accept = await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(staff)).expect(403);
      expect(accept.body).toMatchObject({ code: 'match.actor-not-allowed', message: 'Only the migrant or the host can accept a match, not staff.' });
      await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(staff)).send({}).expect(403);
      await t.http().post(`/api/matches/${match.id}/end`).set(bearer(staff)).send({}).expect(409);
      expect(await statusOf(match.id, migrant)).toBe('proposed');
    });
  });

  describe('POST /api/users/:id/block', () => {
    it('ends an active match between the two and excludes the pair for ever', async () => {
      const { match, migrant, host } = await sceneIn('active');
      await t.http().post(`/api/users/${host.id}/block`).set(bearer(migrant)).send({ reason: 'Made me uncomfortable' }).expect(204);
      expect(await statusOf(match.id, host)).toBe('ended');
      const db = t.app.get(DataSource);
      const [row] = await db.query(`SELECT closed_by, close_reason FROM matches WHERE id = $1`, [match.id]);
      expect(row).toEqual({ closed_by: migrant.id, close_reason: 'blocked' });
      const exclusions = await db.query(`SELECT kind, created_by, reason FROM pair_exclusions WHERE created_by = $1`, [migrant.id]);
      expect(exclusions).toEqual([{ kind: 'blocked', created_by: migrant.id, reason: 'Made me uncomfortable' }]);
      // Blocking again is harmless.
      await t.http().post(`/api/users/${host.id}/block`).set(bearer(migrant)).send({}).expect(204);
      expect(await db.query(`SELECT 1 FROM pair_exclusions WHERE created_by = $1`, [migrant.id])).toHaveLength(1);
    });

    it('declines a proposal between the two, whichever side blocks', async () => {
      const { match, migrant, host } = await sceneIn('proposed');
      await t.http().post(`/api/users/${migrant.id}/block`).set(bearer(host)).send({}).expect(204);
      expect(await statusOf(match.id, migrant)).toBe('declined');
      const [row] = await t.app.get(DataSource).query(`SELECT closed_by, close_reason FROM matches WHERE id = $1`, [match.id]);
      expect(row).toEqual({ closed_by: host.id, close_reason: 'blocked' });
    });

    it('works without any match, and leaves other people\'s matches alone', async () => {
      const { match, migrant, host } = await sceneIn('active');
      const someoneElse = await signUp(t, { role: 'host' });
      await t.http().post(`/api/users/${someoneElse.id}/block`).set(bearer(migrant)).send({}).expect(204);
      expect(await statusOf(match.id, host)).toBe('active');
    });

    it('refuses yourself (400), staff (400), unknown people (404), malformed ids (400), and staff as blockers (403)', async () => {
      const migrant = await signUp(t);
      const other = await signUp(t);
      expect((await t.http().post(`/api/users/${migrant.id}/block`).set(bearer(migrant)).send({}).expect(400)).body.code).toBe('block.self');
      expect((await t.http().post(`/api/users/${staff.id}/block`).set(bearer(migrant)).send({}).expect(400)).body.code).toBe('block.staff');
      await t.http().post('/api/users/00000000-0000-4000-8000-000000000000/block').set(bearer(migrant)).send({}).expect(404);
      await t.http().post('/api/users/nope/block').set(bearer(migrant)).send({}).expect(400);
      await t.http().post(`/api/users/${other.id}/block`).set(bearer(migrant)).send({ reason: 'x'.repeat(1001) }).expect(400);
      await t.http().post(`/api/users/${migrant.id}/block`).set(bearer(staff)).send({}).expect(403);
    });
  });

  describe('account erasure', () => {
    it('ends the person\'s active match and declines their proposals; partners see it', async () => {
      const { match: active, migrant, host } = await sceneIn('active');
      const waitingMigrant = await withProfile(t, await signUp(t));
      const proposal = await proposeMatch(t, waitingMigrant, host);

      await t.http().delete('/api/me').set(bearer(host)).send({ password: STRONG_PASSWORD }).expect(204);

      const seen = await t.http().get(`/api/matches/${active.id}`).set(bearer(migrant)).expect(200);
      expect(seen.body).toMatchObject({ status: 'ended', host: { id: host.id, displayName: 'Deleted account' } });
      expect(await statusOf(proposal.id, waitingMigrant)).toBe('declined');
      const rows = await t.app.get(DataSource).query(`SELECT DISTINCT closed_by, close_reason FROM matches WHERE host_id = $1`, [host.id]);
      expect(rows).toEqual([{ closed_by: host.id, close_reason: 'account-erased' }]);
    });

    it('exports the person\'s matches and the exclusions they made', async () => {
      const { match, migrant, host } = await sceneIn('proposed');
      await t.http().post(`/api/matches/${match.id}/decline`).set(bearer(migrant)).send({ reason: 'language', note: 'We have no language in common' }).expect(200);
      const exported = await t.http().get('/api/me/export').set(bearer(migrant)).expect(200);
      expect(exported.body.matches).toEqual({
        matches: [expect.objectContaining({ id: match.id, role: 'migrant', partnerId: host.id, status: 'declined', closedByMe: true, closeReason: 'language', closeNote: 'We have no language in common' })],
        exclusions: [expect.objectContaining({ kind: 'declined', otherUserId: host.id, reason: 'language' })],
      });
      const hostExport = await t.http().get('/api/me/export').set(bearer(host)).expect(200);
      expect(hostExport.body.matches.matches).toEqual([expect.objectContaining({ id: match.id, closedByMe: false, closeNote: null })]);
      expect(hostExport.body.matches.exclusions).toEqual([]);
    });
  });
});
