import { DataSource } from 'typeorm';
import { bearer, createStaff, signUp, type SignedUpUser } from './support/factories.js';
import { connectChat } from './support/chat.js';
import { insertMessage } from './support/moderation-fixtures.js';
import { createOrganisation, createProgramme, joinProgramme } from './support/organisations.js';
import { REFERENCE_TABLES, tableChecksums } from './support/table-checksums.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** One organisation's world: a programme, a coordinator, a pair with a conversation, reports, a round. */
interface Society {
  name: string;
  organisationId: string;
  programmeId: string;
  staff: SignedUpUser;
  migrant: SignedUpUser;
  host: SignedUpUser;
  matchId: string;
  reportedMessageId: string;
  hiddenMessageId: string;
  messageReportId: string;
  personReportId: string;
  runId: string;
  meetupId: string;
}

interface Call {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  url: string;
  body?: Record<string, unknown>;
}

/**
 * How a route is called against a society's things. `staff`: a staff route, refused (404) with
 * the other organisation's ids and answering `ownStatus` with the caller's own. `list`: answers the
 * caller's own organisation's items only. `participants`: a participant route staff may call,
 * which must not tell another organisation's things apart from nothing (404, or 403 by role).
 */
type Row =
  | { kind: 'staff'; call: (s: Society) => Call; ownStatus: number }
  | { kind: 'list'; call: (s: Society) => Call }
  | { kind: 'participants'; call: (s: Society) => Call; status: 403 | 404 }
  | { kind: 'no-target'; why: string };

const FUTURE = '2031-03-04T10:00:00.000Z';

/** The session a bearer token names (its `sid` claim). */
function sessionIdOf(user: SignedUpUser): string {
  return (JSON.parse(Buffer.from(user.accessToken.split('.')[1], 'base64url').toString('utf8')) as { sid: string }).sid;
}

/**
 * Every staff route in the OpenAPI document, and every route with an id a staff member can call.
 * A route missing here fails the test: add its row (how to call it with the other organisation's ids).
 * Rows run in this order for the caller's own ids, so state changes come after what needs the state.
 */
const MATRIX: Record<string, Row> = {
  'GET /api/staff/volunteers': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/volunteers' }) },
  'GET /api/staff/people': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/people?limit=100' }) },
  'GET /api/staff/matches': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/matches?limit=100' }) },
  'GET /api/staff/matches/waiting': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/matches/waiting' }) },
  'GET /api/staff/reports': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/reports' }) },
  'GET /api/staff/audit-log': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/audit-log?limit=100' }) },
  'GET /api/staff/stats': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/stats' }) },
  'GET /api/staff/jobs': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/jobs' }) },
  'POST /api/staff/matching/runs': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: '/api/staff/matching/runs', body: { programmeId: s.programmeId, dryRun: true } }),
    ownStatus: 201,
  },
  'GET /api/staff/programmes': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/programmes' }) },
  'POST /api/staff/programmes': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: '/api/staff/programmes', body: { name: 'Walking together', organisationId: s.organisationId } }),
    ownStatus: 201,
  },
  'PATCH /api/staff/programmes/{id}': {
    kind: 'staff',
    call: (s) => ({ method: 'patch', url: `/api/staff/programmes/${s.programmeId}`, body: { description: 'Weekly walks in the park' } }),
    ownStatus: 200,
  },
  'GET /api/staff/programmes/{id}/members': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/programmes/${s.programmeId}/members` }), ownStatus: 200 },
  'GET /api/staff/programmes/{id}/stats': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/programmes/${s.programmeId}/stats` }), ownStatus: 200 },
  'GET /api/staff/programmes/{id}/export.csv': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/programmes/${s.programmeId}/export.csv` }), ownStatus: 200 },
  'GET /api/programmes/{id}': {
    kind: 'no-target',
    why: 'public: an open programme is shown to everyone; a draft answers 404 outside its organisation (test/programmes.e2e-spec.ts)',
  },
  'POST /api/admin/organisations/{id}/staff': {
    kind: 'participants',
    call: (s) => ({ method: 'post', url: `/api/admin/organisations/${s.organisationId}/staff`, body: { email: 'second@example.org', password: 'a-long-staff-passphrase', displayName: 'Second' } }),
    status: 403,
  },
  'PATCH /api/admin/organisations/{id}': {
    kind: 'participants',
    call: (s) => ({ method: 'patch', url: `/api/admin/organisations/${s.organisationId}`, body: { safeguardingEmail: 'safe@example.org' } }),
    status: 403,
  },
  'POST /api/admin/users/{id}/two-factor/reset': {
    kind: 'participants',
    call: (s) => ({ method: 'post', url: `/api/admin/users/${s.staff.id}/two-factor/reset` }),
    status: 403,
  },
  'GET /api/staff/organisation': { kind: 'list', call: () => ({ method: 'get', url: '/api/staff/organisation' }) },
  'PATCH /api/staff/organisation': {
    kind: 'staff',
    call: (s) => ({ method: 'patch', url: `/api/staff/organisation?organisationId=${s.organisationId}`, body: { requiredVettingChecks: [] } }),
    ownStatus: 200,
  },
  'GET /api/staff/volunteers/{userId}/checks': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/volunteers/${s.host.id}/checks` }), ownStatus: 200 },
  'PUT /api/staff/volunteers/{userId}/checks/{kind}': {
    kind: 'staff',
    call: (s) => ({ method: 'put', url: `/api/staff/volunteers/${s.host.id}/checks/identity`, body: { checkedOn: '2025-01-15', note: 'Passport seen' } }),
    ownStatus: 200,
  },
  'DELETE /api/staff/volunteers/{userId}/checks/{kind}': { kind: 'staff', call: (s) => ({ method: 'delete', url: `/api/staff/volunteers/${s.host.id}/checks/identity` }), ownStatus: 200 },
  'DELETE /api/me/sessions/{id}': { kind: 'participants', call: (s) => ({ method: 'delete', url: `/api/me/sessions/${sessionIdOf(s.migrant)}` }), status: 404 },
  'DELETE /api/me/programmes/{programmeId}': { kind: 'participants', call: (s) => ({ method: 'delete', url: `/api/me/programmes/${s.programmeId}` }), status: 404 },
  'GET /api/staff/users/{id}/emails': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/users/${s.host.id}/emails` }), ownStatus: 200 },
  'GET /api/staff/people/{id}': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/people/${s.migrant.id}` }), ownStatus: 200 },
  'GET /api/staff/check-ins': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/check-ins?programmeId=${s.programmeId}` }), ownStatus: 200 },
  'GET /api/staff/matching/runs/{id}': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/matching/runs/${s.runId}` }), ownStatus: 200 },
  'GET /api/staff/matching/runs/{id}/pairs': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/matching/runs/${s.runId}/pairs` }), ownStatus: 200 },
  'POST /api/staff/matching/runs/{id}/commit': { kind: 'staff', call: (s) => ({ method: 'post', url: `/api/staff/matching/runs/${s.runId}/commit` }), ownStatus: 200 },
  // After the commit above: a committed run's pairs are no longer there to discard.
  'POST /api/staff/matching/runs/{id}/discard': { kind: 'staff', call: (s) => ({ method: 'post', url: `/api/staff/matching/runs/${s.runId}/discard` }), ownStatus: 409 },
  'GET /api/staff/matches/{id}/messages': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/staff/matches/${s.matchId}/messages` }), ownStatus: 200 },
  'GET /api/matches/{id}': { kind: 'staff', call: (s) => ({ method: 'get', url: `/api/matches/${s.matchId}` }), ownStatus: 200 },
  'POST /api/staff/volunteers/{userId}/verify': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/volunteers/${s.host.id}/verify`, body: { note: 'References checked' } }),
    ownStatus: 200,
  },
  'POST /api/staff/volunteers/{userId}/reject': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/volunteers/${s.host.id}/reject`, body: { note: 'References did not answer' } }),
    ownStatus: 200,
  },
  'POST /api/staff/messages/{id}/hide': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/messages/${s.hiddenMessageId}/hide`, body: { note: 'Shares a phone number' } }),
    ownStatus: 200,
  },
  'POST /api/staff/reports/{id}/resolve': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/reports/${s.messageReportId}/resolve`, body: { action: 'dismiss', note: 'Talked to both' } }),
    ownStatus: 200,
  },
  'POST /api/staff/users/{id}/warn': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/users/${s.host.id}/warn`, body: { note: 'Please keep to the chat' } }),
    ownStatus: 200,
  },
  'POST /api/staff/users/{id}/suspend': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/users/${s.host.id}/suspend`, body: { reason: 'Harassment', days: 3 } }),
    ownStatus: 200,
  },
  'POST /api/staff/users/{id}/unsuspend': {
    kind: 'staff',
    call: (s) => ({ method: 'post', url: `/api/staff/users/${s.host.id}/unsuspend`, body: { note: 'Spoke with them' } }),
    ownStatus: 200,
  },
  'POST /api/matches/{id}/end': { kind: 'staff', call: (s) => ({ method: 'post', url: `/api/matches/${s.matchId}/end`, body: { reason: 'Safety concern' } }), ownStatus: 200 },
  'POST /api/matches/{id}/accept': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/matches/${s.matchId}/accept` }), status: 404 },
  'POST /api/matches/{id}/decline': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/matches/${s.matchId}/decline`, body: {} }), status: 404 },
  'GET /api/matches/{id}/messages': { kind: 'participants', call: (s) => ({ method: 'get', url: `/api/matches/${s.matchId}/messages` }), status: 404 },
  'GET /api/matches/{id}/meetups': { kind: 'participants', call: (s) => ({ method: 'get', url: `/api/matches/${s.matchId}/meetups` }), status: 404 },
  'POST /api/matches/{id}/meetups': {
    kind: 'participants',
    call: (s) => ({ method: 'post', url: `/api/matches/${s.matchId}/meetups`, body: { startsAt: FUTURE, durationMinutes: 60, place: 'Library' } }),
    status: 404,
  },
  'GET /api/matches/{id}/meetup-slots': { kind: 'participants', call: (s) => ({ method: 'get', url: `/api/matches/${s.matchId}/meetup-slots` }), status: 404 },
  'POST /api/meetups/{id}/accept': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/meetups/${s.meetupId}/accept` }), status: 404 },
  'POST /api/meetups/{id}/decline': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/meetups/${s.meetupId}/decline`, body: {} }), status: 404 },
  'POST /api/meetups/{id}/cancel': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/meetups/${s.meetupId}/cancel`, body: {} }), status: 404 },
  'PATCH /api/meetups/{id}': { kind: 'participants', call: (s) => ({ method: 'patch', url: `/api/meetups/${s.meetupId}`, body: { note: 'Bring a map' } }), status: 404 },
  'GET /api/meetups/{id}/ics': { kind: 'participants', call: (s) => ({ method: 'get', url: `/api/meetups/${s.meetupId}/ics` }), status: 404 },
  'POST /api/meetups/{id}/feedback': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/meetups/${s.meetupId}/feedback`, body: { happened: true } }), status: 404 },
  'POST /api/matches/{id}/check-ins': {
    kind: 'participants',
    call: (s) => ({ method: 'post', url: `/api/matches/${s.matchId}/check-ins`, body: { score: 4 } }),
    status: 403,
  },
  'POST /api/users/{id}/block': { kind: 'participants', call: (s) => ({ method: 'post', url: `/api/users/${s.host.id}/block`, body: {} }), status: 403 },
};

describe('isolation between organisations', () => {
  let t: TestApp;
  let db: DataSource;
  let a: Society;
  let b: Society;
  let admin: SignedUpUser;

  const send = async (who: SignedUpUser, call: Call): Promise<{ status: number; body: unknown; text: string }> => {
    let request = t.http()[call.method](call.url).set(bearer(who));
    if (call.body !== undefined) request = request.send(call.body);
    const response = await request;
    return { status: response.status, body: response.body as unknown, text: response.text };
  };

  /** Every table but the reference data after each call; the reference data once around all of them. */
  const snapshot = (): Promise<Record<string, string>> => tableChecksums(db, { except: REFERENCE_TABLES });

  /** Every id of a society that another organisation's staff must never see. */
  const idsOf = (s: Society): string[] => [
    s.organisationId,
    s.programmeId,
    s.staff.id,
    s.migrant.id,
    s.host.id,
    s.matchId,
    s.reportedMessageId,
    s.hiddenMessageId,
    s.messageReportId,
    s.personReportId,
    s.runId,
    s.meetupId,
  ];

  const society = async (name: string): Promise<Society> => {
    const organisation = await createOrganisation(t, { name });
    const programme = await createProgramme(t, { organisationId: organisation.id, name: `${name} pairs` });
    const staff = await createStaff(t, { organisationId: organisation.id });
    const migrant = await signUp(t, { displayName: `${name} newcomer` });
    const host = await signUp(t, { role: 'host', displayName: `${name} volunteer` });
    await joinProgramme(t, { userId: migrant.id, programmeId: programme.id, role: 'migrant' });
    await joinProgramme(t, { userId: host.id, programmeId: programme.id, role: 'host', verification: 'pending' });
    const [match] = await db.query<Array<{ id: string }>>(
      `INSERT INTO matches (programme_id, migrant_id, host_id, status, accepted_by_migrant, accepted_by_host, score, activated_at)
       VALUES ($1, $2, $3, 'active', true, true, 60, now()) RETURNING id`,
      [programme.id, migrant.id, host.id],
    );
    const reported = await insertMessage(t, match.id, host.id, 'Hello, shall we meet?');
    const hidden = await insertMessage(t, match.id, host.id, 'Call me any time');
    await insertMessage(t, match.id, migrant.id, 'Yes, gladly');
    const messageReport = await t.http().post('/api/reports').set(bearer(migrant)).send({ messageId: reported.id, reason: 'harassment' }).expect(201);
    const personReport = await t.http().post('/api/reports').set(bearer(host)).send({ userId: migrant.id, reason: 'other', details: 'Missed two meetings' }).expect(201);
    const [run] = await db.query<Array<{ id: string }>>(
      `INSERT INTO matching_runs (programme_id, status, dry_run, algorithm, finished_at) VALUES ($1, 'finished', true, 'test', now()) RETURNING id`,
      [programme.id],
    );
    const [meetup] = await db.query<Array<{ id: string }>>(
      `INSERT INTO meetups (match_id, status, starts_at, duration_minutes, ends_at, place, proposed_by)
       VALUES ($1, 'proposed', $2, 60, $2::timestamptz + interval '60 minutes', 'Library', $3) RETURNING id`,
      [match.id, FUTURE, migrant.id],
    );
    // An audit entry of the society's own: its coordinator reads the conversation once.
    await t.http().get(`/api/staff/matches/${match.id}/messages`).set(bearer(staff)).expect(200);
    return {
      name,
      organisationId: organisation.id,
      programmeId: programme.id,
      staff,
      migrant,
      host,
      matchId: match.id,
      reportedMessageId: reported.id,
      hiddenMessageId: hidden.id,
      messageReportId: (messageReport.body as { id: string }).id,
      personReportId: (personReport.body as { id: string }).id,
      runId: run.id,
      meetupId: meetup.id,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    a = await society('Alpha');
    b = await society('Beta');
    admin = await createStaff(t, { role: 'admin' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has a row for every staff route and every route with an id in the OpenAPI document', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const needingRows = routes.filter((route) => route.includes(' /api/staff/') || route.includes('{'));
    expect(needingRows.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('files each report in the organisation of the match, or of the programme where the two people were matched', async () => {
    const rows = await db.query<Array<{ id: string; organisation_id: string | null }>>(`SELECT id, organisation_id FROM reports`);
    const organisationOf = new Map(rows.map((r) => [r.id, r.organisation_id]));
    for (const s of [a, b]) {
      expect(organisationOf.get(s.messageReportId)).toBe(s.organisationId);
      expect(organisationOf.get(s.personReportId)).toBe(s.organisationId);
    }
  });

  it("answers 404 to each coordinator for every one of the other organisation's things, and changes nothing", async () => {
    const unexpected: string[] = [];
    const referenceBefore = await tableChecksums(db, { only: REFERENCE_TABLES });
    for (const [me, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const [route, row] of Object.entries(MATRIX)) {
        if (row.kind === 'list' || row.kind === 'no-target') continue;
        const expected = row.kind === 'staff' ? 404 : row.status;
        const before = await snapshot();
        const { status, text } = await send(me.staff, row.call(other));
        const after = await snapshot();
        if (status !== expected) unexpected.push(`${me.name} → ${route} on ${other.name}: ${status} (expected ${expected}) ${text.slice(0, 200)}`);
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length > 0) unexpected.push(`${me.name} → ${route} on ${other.name} changed ${changed.join(', ')}`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(await tableChecksums(db, { only: REFERENCE_TABLES })).toEqual(referenceBefore);
  });

  it("refuses a coordinator's socket the other organisation's conversation", async () => {
    const socket = await connectChat(t, a.staff);
    try {
      await expect(socket.timeout(5000).emitWithAck('join', { matchId: b.matchId })).resolves.toMatchObject({ ok: false, code: 'match.not-found' });
    } finally {
      socket.disconnect();
    }
  });

  it("lists only the caller's own organisation's volunteers, reports, audit entries and figures", async () => {
    for (const [me, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const [route, row] of Object.entries(MATRIX)) {
        if (row.kind !== 'list') continue;
        const { status, text } = await send(me.staff, row.call(me));
        expect({ route, status }).toEqual({ route, status: 200 });
        for (const id of idsOf(other)) expect({ route, leaked: text.includes(id) ? id : null }).toEqual({ route, leaked: null });
      }
      const volunteers = (await send(me.staff, { method: 'get', url: '/api/staff/volunteers' })).body as Array<{ id: string }>;
      expect(volunteers.map((v) => v.id)).toEqual([me.host.id]);
      const reports = (await send(me.staff, { method: 'get', url: '/api/staff/reports' })).body as { items: Array<{ id: string }> };
      expect(reports.items.map((r) => r.id).sort()).toEqual([me.messageReportId, me.personReportId].sort());
      const audit = (await send(me.staff, { method: 'get', url: '/api/staff/audit-log' })).body as { items: Array<{ targetId: string; organisationId: string }> };
      expect(audit.items.map((e) => e.targetId)).toContain(me.matchId);
      expect(audit.items.every((e) => e.organisationId === me.organisationId)).toBe(true);
      const stats = (await send(me.staff, { method: 'get', url: '/api/staff/stats' })).body as Record<string, unknown>;
      expect(stats).toMatchObject({
        participants: { migrants: 1, hosts: 1, staff: 1 },
        hostsPending: 1,
        matches: { proposed: 0, active: 1, declined: 0, expired: 0, ended: 0 },
        meetups: { confirmed: 0, happened: 0 },
        matchesEverActive: 1,
        openReports: 2,
      });
    }
  });

  it('lets an admin see and read both organisations, each read audited in its organisation', async () => {
    for (const [route, row] of Object.entries(MATRIX)) {
      // The caller's own organisation: an admin belongs to none (404, test/safeguarding.e2e-spec.ts) and lists every one at /api/admin/organisations.
      if (row.kind !== 'list' || route === 'GET /api/staff/stats' || route === 'GET /api/staff/organisation') continue;
      const { status, text } = await send(admin, row.call(a));
      expect({ route, status }).toEqual({ route, status: 200 });
      if (route === 'GET /api/staff/jobs') continue;
      const expected =
        route === 'GET /api/staff/volunteers' || route === 'GET /api/staff/people'
          ? [a.host.id, b.host.id]
          : route === 'GET /api/staff/reports'
            ? [a.messageReportId, b.messageReportId]
            : route === 'GET /api/staff/programmes' || route === 'GET /api/staff/matches/waiting'
              ? [a.programmeId, b.programmeId]
              : [a.matchId, b.matchId];
      for (const id of expected) expect({ route, seen: text.includes(id) }).toEqual({ route, seen: true });
    }
    const stats = (await send(admin, { method: 'get', url: '/api/staff/stats' })).body as { matches: { active: number }; openReports: number };
    expect(stats.matches.active).toBe(2);
    expect(stats.openReports).toBe(4);
    for (const s of [a, b]) {
      await send(admin, { method: 'get', url: `/api/staff/matches/${s.matchId}/messages` }).then(({ status }) => expect(status).toBe(200));
      const [entry] = await db.query<Array<{ organisation_id: string }>>(
        `SELECT organisation_id FROM audit_log WHERE actor_id = $1 AND action = 'conversation.read' AND target_id = $2`,
        [admin.id, s.matchId],
      );
      expect(entry?.organisation_id).toBe(s.organisationId);
      const seen = (await send(s.staff, { method: 'get', url: `/api/staff/audit-log?actorId=${admin.id}` })).body as { items: Array<{ targetId: string }> };
      expect(seen.items.map((e) => e.targetId)).toEqual([s.matchId]);
    }
  });

  it("lets each coordinator do everything with their own organisation's ids, every action audited in it", async () => {
    const unexpected: string[] = [];
    for (const me of [a, b]) {
      for (const [route, row] of Object.entries(MATRIX)) {
        if (row.kind !== 'staff') continue;
        const { status, text } = await send(me.staff, row.call(me));
        if (status !== row.ownStatus) unexpected.push(`${me.name} → ${route} on its own: ${status} (expected ${row.ownStatus}) ${text.slice(0, 200)}`);
      }
      const entries = await db.query<Array<{ action: string; organisation_id: string | null }>>(`SELECT action, organisation_id FROM audit_log WHERE actor_id = $1`, [me.staff.id]);
      expect(entries.map((e) => e.action).sort()).toEqual(
        [
          'conversation.read',
          'conversation.read',
          'match.end',
          'matching.run.commit',
          'message.hide',
          'organisation.required-checks',
          'programme.create',
          'programme.export',
          'programme.update',
          'report.resolve.dismiss',
          'user.suspend',
          'user.unsuspend',
          'user.warn',
          'vetting.check.record',
          'vetting.check.remove',
          'volunteer.reject',
          'volunteer.verify',
        ].sort(),
      );
      expect(entries.filter((e) => e.organisation_id !== me.organisationId)).toEqual([]);
    }
    expect(unexpected).toEqual([]);
  });

  it("shows a coordinator only their own organisation's reports in the history of a person who belongs to both", async () => {
    const traveller = await signUp(t, { displayName: 'Traveller' });
    const reportIds: Record<string, string> = {};
    for (const s of [a, b]) {
      const host = await signUp(t, { role: 'host', displayName: `${s.name} second volunteer` });
      await joinProgramme(t, { userId: traveller.id, programmeId: s.programmeId, role: 'migrant' });
      await joinProgramme(t, { userId: host.id, programmeId: s.programmeId, role: 'host' });
      const [match] = await db.query<Array<{ id: string }>>(
        `INSERT INTO matches (programme_id, migrant_id, host_id, status, accepted_by_migrant, accepted_by_host, score, activated_at)
         VALUES ($1, $2, $3, 'active', true, true, 60, now()) RETURNING id`,
        [s.programmeId, traveller.id, host.id],
      );
      const report = await t.http().post('/api/reports').set(bearer(host)).send({ matchId: match.id, reason: 'other', details: 'Did not come' }).expect(201);
      reportIds[s.name] = (report.body as { id: string }).id;
    }
    for (const [me, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const { body, text } = await send(me.staff, { method: 'get', url: '/api/staff/reports?status=open' });
      const queue = body as { items: Array<{ id: string; context: { people: Array<{ userId: string; reportCount: number }> } }> };
      const item = queue.items.find((r) => r.id === reportIds[me.name]);
      expect(item?.context.people.find((p) => p.userId === traveller.id)?.reportCount).toBe(1);
      expect(text.includes(reportIds[other.name])).toBe(false);
    }
  });
});
