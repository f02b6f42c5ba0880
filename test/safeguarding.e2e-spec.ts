import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Outbox } from '../src/outbox/outbox.js';
import { SafeguardingEmails } from '../src/email/safeguarding-emails.js';
import { connectChat, send, sentMessage } from './support/chat.js';
import { bearer, createStaff, eventually, pairOfPeople, proposeMatch, type SignedUpUser } from './support/factories.js';
import { createProgramme, joinProgramme } from './support/organisations.js';
import { emailType, linkIn, rawHeader, recipients, startTestInbox, type TestInbox } from './support/smtp.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://cg.example.org';

interface ReportItem {
  id: string;
  urgent: boolean;
  reason: string;
  source: string;
  matchId: string | null;
  reporterId: string | null;
  details: string | null;
}

describe('Safety concerns first', () => {
  let inbox: TestInbox;
  let t: TestApp;
  let db: DataSource;
  let admin: SignedUpUser;

  beforeAll(async () => {
    inbox = await startTestInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL, JOB_POLLING_INTERVAL_SECONDS: '1' });
    db = t.app.get(DataSource);
    admin = await createStaff(t, { role: 'admin' });
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  /** An organisation made by the admin, with a coordinator, an open programme and two active matches in it. */
  async function society(input: { name: string; countryCode: string; safeguardingEmail?: string }) {
    const created = await t.http().post('/api/admin/organisations').set(bearer(admin)).send(input).expect(201);
    const organisationId = (created.body as { id: string }).id;
    const staff = await createStaff(t, { organisationId });
    const programme = await createProgramme(t, { organisationId, name: `Walks ${input.name}` });
    const pairs: Array<{ migrant: SignedUpUser; host: SignedUpUser; matchId: string }> = [];
    for (let i = 0; i < 2; i++) {
      const { migrant, host } = await pairOfPeople(t);
      await joinProgramme(t, { userId: migrant.id, programmeId: programme.id, role: 'migrant' });
      await joinProgramme(t, { userId: host.id, programmeId: programme.id, role: 'host' });
      const match = await proposeMatch(t, migrant, host, { programmeId: programme.id, acceptedByMigrant: true });
      await t.http().post(`/api/matches/${match.id}/accept`).set(bearer(host)).expect(200);
      pairs.push({ migrant, host, matchId: match.id });
    }
    return { organisationId, staff, programme, pairs, created: created.body as Record<string, unknown> };
  }

  /** The whole queue, `limit` at a time, following each page's cursor. */
  async function queue(staff: SignedUpUser, limit: number): Promise<ReportItem[]> {
    const items: ReportItem[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/staff/reports?status=open&limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = await t.http().get(url).set(bearer(staff)).expect(200);
      const body = page.body as { items: ReportItem[]; nextCursor: string | null };
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor !== null);
    return items;
  }

  const safeguardingEmailsTo = (address: string) => inbox.to(address).filter((m) => emailType(m) === 'safeguarding.urgent-report');

  it('lets admins set the safeguarding address, coordinators read their own, and audits each change', async () => {
    const made = await society({ name: 'Red Cross Zeeland', countryCode: 'NL', safeguardingEmail: 'safe@zeeland.example.org' });
    expect(made.created).toMatchObject({ name: 'Red Cross Zeeland', countryCode: 'NL', safeguardingEmail: 'safe@zeeland.example.org' });
    const own = await t.http().get('/api/staff/organisation').set(bearer(made.staff)).expect(200);
    expect(own.body).toMatchObject({ id: made.organisationId, safeguardingEmail: 'safe@zeeland.example.org' });

    const changed = await t.http().patch(`/api/admin/organisations/${made.organisationId}`).set(bearer(admin)).send({ safeguardingEmail: 'welzijn@zeeland.example.org' }).expect(200);
    expect(changed.body).toMatchObject({ name: 'Red Cross Zeeland', safeguardingEmail: 'welzijn@zeeland.example.org' });
    expect((await t.http().get('/api/staff/organisation').set(bearer(made.staff)).expect(200)).body.safeguardingEmail).toBe('welzijn@zeeland.example.org');
    const cleared = await t.http().patch(`/api/admin/organisations/${made.organisationId}`).set(bearer(admin)).send({ safeguardingEmail: null, name: 'Red Cross Zeeland-West' }).expect(200);
    expect(cleared.body).toMatchObject({ name: 'Red Cross Zeeland-West', safeguardingEmail: null });

    await t.http().patch(`/api/admin/organisations/${made.organisationId}`).set(bearer(made.staff)).send({ safeguardingEmail: 'me@example.org' }).expect(403);
    await t.http().patch(`/api/admin/organisations/${made.organisationId}`).set(bearer(admin)).send({ safeguardingEmail: 'not an address' }).expect(400);
    await t.http().patch(`/api/admin/organisations/${made.organisationId}`).set(bearer(admin)).send({ name: null }).expect(400);
    await t.http().patch(`/api/admin/organisations/${randomUUID()}`).set(bearer(admin)).send({ countryCode: 'NL' }).expect(404);
    await t.http().post('/api/admin/organisations').set(bearer(admin)).send({ name: 'Elsewhere', countryCode: 'NL' }).expect(201);
    await t.http().patch(`/api/admin/organisations/${made.organisationId}`).set(bearer(admin)).send({ name: 'ELSEWHERE' }).expect(409);
    await t.http().get('/api/staff/organisation').set(bearer(admin)).expect(404);

    const audit = await db.query<Array<{ action: string; note: string }>>(`SELECT action, note FROM audit_log WHERE target_id = $1 AND action = 'organisation.update' ORDER BY created_at`, [made.organisationId]);
    expect(audit).toEqual([
      { action: 'organisation.update', note: 'Changed: safeguardingEmail' },
      { action: 'organisation.update', note: 'Changed: name, safeguardingEmail' },
    ]);
  });

  it('marks safety reports and check-ins asking for contact urgent, lists them first across pages, and emails the safeguarding contact once each', async () => {
    const address = 'veiligheid@utrecht.example.org';
    const s = await society({ name: 'Red Cross Utrecht', countryCode: 'NL', safeguardingEmail: address });
    const [one, two] = s.pairs;
    const spam = await t.http().post('/api/reports').set(bearer(one.migrant)).send({ matchId: one.matchId, reason: 'spam', details: 'Keeps sending adverts' }).expect(201);
    const harassment = await t.http().post('/api/reports').set(bearer(two.migrant)).send({ matchId: two.matchId, reason: 'harassment' }).expect(201);
    const safety = await t.http().post('/api/reports').set(bearer(two.host)).send({ matchId: two.matchId, reason: 'safety', details: 'Amal asked me to come to an empty flat' }).expect(201);
    expect([spam.body.urgent, harassment.body.urgent, safety.body.urgent]).toEqual([false, false, true]);
    await t.http().post(`/api/matches/${one.matchId}/check-ins`).set(bearer(one.host)).send({ score: 2, comment: 'I would like to talk to someone', wantsContact: true }).expect(201);
    // An automatic flag about safety (a phone number before any meetup) is not urgent.
    const socket = await connectChat(t, one.host);
    sentMessage(await send(socket, one.matchId, 'Call me on +31 6 12345678'));
    socket.disconnect();

    const checkInReport = await eventually(async () => {
      const found = (await queue(s.staff, 100)).find((r) => r.reporterId === one.host.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(checkInReport).toMatchObject({ urgent: true, source: 'user', reason: 'other', matchId: one.matchId, details: 'Asked to be contacted in a check-in (score 2 of 5): I would like to talk to someone' });
    const flag = await eventually(async () => {
      const found = (await queue(s.staff, 100)).find((r) => r.source === 'auto');
      expect(found).toBeDefined();
      return found!;
    });
    expect(flag).toMatchObject({ reason: 'safety', urgent: false });

    // Urgent first, then the rest; oldest first within each; the same order one item per page.
    const expected: string[] = [(safety.body as ReportItem).id, checkInReport.id, (spam.body as ReportItem).id, (harassment.body as ReportItem).id, flag.id];
    expect((await queue(s.staff, 100)).map((r) => r.id)).toEqual(expected);
    expect((await queue(s.staff, 1)).map((r) => r.id)).toEqual(expected);
    expect((await queue(s.staff, 2)).map((r) => [r.id, r.urgent])).toEqual(expected.map((id, i) => [id, i < 2]));

    // A concern on a match the same person already reported escalates that open report (the oldest urgent one now).
    await t.http().post(`/api/matches/${one.matchId}/check-ins`).set(bearer(one.migrant)).send({ score: 1, wantsContact: true }).expect(201);
    await eventually(async () => {
      const order = (await queue(s.staff, 1)).map((r) => [r.id, r.urgent]);
      expect(order).toEqual([[spam.body.id, true], [safety.body.id, true], [checkInReport.id, true], [harassment.body.id, false], [flag.id, false]]);
    });

    // Emails: one per urgent report, in the organisation's language, with a link and no personal details.
    const mails = await eventually(() => {
      const received = safeguardingEmailsTo(address);
      expect(received).toHaveLength(3);
      return Promise.resolve(received);
    }, 10_000);
    for (const mail of mails) {
      expect(recipients(mail)).toEqual([address]);
      expect(mail.subject).toBe(`Dringende veiligheidszorg in ${s.programme.name}`);
      expect(linkIn(mail, '/#/staff/reports')).toBe(`${PUBLIC_URL}/#/staff/reports`);
      expect(rawHeader(mail, 'List-Unsubscribe')).toBeUndefined();
      for (const secret of ['Amal', 'Joost', 'empty flat', 'talk to someone', 'adverts', one.migrant.email, two.host.email]) expect(mail.text ?? '').not.toContain(secret);
    }
    const texts = mails.map((m) => m.text ?? '');
    for (const id of [safety.body.id, checkInReport.id, spam.body.id]) expect(texts.filter((text) => text.includes(id))).toHaveLength(1);
    expect(texts.some((text) => text.includes('een deelnemer meldde een zorg over veiligheid'))).toBe(true);
    expect(texts.some((text) => text.includes('een deelnemer vroeg in een check-in om contact'))).toBe(true);

    // A redelivered event, or a second safety report on the same target, sends nothing more.
    await t.app.get(SafeguardingEmails).onUrgentReport({ reportId: safety.body.id, organisationId: s.organisationId, cause: 'safety-report' });
    const again = await t.http().post('/api/reports').set(bearer(two.host)).send({ matchId: two.matchId, reason: 'safety' }).expect(201);
    expect(again.body.id).toBe(safety.body.id);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(safeguardingEmailsTo(address)).toHaveLength(3);
    const rows = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM emails WHERE to_address = $1 AND user_id IS NULL AND state = 'sent'`, [address]);
    expect(rows[0].n).toBe(3);
  });

  it('emails every coordinator when the organisation has no safeguarding address, and a meetup concern is urgent too', async () => {
    const s = await society({ name: 'Red Cross Gauteng', countryCode: 'ZA' });
    const second = await createStaff(t, { organisationId: s.organisationId });
    const [one] = s.pairs;
    await t.app.get(Outbox).record('meetup.concern', { meetupId: randomUUID(), matchId: one.matchId, participantIds: [one.migrant.id, one.host.id], reporterId: one.migrant.id, comment: 'He followed me home' });
    const report = await eventually(async () => {
      const [found] = await queue(s.staff, 100);
      expect(found).toBeDefined();
      return found;
    });
    expect(report).toMatchObject({ urgent: true, reason: 'safety', reporterId: one.migrant.id });
    for (const coordinator of [s.staff, second]) {
      const mail = await inbox.waitFor(coordinator.email, 'safeguarding.urgent-report', 10_000);
      expect(mail.subject).toBe(`Urgent safety concern in ${s.programme.name}`);
      expect(mail.text).toContain('a participant raised a concern after a meetup');
      expect(mail.text).toContain(report.id);
      expect(mail.text).not.toContain('followed me home');
    }
  });
});
