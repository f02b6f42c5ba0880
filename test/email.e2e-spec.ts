import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { DataSource } from 'typeorm';
import { EmailNudgesJob } from '../src/email/email-nudges.job.js';
import { createOrganisation } from './support/organisations.js';
import { activeMatch, bearer, createStaff, eventually, pairOfPeople, proposeMatch, signUp, STRONG_PASSWORD, verifyHost, type SignedUpUser } from './support/factories.js';
import { emailType, linkIn, rawHeader, startTestInbox, tokenIn, type TestInbox } from './support/smtp.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://cg.example.org';

describe('Email over a real SMTP server', () => {
  let inbox: TestInbox;
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    inbox = await startTestInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL, JOB_POLLING_INTERVAL_SECONDS: '1', MAIL_FROM: 'Common Ground <hello@cg.example.org>' });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  const markVerified = async (...users: Array<{ id: string }>): Promise<void> => {
    for (const user of users) await db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);
  };
  const emailsOf = async (userId: string, type: string): Promise<Array<{ state: string; attempts: number; last_error: string | null }>> =>
    db.query(`SELECT state, attempts, last_error FROM emails WHERE user_id = $1 AND type = $2`, [userId, type]);

  async function verifiedPair(): Promise<{ migrant: SignedUpUser; host: SignedUpUser; staff: SignedUpUser }> {
    const { migrant, host } = await pairOfPeople(t);
    const staff = await createStaff(t);
    await verifyHost(t, staff, host);
    await markVerified(migrant, host);
    return { migrant, host, staff };
  }

  it('sends a verification link on sign-up; following it verifies the address once', async () => {
    const person = await signUp(t, { displayName: 'Lina' });
    const me = await t.http().get('/api/me').set(bearer(person)).expect(200);
    expect(me.body).toMatchObject({ emailVerified: false, locale: 'en' });

    const message = await inbox.waitFor(person.email, 'account.verify-email');
    expect(message.from?.text).toContain('hello@cg.example.org');
    expect(message.subject).toBe('Confirm your email address');
    expect(message.html).toContain('Hello Lina,');
    expect(linkIn(message, '/#/verify-email?token=').startsWith(`${PUBLIC_URL}/#/verify-email?token=`)).toBe(true);
    // Nobody can turn the verification email off: no unsubscribe header.
    expect(rawHeader(message, 'List-Unsubscribe')).toBeUndefined();

    await t.http().post('/api/auth/verify-email').send({ token: tokenIn(message) }).expect(204);
    expect((await t.http().get('/api/me').set(bearer(person)).expect(200)).body.emailVerified).toBe(true);
    await t.http().post('/api/auth/verify-email').send({ token: tokenIn(message) }).expect(400);
    await t.http().post('/api/auth/verify-email').send({ token: 'not-a-token-we-made' }).expect(400);
    await t.http().post('/api/auth/verify-email').send({ token: 'x', extra: 1 }).expect(400);
  });

  it('resends a link to an unverified address (202) and nothing to a verified one', async () => {
    const person = await signUp(t);
    await inbox.waitFor(person.email, 'account.verify-email');
    await t.http().post('/api/auth/verify-email/resend').set(bearer(person)).expect(202);
    await eventually(() => Promise.resolve(expect(inbox.to(person.email).filter((m) => emailType(m) === 'account.verify-email')).toHaveLength(2)), 15_000);
    await t.http().post('/api/auth/verify-email/resend').expect(401);

    await markVerified(person);
    await t.http().post('/api/auth/verify-email/resend').set(bearer(person)).expect(202);
    expect(await db.query(`SELECT count(*)::int AS n FROM emails WHERE user_id = $1 AND type = 'account.verify-email'`, [person.id])).toEqual([{ n: 2 }]);
  });

  it("brings a migrant's request to the volunteer's inbox, with one-click unsubscribe headers", async () => {
    const { migrant, host } = await verifiedPair();
    const asked = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);

    const message = await inbox.waitFor(host.email, 'match.proposed');
    expect(message.subject).toBe('Amal would like to meet you');
    expect(message.text).toContain(`${PUBLIC_URL}/#/matches/${asked.body.id as string}`);
    expect(message.html).toContain('dir="ltr"');
    const unsubscribe = String(rawHeader(message, 'List-Unsubscribe'));
    expect(unsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/api/unsubscribe\\?token=[\\w.-]+>$`));
    expect(rawHeader(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // The one who asked is not asked to accept.
    expect(inbox.to(migrant.email).filter((m) => emailType(m) === 'match.proposed')).toHaveLength(0);
    expect(await emailsOf(host.id, 'match.proposed')).toEqual([{ state: 'sent', attempts: 1, last_error: null }]);
  });

  it('sends nothing to an address that is not verified but verification and reset', async () => {
    const { migrant, host } = await verifiedPair();
    await db.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [host.id]);
    await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);
    await eventually(async () => expect(await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'match.proposed'`, [host.id])).toEqual([{ n: 1 }]));
    expect(await emailsOf(host.id, 'match.proposed')).toEqual([]);
  });

  it('does not send a type the person unsubscribed from in one click, and keeps sending the others', async () => {
    const { migrant, host } = await verifiedPair();
    const first = await proposeMatch(t, migrant, host);
    const proposed = await inbox.waitFor(host.email, 'match.proposed');
    const header = String(rawHeader(proposed, 'List-Unsubscribe'));
    const url = new URL(header.slice(1, -1));
    // What a mail client does (RFC 8058): POST the URL with List-Unsubscribe=One-Click, no session.
    await t.http().post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click').expect(204);
    const preferences = await t.http().get('/api/me/preferences').set(bearer(host)).expect(200);
    expect(preferences.body.email['match.proposed']).toBe(false);
    expect(preferences.body.email['match.active']).toBe(true);

    await t.http().post(`/api/matches/${first.id}/decline`).set(bearer(host)).send({}).expect(200);
    await proposeMatch(t, migrant, host);
    await inbox.waitFor(migrant.email, 'match.declined');
    await eventually(async () => expect(await db.query(`SELECT count(*)::int AS n FROM emails WHERE user_id = $1 AND type = 'match.proposed'`, [migrant.id])).toEqual([{ n: 2 }]), 10_000);
    expect(await emailsOf(host.id, 'match.proposed')).toHaveLength(1);
    expect(inbox.to(host.email).filter((m) => emailType(m) === 'match.proposed')).toHaveLength(1);

    await t.http().post('/api/unsubscribe?token=forged.token').expect(400);
    await t.http().post('/api/unsubscribe').expect(400);
  });

  it('reads and changes preferences, refusing unknown types and locales without changing anything', async () => {
    const person = await signUp(t);
    const before = await t.http().get('/api/me/preferences').set(bearer(person)).expect(200);
    expect(before.body.locale).toBe('en');
    expect(Object.values(before.body.email as Record<string, boolean>).every(Boolean)).toBe(true);
    expect(Object.keys(before.body.email as object)).not.toContain('account.password-reset');

    await t.http().put('/api/me/preferences').set(bearer(person)).send({ email: { 'no.such-type': false } }).expect(400);
    await t.http().put('/api/me/preferences').set(bearer(person)).send({ email: { 'account.password-reset': false } }).expect(400);
    await t.http().put('/api/me/preferences').set(bearer(person)).send({ locale: 'xx' }).expect(400);
    await t.http().put('/api/me/preferences').set(bearer(person)).send({ email: { 'chat.unread': 'no' } }).expect(400);
    expect((await t.http().get('/api/me/preferences').set(bearer(person)).expect(200)).body).toEqual(before.body);

    const after = await t.http().put('/api/me/preferences').set(bearer(person)).send({ locale: 'uk', email: { 'chat.unread': false } }).expect(200);
    expect(after.body).toEqual({ locale: 'uk', email: { ...before.body.email, 'chat.unread': false } });
    expect((await t.http().get('/api/me').set(bearer(person)).expect(200)).body.locale).toBe('uk');
  });

  it('writes an Arabic, right-to-left email for an Arabic account', async () => {
    const person = await signUp(t, { locale: 'ar', displayName: 'سلمى' });
    const message = await inbox.waitFor(person.email, 'account.verify-email');
    expect(message.subject).toBe('أكّد عنوان بريدك الإلكتروني');
    expect(message.html).toContain('<html lang="ar" dir="rtl">');
    expect(message.html).toContain('مرحبًا سلمى،');
    expect(message.text).toContain('مرحبًا سلمى،');
  });

  it('resets a password from the emailed link: single use, every old session dead, the new password works', async () => {
    const person = await signUp(t);
    const secondSession = (await t.http().post('/api/auth/login').send({ email: person.email, password: STRONG_PASSWORD }).expect(200)).body as { accessToken: string };

    await t.http().post('/api/auth/password-reset').send({ email: person.email.toUpperCase() }).expect(202);
    await t.http().post('/api/auth/password-reset').send({ email: 'nobody-at-all@example.org' }).expect(202);
    const message = await inbox.waitFor(person.email, 'account.password-reset');
    expect(message.text).toContain('60 minutes');
    const link = linkIn(message, '/#/reset-password?token=');
    expect(link.startsWith(`${PUBLIC_URL}/#/reset-password?token=`)).toBe(true);
    const token = new URL(link.replace('/#/', '/')).searchParams.get('token') ?? '';

    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'password123' }).expect(400);
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'a-fresh-Passphrase-2026' }).expect(204);
    await t.http().get('/api/me').set(bearer(person)).expect(401);
    await t.http().get('/api/me').set(bearer(secondSession)).expect(401);
    await t.http().post('/api/auth/login').send({ email: person.email, password: STRONG_PASSWORD }).expect(401);
    const after = await t.http().post('/api/auth/login').send({ email: person.email, password: 'a-fresh-Passphrase-2026' }).expect(200);
    // The link proved the address.
    expect(after.body.user.emailVerified).toBe(true);
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'another-fresh-Passphrase-7' }).expect(400);
  });

  it('refuses an expired reset link', async () => {
    const person = await signUp(t);
    await t.http().post('/api/auth/password-reset').send({ email: person.email }).expect(202);
    const token = tokenIn(await inbox.waitFor(person.email, 'account.password-reset'));
    await db.query(`UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password-reset'`, [person.id]);
    await t.http().post('/api/auth/password-reset/confirm').send({ token, password: 'a-fresh-Passphrase-2026' }).expect(400);
    await t.http().post('/api/auth/login').send({ email: person.email, password: STRONG_PASSWORD }).expect(200);
  });

  it('rate limits reset requests per email, known or not, with the same answer', async () => {
    const email = `limit-${Date.now()}@example.org`;
    for (let i = 0; i < 5; i += 1) await t.http().post('/api/auth/password-reset').send({ email }).expect(202);
    await t.http().post('/api/auth/password-reset').send({ email }).expect(429);
    await t.http().post('/api/auth/password-reset').send({ email: 'not an email' }).expect(400);
  });

  it('changes the password: a wrong current one is 400; other sessions end, this one lives', async () => {
    const person = await signUp(t);
    const other = (await t.http().post('/api/auth/login').send({ email: person.email, password: STRONG_PASSWORD }).expect(200)).body as { accessToken: string };
    await t.http().put('/api/me/password').set(bearer(person)).send({ currentPassword: 'wrong-password-here', newPassword: 'a-fresh-Passphrase-2026' }).expect(400);
    await t.http().put('/api/me/password').set(bearer(person)).send({ currentPassword: STRONG_PASSWORD, newPassword: 'password123' }).expect(400);
    await t.http().get('/api/me').set(bearer(other)).expect(200);
    await t.http().put('/api/me/password').set(bearer(person)).send({ currentPassword: STRONG_PASSWORD, newPassword: 'a-fresh-Passphrase-2026' }).expect(204);
    await t.http().get('/api/me').set(bearer(person)).expect(200);
    await t.http().get('/api/me').set(bearer(other)).expect(401);
    await t.http().post('/api/auth/login').send({ email: person.email, password: 'a-fresh-Passphrase-2026' }).expect(200);
  });

  it('attaches to a confirmed meetup the same .ics as GET /api/meetups/:id/ics, and it parses', async () => {
    const { migrant, host } = await verifiedPair();
    const match = await activeMatch(t, migrant, host);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(17, 0, 0, 0);
    const meetup = await t.http().post(`/api/matches/${match.id}/meetups`).set(bearer(migrant)).send({ startsAt: startsAt.toISOString(), durationMinutes: 90, place: 'Central Library' }).expect(201);
    await inbox.waitFor(host.email, 'meetup.proposed');
    await t.http().post(`/api/meetups/${meetup.body.id as string}/accept`).set(bearer(host)).expect(200);

    const message = await inbox.waitFor(migrant.email, 'meetup.confirmed');
    expect(message.text).toContain('Joost');
    const attachment = message.attachments.find((a) => a.filename === 'meetup.ics');
    expect(attachment?.contentType).toBe('text/calendar');
    const ics = attachment?.content.toString('utf8') ?? '';
    const served = await t.http().get(`/api/meetups/${meetup.body.id as string}/ics`).set(bearer(migrant)).expect(200);
    expect(ics).toBe(served.text);
    const events = Object.values(ical.sync.parseICS(ics)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    expect(events[0].start.toISOString()).toBe(startsAt.toISOString());
    expect(events[0].location).toBe('Central Library');
  });

  it('delays an email the server refuses for a while, and loses none', async () => {
    const { migrant, host } = await verifiedPair();
    // The sign-up's verification email must not take one of the refusals meant for the proposal.
    await inbox.waitFor(host.email, 'account.verify-email');
    inbox.refuseNext(2, host.email);
    await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);
    await eventually(async () => expect((await emailsOf(host.id, 'match.proposed'))[0]?.last_error).toContain('Mailbox busy'), 10_000);
    expect((await emailsOf(host.id, 'match.proposed'))[0].state).toBe('queued');
    await inbox.waitFor(host.email, 'match.proposed', 60_000);
    expect(inbox.refused()).toBe(2);
    expect(await emailsOf(host.id, 'match.proposed')).toEqual([{ state: 'sent', attempts: 3, last_error: null }]);
    expect(inbox.to(host.email).filter((m) => emailType(m) === 'match.proposed')).toHaveLength(1);
  }, 90_000);

  it("shows staff a person's recent emails without bodies; another organisation's staff get 404", async () => {
    const { migrant, host, staff } = await verifiedPair();
    await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);
    await inbox.waitFor(host.email, 'match.proposed');
    const list = await t.http().get(`/api/staff/users/${host.id}/emails`).set(bearer(staff)).expect(200);
    expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'match.proposed', state: 'sent', subject: 'Amal would like to meet you', lastError: null })]));
    expect(Object.keys(list.body[0] as object).sort()).toEqual(['attempts', 'createdAt', 'id', 'lastError', 'sentAt', 'state', 'subject', 'type']);

    const admin = await createStaff(t, { role: 'admin' });
    const elsewhere = await createOrganisation(t, { name: 'Croix-Rouge de Belgique', countryCode: 'BE' });
    const stranger = await createStaff(t, { organisationId: elsewhere.id });
    await t.http().get(`/api/staff/users/${host.id}/emails`).set(bearer(stranger)).expect(404);
    await t.http().get(`/api/staff/users/${host.id}/emails`).set(bearer(admin)).expect(200);
    await t.http().get(`/api/staff/users/${host.id}/emails`).set(bearer(host)).expect(403);
  });

  it('nudges an incomplete profile and an unanswered proposal after three days, once each', async () => {
    const { migrant, host } = await verifiedPair();
    const waiting = await signUp(t, { displayName: 'Nadia' });
    await markVerified(waiting);
    await db.query(`UPDATE users SET created_at = now() - interval '4 days' WHERE id = $1`, [waiting.id]);
    const proposal = await proposeMatch(t, migrant, host, { acceptedByMigrant: true, proposedBy: migrant.id });
    await db.query(`UPDATE matches SET created_at = now() - interval '4 days' WHERE id = $1`, [proposal.id]);

    const nudges = t.app.get(EmailNudgesJob);
    expect(await nudges.sendNudges()).toBeGreaterThanOrEqual(2);
    expect(await nudges.sendNudges()).toBe(0);
    const profileNudge = await inbox.waitFor(waiting.email, 'nudge.profile-incomplete');
    expect(profileNudge.text).toContain(`${PUBLIC_URL}/#/profile`);
    const proposalNudge = await inbox.waitFor(host.email, 'nudge.proposal-waiting');
    expect(proposalNudge.subject).toBe('Amal is waiting for your answer');
    expect(await emailsOf(migrant.id, 'nudge.proposal-waiting')).toEqual([]);
  });

  it('emails unread chat messages after 15 minutes without a socket, once an hour per conversation', async () => {
    const { migrant, host } = await verifiedPair();
    const match = await activeMatch(t, migrant, host);
    await db.query(`INSERT INTO messages (match_id, seq, sender_id, client_id, body, created_at) VALUES ($1, 1, $2, gen_random_uuid(), 'Hello!', now() - interval '20 minutes'), ($1, 2, $2, gen_random_uuid(), 'Are you there?', now() - interval '16 minutes')`, [match.id, migrant.id]);
    const job = t.app.get(EmailNudgesJob);
    expect(await job.sendChatUnread()).toBeGreaterThanOrEqual(1);
    const message = await inbox.waitFor(host.email, 'chat.unread');
    expect(message.text).toContain('You have 2 unread messages from Amal.');
    expect(await job.sendChatUnread()).toBe(0);
    expect(await emailsOf(migrant.id, 'chat.unread')).toEqual([]);
  });
});

describe('Email without SMTP_URL', () => {
  let t: TestApp;
  afterAll(async () => {
    await t.close();
  });

  it('writes each email as an .eml file under DATA_DIR/outbox', async () => {
    t = await startTestApp({ JOB_POLLING_INTERVAL_SECONDS: '1' });
    const person = await signUp(t, { locale: 'nl' });
    const folder = join(t.config.dataDir, 'outbox');
    const file = await eventually(() => {
      const names = readdirSync(folder).filter((name) => name.endsWith('.eml'));
      expect(names).toHaveLength(1);
      return Promise.resolve(join(folder, names[0]));
    }, 15_000);
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.subject).toBe('Bevestig je e-mailadres');
    expect(parsed.text).toContain(`http://localhost:${t.config.port}/#/verify-email?token=`);
    expect(String(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '')).toBe(person.email);
  });
});
