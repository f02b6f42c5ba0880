import { Injectable } from '@nestjs/common';
import { toString as qrCodeOf } from 'qrcode';
import { AuditRepository } from '../../audit/audit.repository.js';
import { Clock } from '../../common/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { Outbox } from '../../outbox/outbox.js';
import type { UserEntity } from '../../users/user.entity.js';
import { userErrors } from '../../users/user-errors.js';
import { UsersRepository } from '../../users/users.repository.js';
import { verifyPassword } from '../passwords.js';
import { twoFactorRequiredFor } from './domain/enrolment-rule.js';
import { hashRecoveryCode, newRecoveryCodes } from './domain/recovery-codes.js';
import { checkTotp, newTotpSecret, otpauthUri } from './domain/totp.js';
import { SecondFactor } from './second-factor.js';
import { TwoFactorAttempts } from './two-factor-attempts.js';
import { twoFactorErrors } from './two-factor-errors.js';
import { TwoFactorRepository, type TwoFactorCredential } from './two-factor.repository.js';

export interface TwoFactorStatus {
  enabled: boolean;
  enrolledAt: Date | null;
  recoveryCodesLeft: number;
  required: boolean;
}

export interface TwoFactorEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/** Where a signed-in request comes from: the session to keep and the address failed attempts count against. */
export interface Caller {
  sessionId: string;
  address: string;
}

/** Enrolling, regenerating recovery codes, turning two-factor sign-in off, and an admin's reset. */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly repository: TwoFactorRepository,
    private readonly secondFactor: SecondFactor,
    private readonly attempts: TwoFactorAttempts,
    private readonly users: UsersRepository,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async status(person: UserEntity): Promise<TwoFactorStatus> {
    const credential = await this.repository.findCredential(person.id);
    const enrolledAt = credential?.enabledAt ?? null;
    const enabled = enrolledAt !== null;
    return {
      enabled,
      enrolledAt,
      recoveryCodesLeft: enabled ? await this.repository.countRecoveryCodes(person.id) : 0,
      required: twoFactorRequiredFor(person.role, this.config.staffTwoFactor),
    };
  }

  /** A new secret waiting for its first code; replaces one that was waiting. */
  async startEnrolment(person: UserEntity): Promise<TwoFactorEnrolment> {
    const secret = newTotpSecret();
    if (!(await this.repository.savePendingSecret(person.id, this.secondFactor.seal(person, secret)))) throw alreadyEnabled();
    const uri = otpauthUri(secret, person.email ?? person.displayName);
    return { secret, otpauthUri: uri, qrCodeSvg: await qrCodeOf(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
  }

  /** The first code from the app turns two-factor sign-in on; the recovery codes are answered once, here. */
  async confirmEnrolment(person: UserEntity, caller: Caller, code: string): Promise<string[]> {
    const credential = await this.repository.findCredential(person.id);
    if ((credential?.enabledAt ?? null) !== null) throw alreadyEnabled();
    const secret = credential === null ? undefined : this.secondFactor.openSecretOf(person, credential);
    if (secret === undefined) throw twoFactorErrors.refusal('two-factor.no-enrolment', 'Start an enrolment first: no secret is waiting for its first code');
    await this.attempts.refuseWhenTooMany(person.email, caller.address);
    const check = checkTotp({ secret, token: code, now: this.clock.now(), lastTimeStep: null });
    if (!check.accepted) return this.refuseCode(person, caller);
    const codes = newRecoveryCodes();
    await this.uow.transaction(async () => {
      if (!(await this.repository.enable(person.id, check.timeStep, this.clock.now()))) throw alreadyEnabled();
      await this.repository.replaceRecoveryCodes(person.id, codes.map(hashRecoveryCode));
      await this.audited(person, person, 'two-factor.enable', 'Other sessions ended');
      await this.endSessions(person.id, caller.sessionId);
    });
    return codes;
  }

  /** New recovery codes for a code from the app (or a recovery code); the old ones stop working. */
  async regenerateRecoveryCodes(person: UserEntity, caller: Caller, code: string): Promise<string[]> {
    const credential = await this.enabledCredential(person);
    await this.attempts.refuseWhenTooMany(person.email, caller.address);
    if (!(await this.secondFactor.verify(person, credential, code))) return this.refuseCode(person, caller);
    const codes = newRecoveryCodes();
    await this.uow.transaction(async () => {
      await this.repository.replaceRecoveryCodes(person.id, codes.map(hashRecoveryCode));
      await this.audited(person, person, 'two-factor.recovery-codes.regenerate', null);
    });
    return codes;
  }

  /** Turns two-factor sign-in off with the password and a code; refused to those it is required of. */
  async disable(person: UserEntity, caller: Caller, password: string, code: string): Promise<void> {
    if (twoFactorRequiredFor(person.role, this.config.staffTwoFactor)) {
      throw twoFactorErrors.refusal('two-factor.required', 'Two-factor sign-in is required for coordinators and admins; it cannot be turned off');
    }
    const credential = await this.enabledCredential(person);
    await this.attempts.refuseWhenTooMany(person.email, caller.address);
    if (person.passwordHash === null || !(await verifyPassword(person.passwordHash, password))) {
      await this.attempts.recordFailure(person.email, caller.address);
      throw twoFactorErrors.refusal('two-factor.wrong-password', 'The password is not correct');
    }
    if (!(await this.secondFactor.verify(person, credential, code))) return this.refuseCode(person, caller);
    await this.uow.transaction(async () => {
      await this.repository.deleteAllOf(person.id);
      await this.audited(person, person, 'two-factor.disable', 'Other sessions ended');
      await this.endSessions(person.id, caller.sessionId);
    });
  }

  /** A lost device: an admin clears the person's enrolment and ends every session of theirs; they enrol again. */
  async reset(admin: UserEntity, personId: string): Promise<void> {
    const person = await this.users.findById(personId);
    if (person === null || person.erasedAt !== null) throw userErrors.notFound('user');
    await this.uow.transaction(async () => {
      if (!(await this.repository.deleteAllOf(person.id))) throw twoFactorErrors.refusal('two-factor.not-enabled', 'This person has no two-factor enrolment to reset');
      await this.audited(admin, person, 'two-factor.reset', 'Every session ended');
      await this.endSessions(person.id, null);
    });
  }

  private async enabledCredential(person: UserEntity): Promise<TwoFactorCredential> {
    const credential = await this.repository.findCredential(person.id);
    if (credential === null || credential.enabledAt === null) throw twoFactorErrors.refusal('two-factor.not-enabled', 'Two-factor sign-in is not on');
    return credential;
  }

  private async refuseCode(person: UserEntity, caller: Caller): Promise<never> {
    await this.attempts.recordFailure(person.email, caller.address);
    throw twoFactorErrors.refusal('two-factor.bad-code', 'This code is not right, or was used already');
  }

  private async audited(actor: UserEntity, person: UserEntity, action: string, note: string | null): Promise<void> {
    const organisationId = await this.secondFactor.auditOrganisation(actor, person);
    await this.audit.append({ actorId: actor.id, action, targetType: 'user', targetId: person.id, note, organisationId });
  }

  private async endSessions(userId: string, keep: string | null): Promise<void> {
    const revoked = await this.repository.revokeSessions(userId, keep, this.clock.now());
    // Their sockets disconnect too, on every process.
    await this.outbox.recordAll('session.ended', revoked.map((sessionId) => ({ sessionId, userId })));
  }
}

function alreadyEnabled() {
  return twoFactorErrors.refusal('two-factor.already-enabled', 'Two-factor sign-in is on already');
}
