import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  const made: string[] = [];
  const dataDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-config-'));
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('applies the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.port).toBe(3000);
    expect(config.matchMinScore).toBe(20);
    expect(config.roundWorkers).toBeUndefined();
    expect(config.matchProposalTtlDays).toBe(7);
    expect(config.scheduledJobs).toBe(true);
    expect(config.jobPollingIntervalSeconds).toBe(2);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.corsOrigins).toEqual([]);
  });

  it('trusts no proxy unless TRUST_PROXY names them, in the forms Express accepts', () => {
    const trust = (value?: string): unknown => loadConfig({ DATA_DIR: dataDir(), ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('loopback, 10.0.0.0/8, 2001:db8::1')).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
    expect(() => trust('proxy.example.org')).toThrow(/TRUST_PROXY: invalid IP address: proxy.example.org/);
    expect(() => trust('true')).toThrow(/TRUST_PROXY=true would believe any client/);
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/JWT_SECRET is required/);
  });

  it('generates a development secret once and keeps it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('refuses a staff bootstrap it cannot use, naming the variable', () => {
    expect(() => loadConfig({ STAFF_EMAIL: 'not-an-email', STAFF_PASSWORD: 'a-long-enough-passphrase', DATA_DIR: dataDir() })).toThrow(/STAFF_EMAIL must be an email address/);
    expect(() => loadConfig({ STAFF_EMAIL: 'coordinator@example.org', DATA_DIR: dataDir() })).toThrow(/STAFF_EMAIL and STAFF_PASSWORD/);
    expect(() => loadConfig({ STAFF_PASSWORD: 'a-long-enough-passphrase', DATA_DIR: dataDir() })).toThrow(/STAFF_EMAIL and STAFF_PASSWORD/);
    expect(loadConfig({ STAFF_EMAIL: 'coordinator@example.org', STAFF_PASSWORD: 'a-long-enough-passphrase', DATA_DIR: dataDir() }).staffBootstrap).toEqual({
      email: 'coordinator@example.org',
      password: 'a-long-enough-passphrase',
      name: 'Staff',
    });
  });

  it('requires staff two-factor sign-in in production unless told otherwise, and takes only its two values', () => {
    const secret = 'a-production-secret-of-forty-characters!';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: dataDir() }).staffTwoFactor).toBe('required');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, STAFF_TWO_FACTOR: 'optional', DATA_DIR: dataDir() }).staffTwoFactor).toBe('optional');
    expect(loadConfig({ DATA_DIR: dataDir() }).staffTwoFactor).toBe('optional');
    expect(loadConfig({ NODE_ENV: 'test', STAFF_TWO_FACTOR: 'required', DATA_DIR: dataDir() }).staffTwoFactor).toBe('required');
    expect(() => loadConfig({ STAFF_TWO_FACTOR: 'yes', DATA_DIR: dataDir() })).toThrow(/STAFF_TWO_FACTOR must be "required" or "optional"/);
  });

  it('rejects malformed values with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATA_DIR: dataDir() })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', DATA_DIR: dataDir() })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ JWT_SECRET: 'short', DATA_DIR: dataDir() })).toThrow(/at least 32/);
  });

  it('keeps data for the documented retention periods unless told otherwise, and refuses periods it cannot honour', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).retention).toEqual({ messageDays: 180, notificationDays: 365, emailDays: 90 });
    const shorter = loadConfig({ RETENTION_MESSAGE_DAYS: '30', RETENTION_NOTIFICATION_DAYS: '60', RETENTION_EMAIL_DAYS: '45', DATA_DIR: dataDir() });
    expect(shorter.retention).toEqual({ messageDays: 30, notificationDays: 60, emailDays: 45 });
    expect(() => loadConfig({ RETENTION_MESSAGE_DAYS: '0', DATA_DIR: dataDir() })).toThrow(/RETENTION_MESSAGE_DAYS must be at least 1/);
    expect(() => loadConfig({ RETENTION_NOTIFICATION_DAYS: 'a year', DATA_DIR: dataDir() })).toThrow(/RETENTION_NOTIFICATION_DAYS must be a whole number/);
    expect(() => loadConfig({ RETENTION_EMAIL_DAYS: '7', DATA_DIR: dataDir() })).toThrow(/RETENTION_EMAIL_DAYS must be at least 30/);
  });

  it('parses numbers and lists', () => {
    const config = loadConfig({ PORT: '8080', CORS_ORIGINS: 'https://a.org, https://b.org', MATCH_MIN_SCORE: '35', ROUND_WORKERS: '1', DATA_DIR: dataDir() });
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['https://a.org', 'https://b.org']);
    expect(config.matchMinScore).toBe(35);
    expect(config.roundWorkers).toBe(1);
    expect(loadConfig({ ROUND_WORKERS: '0', DATA_DIR: dataDir() }).roundWorkers).toBe(0);
    expect(() => loadConfig({ ROUND_WORKERS: 'many', DATA_DIR: dataDir() })).toThrow(/ROUND_WORKERS/);
    expect(() => loadConfig({ ROUND_WORKERS: '-1', DATA_DIR: dataDir() })).toThrow(/ROUND_WORKERS/);
  });
});
