import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import { bearer, createStaff, eventually, pairOfPeople, proposeMatch, verifyHost, type SignedUpUser } from './support/factories.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { browserSubscription, decryptPush, startFakePushService, verifyVapid, type BrowserSubscription, type FakePushService } from './support/web-push.js';

describe('Web Push', () => {
  let database: TestDatabase;
  let dataDir: string;
  let t: TestApp;
  let db: DataSource;
  let pushService: FakePushService;
  let publicKey: string;

  beforeAll(async () => {
    pushService = await startFakePushService();
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'cg-push-'));
    t = await startTestApp({ DATA_DIR: dataDir, JOB_POLLING_INTERVAL_SECONDS: '1', VAPID_SUBJECT: 'mailto:hello@cg.example.org' }, database);
    db = t.app.get(DataSource);
    publicKey = String((await t.http().get('/api/push/public-key').expect(200)).body.publicKey);
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
    await pushService.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function subscribed(user: SignedUpUser, name: string): Promise<BrowserSubscription> {
    const subscription = browserSubscription(pushService.endpoint(name));
    await t.http().post('/api/me/push-subscriptions').set(bearer(user)).send({ endpoint: subscription.endpoint, keys: subscription.keys, expirationTime: null }).expect(201);
    return subscription;
  }
  async function verifiedPair(): Promise<{ migrant: SignedUpUser; host: SignedUpUser }> {
    const { migrant, host } = await pairOfPeople(t);
    await verifyHost(t, await createStaff(t), host);
    return { migrant, host };
  }
  const sentTo = (name: string) => pushService.received.filter((message) => message.path === `/push/${name}`);
  const subscriptionsOf = (userId: string): Promise<Array<{ endpoint: string }>> => db.query(`SELECT endpoint FROM push_subscriptions WHERE user_id = $1`, [userId]);

  it('gives the VAPID public key to anyone, generated once into DATA_DIR (readable by the app only)', async () => {
    await t.http().get('/api/push/public-key').expect(200, { publicKey });
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    expect(statSync(join(dataDir, 'vapid-keys.json')).mode & 0o777).toBe(0o600);
  });

  it('keeps the same keys across a restart on the same DATA_DIR, and takes them from the environment when set', async () => {
    const restarted = await startTestApp({ DATA_DIR: dataDir }, database);
    try {
      expect((await restarted.http().get('/api/push/public-key').expect(200)).body).toEqual({ publicKey });
    } finally {
      await restarted.close();
    }
    const configured = webpush.generateVAPIDKeys();
    const fromEnvironment = await startTestApp({ VAPID_PUBLIC_KEY: configured.publicKey, VAPID_PRIVATE_KEY: configured.privateKey }, database);
    try {
      expect((await fromEnvironment.http().get('/api/push/public-key').expect(200)).body).toEqual({ publicKey: configured.publicKey });
    } finally {
      await fromEnvironment.close();
    }
  });

  it('refuses subscriptions that are not a push service and browser keys (400), keeps and removes the caller’s own', async () => {
    const { migrant, host } = await pairOfPeople(t);
    const good = browserSubscription(pushService.endpoint('validation'));
    const post = (body: unknown) => t.http().post('/api/me/push-subscriptions').set(bearer(migrant)).send(body as object);
    await t.http().post('/api/me/push-subscriptions').send({ endpoint: good.endpoint, keys: good.keys }).expect(401);
    const refused = [
      {},
      { endpoint: good.endpoint },
      { endpoint: 'http://push.example.org/x', keys: good.keys },
      { endpoint: 'javascript:alert(1)', keys: good.keys },
      { endpoint: `https://push.example.org/${'a'.repeat(2100)}`, keys: good.keys },
      { endpoint: good.endpoint, keys: { p256dh: good.keys.p256dh, auth: 'short' } },
      { endpoint: good.endpoint, keys: { p256dh: 'not base64url!', auth: good.keys.auth } },
      { endpoint: good.endpoint, keys: { p256dh: good.keys.p256dh.slice(0, 40), auth: good.keys.auth } },
      { endpoint: good.endpoint, keys: good.keys, extra: true },
      { endpoint: good.endpoint, keys: [good.keys] },
    ];
    for (const body of refused) await post(body).expect(400);
    expect(await subscriptionsOf(migrant.id)).toEqual([]);

    await post({ endpoint: good.endpoint, keys: good.keys }).expect(201);
    await post({ endpoint: good.endpoint, keys: good.keys }).expect(201);
    expect(await subscriptionsOf(migrant.id)).toEqual([{ endpoint: good.endpoint }]);

    // Someone else cannot remove it; the owner can (both 204: nothing is said about others' devices).
    await t.http().delete('/api/me/push-subscriptions').set(bearer(host)).send({ endpoint: good.endpoint }).expect(204);
    expect(await subscriptionsOf(migrant.id)).toHaveLength(1);
    await t.http().delete('/api/me/push-subscriptions').set(bearer(migrant)).send({}).expect(400);
    await t.http().delete('/api/me/push-subscriptions').set(bearer(migrant)).send({ endpoint: good.endpoint }).expect(204);
    expect(await subscriptionsOf(migrant.id)).toEqual([]);
  });

  it('delivers a notification end to end: VAPID-signed, encrypted for the device, decrypted to the words of the email', async () => {
    const { migrant, host } = await verifiedPair();
    const device = await subscribed(host, 'host-phone');
    const asked = await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);

    const [message] = await eventually(() => {
      const messages = sentTo('host-phone');
      expect(messages).toHaveLength(1);
      return Promise.resolve(messages);
    }, 15_000);
    const claims = verifyVapid(message.headers.authorization, publicKey);
    expect(claims.aud).toBe(pushService.origin);
    expect(claims.sub).toBe('mailto:hello@cg.example.org');
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(message.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(message.headers.ttl)).toBeGreaterThan(0);
    expect(JSON.parse(decryptPush(message.body, device))).toEqual({
      type: 'match.proposed',
      title: 'Amal would like to meet you',
      body: 'See the proposal',
      url: `/#/matches/${asked.body.id as string}`,
    });
    // The one who asked has no device subscribed; the recipient's device is marked as reached,
    // once the push service's answer is back (the test's push service may be read before that).
    await eventually(async () => expect(await db.query(`SELECT last_success_at IS NOT NULL AS reached FROM push_subscriptions WHERE user_id = $1`, [host.id])).toEqual([{ reached: true }]), 5_000);
  });

  it('pushes nothing of a type the person turned off (the email choice covers both)', async () => {
    const { migrant, host } = await verifiedPair();
    await subscribed(host, 'quiet-host');
    const migrantDevice = await subscribed(migrant, 'loud-migrant');
    await t.http().put('/api/me/preferences').set(bearer(host)).send({ email: { 'match.proposed': false } }).expect(200);
    const proposal = await proposeMatch(t, migrant, host);
    await eventually(async () => expect(await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'match.proposed'`, [host.id])).toEqual([{ n: 1 }]), 10_000);
    // The migrant, who kept match.proposed on, is told; by then the host's job would have run too.
    const [toMigrant] = await eventually(() => {
      const messages = sentTo('loud-migrant');
      expect(messages).toHaveLength(1);
      return Promise.resolve(messages);
    }, 15_000);
    expect(JSON.parse(decryptPush(toMigrant.body, migrantDevice))).toMatchObject({ type: 'match.proposed', url: `/#/matches/${proposal.id}` });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(sentTo('quiet-host')).toHaveLength(0);
  });

  it('ends a device’s notifications with the session that subscribed it: a shared phone is silent once its person logs out', async () => {
    const { migrant, host } = await verifiedPair();
    await subscribed(host, 'shared-phone');
    expect(await subscriptionsOf(host.id)).toHaveLength(1);
    await t.http().post('/api/auth/logout').set(bearer(host)).expect(204);
    await eventually(async () => expect(await subscriptionsOf(host.id)).toEqual([]), 10_000);
    await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);
    await eventually(async () => expect(await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND type = 'match.proposed'`, [host.id])).toEqual([{ n: 1 }]), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(sentTo('shared-phone')).toHaveLength(0);
  });

  it('forgets a device the push service calls gone (410)', async () => {
    const { migrant, host } = await verifiedPair();
    await subscribed(host, 'gone-phone');
    pushService.answer.set('/push/gone-phone', 410);
    expect(await subscriptionsOf(host.id)).toHaveLength(1);
    await t.http().post('/api/matches').set(bearer(migrant)).send({ partnerId: host.id }).expect(201);
    await eventually(async () => expect(await subscriptionsOf(host.id)).toEqual([]), 15_000);
    expect(sentTo('gone-phone')).toHaveLength(1);
  });

  it('lists a person’s devices in the export by push service only, and erases them with the account', async () => {
    const { migrant } = await pairOfPeople(t);
    const device = await subscribed(migrant, 'exported');
    const exported = await t.http().get('/api/me/export').set(bearer(migrant)).expect(200);
    expect(exported.body.pushSubscriptions).toEqual([{ pushService: new URL(pushService.origin).host, createdAt: expect.any(String) as string, lastSuccessAt: null, lastFailureAt: null }]);
    expect(JSON.stringify(exported.body)).not.toContain(device.keys.auth);
    expect(JSON.stringify(exported.body)).not.toContain('/push/exported');
    await t.http().delete('/api/me').set(bearer(migrant)).send({ password: migrant.password }).expect(204);
    expect(await subscriptionsOf(migrant.id)).toEqual([]);
  });
});
