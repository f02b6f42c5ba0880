import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Outbox } from '../outbox/outbox.js';
import { AppConfig } from '../config/app-config.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { authErrors } from './auth-errors.js';
import { AccountCreation, type NewAccount } from './account-creation.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { SessionsRepository } from './sessions.repository.js';
import { TwoFactorSignIn } from './two-factor/two-factor-sign-in.js';

export interface ClientInfo {
  address: string;
  userAgent: string | null;
}

export interface SignedIn {
  accessToken: string;
  user: UserEntity;
}

interface TokenClaims {
  sub: string;
  sid: string;
}

const DAY_MS = 86_400_000;
const BAD_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly loginFailures: LoginFailuresRepository,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly accounts: AccountCreation,
    private readonly uow: UnitOfWork,
    private readonly twoFactor: TwoFactorSignIn,
  ) {}

  async signup(input: { email: string; password: string; displayName: string; role: 'migrant' | 'host'; locale?: string }, client: ClientInfo): Promise<SignedIn> {
    // The account and the event that sends its verification link commit together.
    const user = await this.uow.transaction(async () => {
      const created = await this.createAccount({ ...input, termsAcceptedAt: this.clock.now() });
      await this.outbox.record('user.signed-up', { userId: created.id });
      return created;
    });
    return this.startSession(user, client);
  }

  /** Creates any account (staff too, for the bootstrap); the caller decides who may. */
  createAccount(input: NewAccount): Promise<UserEntity> {
    return this.accounts.create(input);
  }

  /** `code`: the second factor, for someone who turned it on (checked only once the password is right). */
  async login(email: string, password: string, client: ClientInfo, code?: string): Promise<SignedIn> {
    const emailKey = email.trim().toLowerCase();
    await this.refuseWhenTooManyFailures(emailKey, client.address);
    const user = await this.users.findByEmail(emailKey);
    const valid = user !== null && user.passwordHash !== null ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
    if (user === null || !valid) {
      await this.loginFailures.recordFailure(emailKey, client.address);
      throw authErrors.refusal('auth.bad-credentials', BAD_CREDENTIALS);
    }
    await this.twoFactor.requireSecondFactor(user, code, client.address);
    return this.startSession(user, client);
  }

  async logout(sessionId: string, userId: string): Promise<void> {
    await this.uow.transaction(async () => {
      await this.sessions.revokeSession(sessionId, this.clock.now());
      await this.outbox.record('session.ended', { sessionId, userId });
    });
  }

  /** The one token check, used by HTTP and Socket.IO alike. Undefined for anything not a live session. */
  async authenticate(token: string): Promise<{ user: UserEntity; sessionId: string } | undefined> {
    const claims = await this.verifyToken(token);
    if (claims === undefined) return undefined;
    const session = await this.sessions.findUsableSession(claims.sid, claims.sub, this.clock.now());
    if (session === null) return undefined;
    const user = await this.users.findById(claims.sub);
    if (user === null || user.erasedAt !== null) return undefined;
    return { user, sessionId: session.id };
  }

  private async verifyToken(token: string): Promise<TokenClaims | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<TokenClaims>>(token, { algorithms: ['HS256'] });
      const uuid = /^[0-9a-f-]{36}$/i;
      if (typeof claims.sub === 'string' && typeof claims.sid === 'string' && uuid.test(claims.sub) && uuid.test(claims.sid)) {
        return { sub: claims.sub, sid: claims.sid };
      }
      return undefined;
    } catch {
      return undefined;
    }
  }

  private async startSession(user: UserEntity, client: ClientInfo): Promise<SignedIn> {
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlDays * DAY_MS);
    const session = await this.sessions.createSession({ userId: user.id, expiresAt, userAgent: client.userAgent?.slice(0, 300) ?? null, address: client.address });
    const claims: TokenClaims = { sub: user.id, sid: session.id };
    const accessToken = await this.jwt.signAsync(claims, { algorithm: 'HS256', expiresIn: `${this.config.sessionTtlDays}d` });
    return { accessToken, user };
  }

  private async refuseWhenTooManyFailures(emailKey: string, address: string): Promise<void> {
    const { perEmail, perAddress, windowMinutes } = this.config.loginLimits;
    const since = new Date(this.clock.now().getTime() - windowMinutes * 60_000);
    const recent = await this.loginFailures.countRecentFailures(emailKey, address, since);
    if (recent.forEmail >= perEmail || recent.forAddress >= perAddress) {
      this.logger.warn({ address }, 'Login refused: too many failed attempts');
      // The window from now is when the latest failure leaves it: an upper bound on the wait.
      throw authErrors.refusal('auth.too-many-attempts', `Too many failed login attempts; try again in ${windowMinutes} minutes`, { retryAfterSeconds: windowMinutes * 60 });
    }
  }

}
