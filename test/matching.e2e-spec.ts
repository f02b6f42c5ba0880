import { jest } from '@jest/globals';
import { DEFAULT_PROGRAMME_ID } from '../src/organisations/domain/programme.js';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource } from 'typeorm';
import { SuggestionsService } from '../src/matching/suggestions.service.js';
import { bearer, signUp } from './support/factories.js';
import { MatchingPeople, PLACES } from './support/matching-factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface SuggestionBody {
  partner: Record<string, unknown> & { id: string };
  score: number;
  reasons: Array<{ factor: string; score: number; detail: string; code: string }>;
}

/**
 * Every SQL statement (BEGIN and COMMIT would count too) that the suggestions service issues
 * while `request` runs: what TypeORM logs inside the service's call. The auth guard's session and
 * user lookups run before the handler, outside that call, and are not counted.
 */
async function statementsOfSuggestionsService(t: TestApp, request: () => Promise<unknown>): Promise<string[]> {
  const service = t.app.get(SuggestionsService);
  const logger = t.app.get(DataSource).logger;
  const insideService = new AsyncLocalStorage<true>();
  const statements: string[] = [];
  const suggestionsFor = service.suggestionsFor.bind(service);
  const logQuery = logger.logQuery.bind(logger);
  const serve = jest.spyOn(service, 'suggestionsFor').mockImplementation((user, limit) => insideService.run(true, () => suggestionsFor(user, limit)));
  const log = jest.spyOn(logger, 'logQuery').mockImplementation((query, parameters, runner) => {
    if (insideService.getStore() === true) statements.push(query);
    logQuery(query, parameters, runner);
  });
  try {
    await request();
  } finally {
    serve.mockRestore();
    log.mockRestore();
  }
  return statements;
}

describe('Matching: suggestions and match requests', () => {
  let t: TestApp;
  let people: MatchingPeople;

  beforeAll(async () => {
    t = await startTestApp();
    people = new MatchingPeople(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/matching/suggestions', () => {
    it('lists only eligible partners, best first, with reasons', async () => {
      const lang = 'eu';
      const migrant = await people.migrant(lang, { interests: ['cooking', 'gardening', 'chess'], maxDistanceKm: 25 });
      const best = await people.host(lang, { interests: ['cooking', 'gardening', 'chess'], maxDistanceKm: 25 }, { name: 'Best' });
      const fine = await people.host(lang, { placeId: PLACES.haarlem, interests: ['reading'], maxDistanceKm: 25 }, { name: 'Fine' });
      await people.host(lang, {}, { verified: false, name: 'Pending' });
      await people.host(lang, { placeId: PLACES.utrecht, maxDistanceKm: 100 }, { name: 'TooFar' });
      await people.host('fo', {}, { name: 'NoSharedLanguage' });
      await people.host(lang, { gender: 'male', partnerGender: 'same' }, { name: 'SameGenderOnly' });
      const declined = await people.host(lang, {}, { name: 'Declined' });
      await people.exclude(migrant, declined, 'declined');
      const blocked = await people.host(lang, {}, { name: 'Blocked' });
      await people.exclude(blocked, migrant, 'blocked');
      const full = await people.host(lang, { capacity: 1 }, { name: 'Full' });
      await people.insertMatch(await people.migrant('gd'), full, 'active');

      const response = await people.suggestions(migrant).expect(200);
      const body = response.body as SuggestionBody[];
      expect(body.map((s) => s.partner.id)).toEqual([best.id, fine.id]);
      expect(body[0].score).toBeGreaterThan(body[1].score);
      expect(body[0].score).toBeLessThanOrEqual(100);
      expect(body[0].reasons.map((r) => r.factor)).toEqual(['language', 'distance', 'interests', 'availability', 'waiting']);
      expect(body[0].reasons[0].detail).toBe('You both speak Basque');
      expect(body[0].reasons[1].detail).toBe('Less than 1 km apart');
      expect(body[0].reasons[2].detail).toBe('Shared interests: cooking, gardening, chess');
      expect(body[1].reasons[1].detail).toBe('17 km apart');
      for (const reason of body[0].reasons) expect(reason.score).toBeGreaterThanOrEqual(0);
    });

    it('answers with at most two queries of the service: the caller\'s facts, then the candidates with their cards', async () => {
      // The migrant meets online, so the candidate search has both parts: nearby and online-only hosts.
      const migrant = await people.migrant('qu', { meetOnline: true, maxDistanceKm: 25 });
      const near = await people.host('qu', { placeId: PLACES.haarlem, maxDistanceKm: 25 }, { name: 'Near' });
      const online = await people.host('qu', { placeId: PLACES.utrecht, meetOnline: true }, { name: 'Online' });
      await people.host('qu', {}, { verified: false, name: 'Pending' });
      let body: SuggestionBody[] = [];
      const statements = await statementsOfSuggestionsService(t, async () => {
        body = (await people.suggestions(migrant).expect(200)).body as SuggestionBody[];
      });
      expect(body.map((s) => s.partner.id).sort()).toEqual([near.id, online.id].sort());
      expect(body.find((s) => s.partner.id === near.id)?.partner).toMatchObject({ displayName: 'Near', place: { name: 'Haarlem', countryCode: 'NL' }, distanceKm: 17 });
      expect(statements.length).toBeLessThanOrEqual(2);
      expect(statements.every((sql) => /^\s*(SELECT|WITH)\b/.test(sql))).toBe(true);

      // A host who only meets in person: the same two.
      const host = await people.host('ss', { capacity: 2 });
      await people.migrant('ss');
      const hostStatements = await statementsOfSuggestionsService(t, () => people.suggestions(host).expect(200));
      expect(hostStatements.length).toBeLessThanOrEqual(2);

      // Someone who cannot take another match is answered after the first.
      await people.insertMatch(migrant, near, 'proposed');
      const busyStatements = await statementsOfSuggestionsService(t, () => people.suggestions(migrant).expect(200, []));
      expect(busyStatements).toHaveLength(1);
    });

    it('shows partners as publicUser only: no email, birth year or coordinates', async () => {
      const migrant = await people.migrant('cy');
      await people.host('cy', { placeId: PLACES.amstelveen });
      const [suggestion] = (await people.suggestions(migrant).expect(200)).body as SuggestionBody[];
      expect(Object.keys(suggestion.partner).sort()).toEqual(['bio', 'displayName', 'distanceKm', 'id', 'interests', 'languages', 'learning', 'place', 'role'].sort());
      expect(suggestion.partner).toMatchObject({ role: 'host', place: { name: 'Amstelveen', countryCode: 'NL' }, distanceKm: 8 });
      expect(JSON.stringify(suggestion)).not.toMatch(/email|birthYear|"lat"|"lon"/);
    });

    it('shows hosts their migrants, and respects limit', async () => {
      const host = await people.host('ga', { capacity: 3 });
      const migrants = [await people.migrant('ga'), await people.migrant('ga'), await people.migrant('ga')];
      const all = (await people.suggestions(host).expect(200)).body as SuggestionBody[];
      expect(all.map((s) => s.partner.id).sort()).toEqual(migrants.map((m) => m.id).sort());
      expect(all.every((s) => s.partner.role === 'migrant')).toBe(true);
      expect(((await people.suggestions(host, '?limit=2').expect(200)).body as unknown[]).length).toBe(2);
      await people.suggestions(host, '?limit=0').expect(400);
      await people.suggestions(host, '?limit=51').expect(400);
    });

    it('is empty for a migrant with an open match and for a host without an open slot', async () => {
      const migrant = await people.migrant('mt');
      const host = await people.host('mt', { capacity: 1 });
      await people.host('mt');
      await people.insertMatch(migrant, host, 'proposed');
      expect((await people.suggestions(migrant).expect(200)).body).toEqual([]);
      await people.migrant('mt');
      expect((await people.suggestions(host).expect(200)).body).toEqual([]);
    });

    it('refuses an incomplete profile (409 naming what is missing), a pending host (409) and staff (403)', async () => {
      const incomplete = await signUp(t, { role: 'migrant' });
      await t.http().put('/api/me/profile').set(bearer(incomplete)).send({ bio: 'Hello' }).expect(200);
      const refused = await people.suggestions(incomplete).expect(409);
      expect(refused.body.message).toMatch(/missing: .*placeId.*languages/);
      expect(refused.body.params.missing).toEqual(expect.arrayContaining(['placeId', 'languages', 'availability']));

      const pending = await people.host('is', {}, { verified: false });
      const waiting = await people.suggestions(pending).expect(409);
      expect(waiting.body.code).toBe('matching.host-pending');

      await people.suggestions(await people.staffMember()).expect(403);
      await t.http().get('/api/matching/suggestions').expect(401);
    });
  });

  describe('POST /api/matches', () => {
    it('proposes a match with the suggestion\'s score, the asker counted as accepted', async () => {
      const migrant = await people.migrant('lb');
      const host = await people.host('lb');
      const [suggestion] = (await people.suggestions(migrant).expect(200)).body as SuggestionBody[];
      const response = await people.requestMatch(migrant, host.id).expect(201);
      expect(response.body).toMatchObject({
        status: 'proposed',
        acceptedByMigrant: true,
        acceptedByHost: false,
        migrant: { id: migrant.id, role: 'migrant' },
        host: { id: host.id, role: 'host' },
        score: suggestion.score,
        activatedAt: null,
        endedAt: null,
      });
      expect(response.body.reasons).toEqual(suggestion.reasons);
      expect(JSON.stringify(response.body)).not.toMatch(/email|birthYear|"lat"|"lon"/);
      const [row] = (await people.db().query<Array<{ proposed_by: string; run_id: string | null }>>(`SELECT proposed_by, run_id FROM matches WHERE id = $1`, [response.body.id]));
      expect(row).toEqual({ proposed_by: migrant.id, run_id: null });
      // Now in a proposed match: no more suggestions, no second request.
      expect((await people.suggestions(migrant).expect(200)).body).toEqual([]);
      const again = await people.requestMatch(migrant, (await people.host('lb')).id).expect(409);
      expect(again.body.code).toBe('matching.migrant-already-matched');
    });

    it('lets a verified host ask, counting the host as accepted', async () => {
      const host = await people.host('rm');
      const migrant = await people.migrant('rm');
      const response = await people.requestMatch(host, migrant.id).expect(201);
      expect(response.body).toMatchObject({ status: 'proposed', acceptedByMigrant: false, acceptedByHost: true });
    });

    it('refuses ineligible pairs with the reason, unknown people with 404 and malformed ids with 400', async () => {
      const migrant = await people.migrant('sq');
      const far = await people.host('sq', { placeId: PLACES.utrecht });
      const tooFar = await people.requestMatch(migrant, far.id).expect(409);
      expect(tooFar.body).toMatchObject({ code: 'matching.too-far', message: expect.stringMatching(/too far apart/) as unknown });

      const otherMigrant = await people.migrant('sq');
      expect((await people.requestMatch(migrant, otherMigrant.id).expect(409)).body.code).toBe('matching.not-migrant-host-pair');

      const pending = await people.host('sq', {}, { verified: false });
      expect((await people.requestMatch(migrant, pending.id).expect(409)).body.code).toBe('matching.host-not-verified');

      const declined = await people.host('sq');
      await people.exclude(declined, migrant, 'declined');
      expect((await people.requestMatch(migrant, declined.id).expect(409)).body.code).toBe('matching.pair-excluded');

      const noLanguage = await people.host('fy');
      expect((await people.requestMatch(migrant, noLanguage.id).expect(409)).body.code).toBe('matching.no-shared-language');

      await people.requestMatch(migrant, '6f1c1f4e-8d4b-4c43-9a53-1f0b3c1d2e3f').expect(404);
      await people.requestMatch(migrant, 'not-a-uuid').expect(400);
      await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: far.id, extra: 1 }).expect(400);
      await people.requestMatch(await people.staffMember(), far.id).expect(403);
    });

    it('lets a migrant who asks two hosts at once get exactly one match', async () => {
      const migrant = await people.migrant('tt');
      const hosts = [await people.host('tt'), await people.host('tt')];
      const responses = await Promise.all(hosts.map((host) => people.requestMatch(migrant, host.id)));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const [{ count }] = (await people.db().query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM matches WHERE migrant_id = $1`, [migrant.id]));
      expect(count).toBe(1);
    });

    it('never gives a host more open matches than capacity, also when migrants race', async () => {
      const host = await people.host('wa', { capacity: 1 });
      // Two, not more: the embedded database's socket server mixes up the messages of three or
      // more truly concurrent connections (a PGlite-socket limitation, not the app's locking).
      const migrants = [await people.migrant('wa'), await people.migrant('wa')];
      const responses = await Promise.all(migrants.map((migrant) => people.requestMatch(migrant, host.id)));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const refusal = responses.find((r) => r.status === 409);
      expect(refusal?.body.code).toBe('matching.host-full');
    });
  });
});

interface RunBody {
  id: string;
  status: 'running' | 'finished' | 'failed';
  participants: number;
  proposals: number;
  totalScore: number;
  algorithm: string;
  durationMs: number | null;
  dryRun: boolean;
  finishedAt: string | null;
}

async function runRound(t: TestApp, staff: { accessToken: string }, body: Record<string, unknown> = {}): Promise<RunBody> {
  let run = (await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send(body).expect(201)).body as RunBody;
  for (let attempt = 0; run.status === 'running' && attempt < 100; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = (await t.http().get(`/api/staff/matching/runs/${run.id}`).set(bearer(staff)).expect(200)).body as RunBody;
  }
  return run;
}

describe('Matching rounds', () => {
  let t: TestApp;
  let people: MatchingPeople;

  beforeAll(async () => {
    t = await startTestApp();
    people = new MatchingPeople(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the optimal pairing where greedy would not, proposing with the suggestions\' scores', async () => {
    // m1-h1 is the best single pair, but taking it leaves m2 without anyone (m2 and h2 share no
    // language): greedy pairs 1 couple, the optimum pairs m1-h2 and m2-h1.
    const shared = ['cooking', 'gardening', 'chess'];
    const m1 = await people.migrant('eu', { languages: [{ code: 'eu', level: 'native' }, { code: 'cy', level: 'fluent' }], interests: shared }, 'M1');
    const m2 = await people.migrant('eu', { interests: ['music'] }, 'M2');
    const h1 = await people.host('eu', { languages: [{ code: 'eu', level: 'native' }, { code: 'cy', level: 'native' }], interests: shared }, { name: 'H1' });
    const h2 = await people.host('cy', { interests: ['reading'] }, { name: 'H2' });
    const staff = await people.staffMember();
    const m1Suggestions = (await people.suggestions(m1).expect(200)).body as SuggestionBody[];
    expect(m1Suggestions.map((s) => s.partner.id)).toEqual([h1.id, h2.id]);
    const scoreOf = (list: SuggestionBody[], id: string) => list.find((s) => s.partner.id === id)?.score ?? -1;
    const m2Suggestions = (await people.suggestions(m2).expect(200)).body as SuggestionBody[];
    expect(m2Suggestions.map((s) => s.partner.id)).toEqual([h1.id]);
    expect(scoreOf(m1Suggestions, h1.id)).toBeGreaterThan(scoreOf(m2Suggestions, h1.id));

    const dry = await runRound(t, staff, { dryRun: true });
    const optimum = Math.round((scoreOf(m1Suggestions, h2.id) + scoreOf(m2Suggestions, h1.id)) * 10) / 10;
    expect(dry).toMatchObject({ status: 'finished', dryRun: true, participants: 4, proposals: 2, totalScore: optimum, algorithm: 'min-cost-flow (successive shortest paths)' });
    // Its progress as last recorded: the pairs it evaluated, one component (m1, m2, h1 and h2 are all linked), solved.
    expect(dry).toMatchObject({ phase: 'writing', candidatePairs: 3, components: 1, componentsSolved: 1 });
    expect(dry.finishedAt).not.toBeNull();
    expect(((await people.db().query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM matches`)))[0].count).toBe(0);

    const run = await runRound(t, staff);
    expect(run).toMatchObject({ status: 'finished', dryRun: false, participants: 4, proposals: 2, totalScore: optimum });
    expect(typeof run.durationMs).toBe('number');
    const rows = (await people.db().query<Array<Record<string, unknown>>>(
      `SELECT migrant_id AS "migrantId", host_id AS "hostId", status, score, run_id AS "runId", proposed_by AS "proposedBy",
              accepted_by_migrant AS "acceptedByMigrant", accepted_by_host AS "acceptedByHost", jsonb_array_length(reasons) AS reasons
       FROM matches ORDER BY score`,
    ));
    const common = { status: 'proposed', runId: run.id, proposedBy: null, acceptedByMigrant: false, acceptedByHost: false, reasons: 5 };
    expect(rows).toEqual(
      expect.arrayContaining([
        { migrantId: m1.id, hostId: h2.id, score: scoreOf(m1Suggestions, h2.id), ...common },
        { migrantId: m2.id, hostId: h1.id, score: scoreOf(m2Suggestions, h1.id), ...common },
      ]),
    );
    expect(rows).toHaveLength(2);

    // Everyone is now in a proposal: the next round has nobody to pair.
    expect(await runRound(t, staff)).toMatchObject({ status: 'finished', participants: 0, proposals: 0, totalScore: 0 });
  });

  it('refuses a second round while one is running', async () => {
    const staff = await people.staffMember();
    const [{ id }] = (await people.db().query<Array<{ id: string }>>(`INSERT INTO matching_runs (programme_id, status, dry_run, algorithm) VALUES ($1, 'running', false, 'x') RETURNING id`, [DEFAULT_PROGRAMME_ID]));
    try {
      const refused = await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({}).expect(409);
      expect(refused.body.message).toBe('A matching round is already running');
      const shown = await t.http().get(`/api/staff/matching/runs/${id}`).set(bearer(staff)).expect(200);
      expect(shown.body).toMatchObject({ id, status: 'running', finishedAt: null, durationMs: null });
    } finally {
      await people.db().query(`UPDATE matching_runs SET status = 'failed' WHERE id = $1`, [id]);
    }
    expect((await runRound(t, staff, { dryRun: true })).status).toBe('finished');
  });

  it('answers 404 for an unknown run, 400 for bad input and 403 for non-staff', async () => {
    const staff = await people.staffMember();
    await t.http().get('/api/staff/matching/runs/6f1c1f4e-8d4b-4c43-9a53-1f0b3c1d2e3f').set(bearer(staff)).expect(404);
    await t.http().get('/api/staff/matching/runs/nope').set(bearer(staff)).expect(400);
    await t.http().post('/api/staff/matching/runs').set(bearer(staff)).send({ dryRun: 'yes' }).expect(400);
    const migrant = await people.migrant('eu');
    await t.http().post('/api/staff/matching/runs').set(bearer(migrant)).send({}).expect(403);
    const host = await people.host('eu');
    await t.http().get('/api/staff/matching/runs/6f1c1f4e-8d4b-4c43-9a53-1f0b3c1d2e3f').set(bearer(host)).expect(403);
  });
});

describe('Matching rounds with MATCH_MIN_SCORE', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ MATCH_MIN_SCORE: '90' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('does not propose pairs scoring below the minimum', async () => {
    const people = new MatchingPeople(t);
    const migrant = await people.migrant('eu');
    await people.host('eu');
    const [suggestion] = (await people.suggestions(migrant).expect(200)).body as SuggestionBody[];
    expect(suggestion.score).toBeLessThan(90);
    const run = await runRound(t, await people.staffMember());
    expect(run).toMatchObject({ status: 'finished', participants: 0, proposals: 0, totalScore: 0 });
    expect(((await people.db().query<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM matches`)))[0].count).toBe(0);
  });
});
