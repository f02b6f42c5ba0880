import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { compileTrust, type TrustedProxies } from '../common/client-address.js';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/** The environment as the process receives it; validated once at boot. */
class EnvironmentVariables {
  @IsOptional() @IsIn(['development', 'production', 'test']) NODE_ENV?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false }) DATABASE_URL?: string;
  @IsOptional() @IsString() DATA_DIR?: string;
  @IsOptional() @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false }) REDIS_URL?: string;
  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' }) JWT_SECRET?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SESSION_TTL_DAYS?: number;
  @IsOptional() @IsEmail({}, { message: 'STAFF_EMAIL must be an email address' }) STAFF_EMAIL?: string;
  @IsOptional() @IsString() STAFF_PASSWORD?: string;
  @IsOptional() @IsString() STAFF_NAME?: string;
  @IsOptional() @IsIn(['required', 'optional'], { message: 'STAFF_TWO_FACTOR must be "required" or "optional"' }) STAFF_TWO_FACTOR?: string;
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(100) MATCH_MIN_SCORE?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(16) ROUND_WORKERS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) MATCH_PROPOSAL_TTL_DAYS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_EMAIL?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_FAILURES_PER_ADDRESS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_FAILURE_WINDOW_MINUTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_PER_USER?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_PER_ADDRESS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SIGNUP_RATE_LIMIT?: number;
  @IsOptional() @IsIn(['on', 'off'], { message: 'SCHEDULED_JOBS must be "on" or "off"' }) SCHEDULED_JOBS?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(60) JOB_POLLING_INTERVAL_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) CHAT_RATE_LIMIT_BURST?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) CHAT_RATE_LIMIT_PER_SECOND?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SOCKETS_PER_PERSON?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) HANDSHAKES_PER_ADDRESS?: number;
  @IsOptional() @IsString() TRUST_PROXY?: string;
  @IsOptional() @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true }, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' }) SMTP_URL?: string;
  @IsOptional() @IsString() @MinLength(3) MAIL_FROM?: string;
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an http:// or https:// URL' }) PUBLIC_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) PASSWORD_RESET_MAX_PER_EMAIL?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) PASSWORD_RESET_MAX_PER_ADDRESS?: number;
  @IsOptional() @Transform(toInt) @IsInt({ message: 'RETENTION_MESSAGE_DAYS must be a whole number of days' }) @Min(1, { message: 'RETENTION_MESSAGE_DAYS must be at least 1' }) RETENTION_MESSAGE_DAYS?: number;
  @IsOptional() @Transform(toInt) @IsInt({ message: 'RETENTION_NOTIFICATION_DAYS must be a whole number of days' }) @Min(1, { message: 'RETENTION_NOTIFICATION_DAYS must be at least 1' }) RETENTION_NOTIFICATION_DAYS?: number;
  /** At least 30: an email's idempotency key must outlive every occasion that could queue it again (the longest is 14 days). */
  @IsOptional() @Transform(toInt) @IsInt({ message: 'RETENTION_EMAIL_DAYS must be a whole number of days' }) @Min(30, { message: 'RETENTION_EMAIL_DAYS must be at least 30' }) RETENTION_EMAIL_DAYS?: number;
  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL?: string;
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{87}$/, { message: 'VAPID_PUBLIC_KEY must be a base64url P-256 public key (87 characters)' }) VAPID_PUBLIC_KEY?: string;
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'VAPID_PRIVATE_KEY must be a base64url P-256 private key (43 characters)' }) VAPID_PRIVATE_KEY?: string;
  @IsOptional() @Matches(/^(https:\/\/|mailto:)\S+$/, { message: 'VAPID_SUBJECT must be an https:// URL or a mailto: address' }) VAPID_SUBJECT?: string;
}

export type NodeEnvironment = 'development' | 'production' | 'test';

/** Typed, validated configuration: the only place the environment is read. */
export class AppConfig {
  readonly nodeEnv: NodeEnvironment;
  readonly port: number;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly redisUrl: string | undefined;
  readonly jwtSecret: string;
  readonly sessionTtlDays: number;
  readonly staffBootstrap: { email: string; password: string; name: string } | undefined;
  /** Whether coordinators and admins must sign in with a second factor (required: until they enrol, only their account basics answer). */
  readonly staffTwoFactor: 'required' | 'optional';
  readonly corsOrigins: string[];
  readonly matchMinScore: number;
  /** Worker threads a matching round evaluates and solves on; undefined: one per core, up to 4. 0: in the main thread. */
  readonly roundWorkers: number | undefined;
  readonly matchProposalTtlDays: number;
  readonly loginLimits: { perEmail: number; perAddress: number; windowMinutes: number };
  readonly rateLimits: { perUserPerMinute: number; perAddressPerMinute: number; signupsPerMinute: number };
  /** Per person, whatever number of sockets they open: a burst of chat events, then a steady rate. */
  readonly chatRateLimit: { burst: number; perSecond: number };
  /** Open sockets one person may hold at once, and socket handshakes one address may start a minute. */
  readonly socketLimits: { perPerson: number; handshakesPerAddressPerMinute: number };
  /**
   * Express's `trust proxy`: the proxies whose X-Forwarded-For is believed (false: none, the client's
   * own address counts; a number: that many hops; a list: addresses, CIDRs or loopback/linklocal/uniquelocal).
   */
  readonly trustProxy: TrustedProxies;
  readonly logLevel: string;
  /** Whether this process puts the job catalogue's schedules in place (off: jobs run only when sent). */
  readonly scheduledJobs: boolean;
  /** How often each process's job workers look for queued jobs. */
  readonly jobPollingIntervalSeconds: number;
  /** Email: the SMTP server (undefined: each email is written under DATA_DIR/outbox), the sender, and where links point. */
  readonly mail: { smtpUrl: string | undefined; from: string; publicUrl: string };
  /** Password-reset requests allowed per email and per address in an hour. */
  readonly passwordResetLimits: { perEmail: number; perAddress: number };
  /** Days kept: message bodies and check-in comments after their match ended, notifications and email records after they were made. */
  readonly retention: { messageDays: number; notificationDays: number; emailDays: number };
  /** Web Push: the VAPID key pair (undefined: generated once into DATA_DIR) and the contact push services see. */
  readonly push: { vapidKeys: { publicKey: string; privateKey: string } | undefined; subject: string };

  constructor(values: Omit<AppConfig, never>) {
    Object.assign(this, values);
  }

  /** The same configuration pointing at a resolved database (the embedded one, or a test database). */
  withDatabaseUrl(databaseUrl: string): AppConfig {
    return new AppConfig({ ...this, databaseUrl });
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, emptyToUndefined(env));
  const errors = validateSync(raw, { whitelist: false });
  if (errors.length > 0) {
    const messages = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new ConfigError(`Invalid configuration:\n  - ${messages.join('\n  - ')}`);
  }
  const nodeEnv = (raw.NODE_ENV ?? 'development') as NodeEnvironment;
  const dataDir = resolve(raw.DATA_DIR ?? './data');
  return new AppConfig({
    nodeEnv,
    port: raw.PORT ?? 3000,
    databaseUrl: raw.DATABASE_URL,
    dataDir,
    redisUrl: raw.REDIS_URL,
    jwtSecret: raw.JWT_SECRET ?? developmentSecret(nodeEnv, dataDir),
    sessionTtlDays: raw.SESSION_TTL_DAYS ?? 30,
    staffBootstrap: staffBootstrap(raw),
    staffTwoFactor: (raw.STAFF_TWO_FACTOR ?? (nodeEnv === 'production' ? 'required' : 'optional')) as AppConfig['staffTwoFactor'],
    corsOrigins: (raw.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''),
    matchMinScore: raw.MATCH_MIN_SCORE ?? 20,
    roundWorkers: raw.ROUND_WORKERS,
    matchProposalTtlDays: raw.MATCH_PROPOSAL_TTL_DAYS ?? 7,
    loginLimits: {
      perEmail: raw.LOGIN_MAX_FAILURES_PER_EMAIL ?? 10,
      perAddress: raw.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 30,
      windowMinutes: raw.LOGIN_FAILURE_WINDOW_MINUTES ?? 15,
    },
    rateLimits: {
      perUserPerMinute: raw.RATE_LIMIT_PER_USER ?? 300,
      perAddressPerMinute: raw.RATE_LIMIT_PER_ADDRESS ?? 1000,
      signupsPerMinute: raw.SIGNUP_RATE_LIMIT ?? 100,
    },
    chatRateLimit: { burst: raw.CHAT_RATE_LIMIT_BURST ?? 30, perSecond: raw.CHAT_RATE_LIMIT_PER_SECOND ?? 5 },
    socketLimits: { perPerson: raw.SOCKETS_PER_PERSON ?? 10, handshakesPerAddressPerMinute: raw.HANDSHAKES_PER_ADDRESS ?? 300 },
    trustProxy: trustProxy(raw.TRUST_PROXY),
    logLevel: raw.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    scheduledJobs: (raw.SCHEDULED_JOBS ?? 'on') === 'on',
    jobPollingIntervalSeconds: raw.JOB_POLLING_INTERVAL_SECONDS ?? 2,
    mail: {
      smtpUrl: raw.SMTP_URL,
      from: raw.MAIL_FROM ?? 'Common Ground <no-reply@localhost>',
      publicUrl: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT ?? 3000}`).replace(/\/+$/, ''),
    },
    passwordResetLimits: { perEmail: raw.PASSWORD_RESET_MAX_PER_EMAIL ?? 5, perAddress: raw.PASSWORD_RESET_MAX_PER_ADDRESS ?? 20 },
    retention: {
      messageDays: raw.RETENTION_MESSAGE_DAYS ?? 180,
      notificationDays: raw.RETENTION_NOTIFICATION_DAYS ?? 365,
      emailDays: raw.RETENTION_EMAIL_DAYS ?? 90,
    },
    push: vapid(raw.VAPID_PUBLIC_KEY, raw.VAPID_PRIVATE_KEY, raw.VAPID_SUBJECT, raw.MAIL_FROM, raw.PUBLIC_URL),
  } as AppConfig);
}

/** Both VAPID keys or neither; the subject defaults to PUBLIC_URL (https) or the sender's address. */
function vapid(publicKey: string | undefined, privateKey: string | undefined, subject: string | undefined, mailFrom: string | undefined, publicUrl: string | undefined): AppConfig['push'] {
  if ((publicKey === undefined) !== (privateKey === undefined)) throw new ConfigError('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together (or neither, to generate a pair into DATA_DIR)');
  const sender = /[^\s<>@]+@[^\s<>@]+/.exec(mailFrom ?? '')?.[0] ?? 'no-reply@localhost';
  const fallback = publicUrl?.startsWith('https://') === true ? publicUrl.replace(/\/+$/, '') : `mailto:${sender}`;
  return { vapidKeys: publicKey === undefined || privateKey === undefined ? undefined : { publicKey, privateKey }, subject: subject ?? fallback };
}

function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

function staffBootstrap(raw: EnvironmentVariables): AppConfig['staffBootstrap'] {
  if (raw.STAFF_EMAIL === undefined && raw.STAFF_PASSWORD === undefined) return undefined;
  if (raw.STAFF_EMAIL === undefined || raw.STAFF_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration:\n  - STAFF_EMAIL and STAFF_PASSWORD are set together (the first staff account needs both)');
  }
  return { email: raw.STAFF_EMAIL, password: raw.STAFF_PASSWORD, name: raw.STAFF_NAME ?? 'Staff' };
}

/** Unset or 0: trust no proxy. A whole number: that many hops. Otherwise a comma list Express accepts. */
export function trustProxy(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const trusted = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (trusted.some((entry) => entry.toLowerCase() === 'true')) {
    throw new ConfigError('Invalid configuration:\n  - TRUST_PROXY=true would believe any client\'s X-Forwarded-For; name the proxies (addresses, CIDRs, loopback) or a number of hops');
  }
  try {
    compileTrust(trusted);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  - TRUST_PROXY: ${(error as Error).message} (expected a number of hops or a comma list of addresses, CIDRs, loopback, linklocal, uniquelocal)`);
  }
  return trusted;
}

/** Outside production a secret is generated once and kept beside the data, so sessions survive restarts. */
function developmentSecret(nodeEnv: NodeEnvironment, dataDir: string): string {
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production (at least 32 random characters).');
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
