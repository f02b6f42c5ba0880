import { DataSource } from 'typeorm';
import { DEFAULT_ORGANISATION_ID, DEFAULT_PROGRAMME_ID } from '../src/organisations/domain/programme.js';
import { connectChat, type ChatClient } from './support/chat.js';
import { activeMatch, bearer, createStaff, SignedUpUser, signUp, verifyHost, withProfile } from './support/factories.js';
import { Components, FuzzCase, malformedAnywhere, malformedBodies, Schema, seededRandom, seededUuid, withNul } from './support/fuzz-inputs.js';
import { insertMessage } from './support/moderation-fixtures.js';
import { REFERENCE_TABLES, tableChecksums } from './support/table-checksums.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** FUZZ_SEED=<n> replays a run; a failure names the seed it ran with. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_221);

interface Operation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Components };
}
interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  template: string;
  operation: Operation;
}
interface Answer {
  route: string;
  label: string;
  status: number;
  /** The contract's error shape, `{statusCode, message, error}`, for every refusal. */
  errorShape: boolean;
  /** 'not 5xx': the input is odd but may be fine (malformed UTF-8 in a query arrives as U+FFFD). */
  expected: number | '4xx' | 'not 5xx';
}

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
/** Deep enough to be refused, shallow enough for socket.io-client's serialiser. */
const SOCKET_DEPTH = 500;

/**
 * Every route of the OpenAPI document, sent malformed bodies, queries and path parameters with a
 * token that passes its guards: nothing a client sends may answer 5xx, each malformed input gets
 * the 4xx the contract names, and the database is exactly as it was before.
 */
describe(`fuzzing every route from the OpenAPI document (seed ${SEED})`, () => {
  let t: TestApp;
  let db: DataSource;
  let document: OpenApiDocument;
  let migrant: SignedUpUser;
  let host: SignedUpUser;
  let staff: SignedUpUser;
  let admin: SignedUpUser;
  /** Path parameters by route prefix: real resources, so a body that slipped through would act. */
  let realIds: Array<[RegExp, string]>;
  let referenceData: Record<string, string>;
  const random = seededRandom(SEED);

  beforeAll(async () => {
    // Thousands of requests in a few seconds: the per-minute budgets would answer 429 instead.
    t = await startTestApp({ RATE_LIMIT_PER_USER: '1000000', RATE_LIMIT_PER_ADDRESS: '1000000', SIGNUP_RATE_LIMIT: '1000000' });
    db = t.app.get(DataSource);
    document = (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    staff = await createStaff(t);
    admin = await createStaff(t, { role: 'admin', organisationId: null });
    migrant = await withProfile(t, await signUp(t, { displayName: 'Amal' }));
    host = await withProfile(t, await signUp(t, { role: 'host', displayName: 'Joost' }), { capacity: 2 });
    await verifyHost(t, staff, host);
    const pendingHost = await withProfile(t, await signUp(t, { role: 'host', displayName: 'Pieter' }), { capacity: 1 });
    const match = await activeMatch(t, migrant, host);
    const message = await insertMessage(t, match.id, host.id, 'Shall we meet at the library?');
    const meetup = await t.http().post(`/api/matches/${match.id}/meetups`).set(bearer(migrant)).send({ startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), durationMinutes: 60, place: 'Library' }).expect(201);
    const report = await t.http().post('/api/reports').set(bearer(migrant)).send({ messageId: message.id, reason: 'other', details: 'Just checking' }).expect(201);
    realIds = [
      [/^\/api\/staff\/volunteers\//, pendingHost.id],
      [/^\/api\/staff\/users\//, migrant.id],
      [/^\/api\/staff\/reports\//, (report.body as { id: string }).id],
      [/^\/api\/staff\/messages\//, message.id],
      [/^\/api\/staff\/matches\//, match.id],
      [/^\/api\/users\//, host.id],
      [/^\/api\/matches\//, match.id],
      [/^\/api\/meetups\//, (meetup.body as { id: string }).id],
      // The default programme: the staff member's own, the one the migrant belongs to.
      [/^\/api\/(staff\/|me\/)?programmes\//, DEFAULT_PROGRAMME_ID],
      [/^\/api\/admin\/organisations\//, DEFAULT_ORGANISATION_ID],
    ];
    referenceData = await tableChecksums(db, { only: REFERENCE_TABLES });
    // The set-up's emails go out in the background; the checksums must not see them being sent.
    for (let waited = 0; (await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM emails WHERE state = 'queued'`))[0]?.n !== 0; waited += 100) {
      if (waited > 30_000) throw new Error('the set-up emails were not sent within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const routes = (): Route[] =>
    Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ method: method as Route['method'], template, operation })),
    );
  /** The route's path with real ids (random ones where no resource fits), or `raw` for every parameter. */
  const pathOf = (template: string, raw?: string): string =>
    template.replace(/\{[^}]+\}/g, () => raw ?? realIds.find(([prefix]) => prefix.test(template))?.[1] ?? seededUuid(random));
  /** A token whose role passes the route's guards, so validation is what answers. */
  const callerFor = (template: string): SignedUpUser => (template.startsWith('/api/admin/') ? admin : template.startsWith('/api/staff/') ? staff : migrant);

  const send = async (route: Route, path: string, fuzzCase: FuzzCase | undefined): Promise<Pick<Answer, 'status' | 'errorShape'>> => {
    let request = t.http()[route.method](path).set(bearer(callerFor(route.template)));
    if (fuzzCase !== undefined) request = request.type('json').send(fuzzCase.json);
    const { status, body } = (await request) as { status: number; body: { statusCode?: unknown; message?: unknown; error?: unknown } };
    const message = body.message;
    const errorShape = status < 400 || (body.statusCode === status && typeof body.error === 'string' && (typeof message === 'string' || (Array.isArray(message) && message.every((line) => typeof line === 'string'))));
    return { status, errorShape };
  };

  /**
   * No table is left out: a refused request writes nothing (failed logins are only counted for
   * well-formed credentials, and the per-minute rate limits live in memory). The reference data is
   * checked once, after every test has run.
   */
  const snapshot = (): Promise<Record<string, string>> => tableChecksums(db, { except: REFERENCE_TABLES });

  const unexpected = (answers: Answer[]): Answer[] =>
    answers.filter(({ status, expected, errorShape }) => status >= 500 || !errorShape || (expected === '4xx' ? status < 400 : expected !== 'not 5xx' && status !== expected));

  it('answers every malformed body on every write route with the 4xx the contract names, and changes nothing', async () => {
    const before = await snapshot();
    const answers: Answer[] = [];
    let sent = 0;
    for (const route of routes().filter((candidate) => WRITE_METHODS.has(candidate.method))) {
      const schema = route.operation.requestBody?.content?.['application/json']?.schema;
      // Routes that read no body still refuse what no route accepts, before they act.
      const cases = schema === undefined ? malformedAnywhere(random) : malformedBodies(schema, document.components.schemas, random);
      const name = `${route.method.toUpperCase()} ${route.template}`;
      for (const fuzzCase of cases) {
        answers.push({ route: name, label: fuzzCase.label, expected: fuzzCase.expected, ...(await send(route, pathOf(route.template), fuzzCase)) });
        sent += 1;
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(unexpected(answers)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    // The callers' sessions survived too: no logout or erasure went through.
    for (const user of [migrant, host, staff, admin]) await t.http().get('/api/me').set(bearer(user)).expect(200);
    // About 1100 requests: 10 s on a PostgreSQL server, three times that on the embedded one.
  }, 180_000);

  it('answers malformed query strings and path parameters on every route with 400, and changes nothing', async () => {
    const before = await snapshot();
    const answers: Answer[] = [];
    for (const route of routes()) {
      const name = `${route.method.toUpperCase()} ${route.template}`;
      const path = pathOf(route.template);
      const sendQuery = async (label: string, query: string, expected: Answer['expected']): Promise<void> => {
        answers.push({ route: name, label, expected, ...(await send(route, `${path}?${query}`, undefined)) });
      };
      // Writes get only queries every route refuses, so none of them can act.
      const reads = route.method === 'get';
      for (const { name: parameter } of (route.operation.parameters ?? []).filter((candidate) => candidate.in === 'query')) {
        await sendQuery(`NUL in ${parameter}`, `${parameter}=${encodeURIComponent(withNul(random))}`, 400);
        await sendQuery(`NUL in the name ${parameter}`, `${parameter}%00=1`, 400);
        if (!reads) continue;
        await sendQuery(`${parameter} twice`, `${parameter}=a&${parameter}=b`, '4xx');
        await sendQuery(`8 kB in ${parameter}`, `${parameter}=${'x'.repeat(8_000)}`, '4xx');
        await sendQuery(`malformed UTF-8 in ${parameter}`, `${parameter}=%ED%A0%80%FF`, 'not 5xx');
        await sendQuery(`a bracketed ${parameter}`, `${parameter}[a][b]=1`, '4xx');
      }
      await sendQuery('a "__proto__" parameter', '__proto__=1', 400);
      await sendQuery('a "constructor" parameter', 'constructor=x', 400);
      await sendQuery('NUL in an unknown parameter', `whatever=${encodeURIComponent('\u0000')}`, 400);
      if (route.template.includes('{')) {
        for (const raw of ['%00', '%ED%A0%80', 'not-a-uuid', encodeURIComponent(withNul(random, seededUuid(random))), 'x'.repeat(2000)]) {
          answers.push({ route: name, label: `path parameter ${raw.slice(0, 20)}`, expected: 400, ...(await send(route, pathOf(route.template, raw), undefined)) });
        }
      }
    }
    expect(unexpected(answers)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('answers malformed chat payloads with a validation ack and stores nothing', async () => {
    const participant = await signUp(t);
    const { id: matchId } = await activeMatch(t, participant, await withProfile(t, await signUp(t, { role: 'host' }), { capacity: 1 }));
    const before = await snapshot();
    const socket: ChatClient = await connectChat(t, participant);
    const uuid: Schema = { type: 'string', format: 'uuid' };
    const seq: Schema = { type: 'integer', minimum: 0 };
    const events: Record<string, Schema> = {
      join: { properties: { matchId: uuid, afterSeq: seq }, required: ['matchId'] },
      send: { properties: { matchId: uuid, clientId: uuid, body: { type: 'string' } }, required: ['matchId', 'clientId', 'body'] },
      typing: { properties: { matchId: uuid }, required: ['matchId'] },
      read: { properties: { matchId: uuid, seq }, required: ['matchId', 'seq'] },
    };
    const acks: Array<{ event: string; label: string; ack: unknown }> = [];
    try {
      for (const [event, schema] of Object.entries(events)) {
        // socket.io-client serialises payloads itself: no broken JSON, and nesting its JSON.stringify survives.
        const cases = [...malformedBodies(schema, {}, random, SOCKET_DEPTH), ...malformedAnywhere(random, SOCKET_DEPTH)].filter((fuzzCase) => fuzzCase.expected === 400 && !fuzzCase.label.startsWith('broken'));
        for (const fuzzCase of cases) {
          // The real conversation's id everywhere an id goes, so a payload that slipped through would act on it.
          const payload = JSON.parse(fuzzCase.json.replaceAll(/"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/g, `"${matchId}"`)) as unknown;
          const ack = await (socket as unknown as { timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> } }).timeout(5000).emitWithAck(event, payload);
          acks.push({ event, label: fuzzCase.label, ack });
        }
      }
    } finally {
      socket.close();
    }
    expect(acks.length).toBeGreaterThan(100);
    expect(acks.filter(({ ack }) => (ack as { ok?: unknown; code?: unknown }).ok !== false || (ack as { code?: unknown }).code !== 'validation')).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the imported reference data (places and their names) as it was', async () => {
    expect(await tableChecksums(db, { only: REFERENCE_TABLES })).toEqual(referenceData);
  });
});
