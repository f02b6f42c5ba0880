import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../../users/user.entity.js';
import { SecondFactor } from './second-factor.js';
import { TwoFactorAttempts } from './two-factor-attempts.js';
import { twoFactorErrors } from './two-factor-errors.js';
import { TwoFactorRepository } from './two-factor.repository.js';

/** The second step of a login, after the password was found right: nothing for someone without two-factor sign-in. */
@Injectable()
export class TwoFactorSignIn {
  constructor(
    private readonly repository: TwoFactorRepository,
    private readonly secondFactor: SecondFactor,
    private readonly attempts: TwoFactorAttempts,
  ) {}

  /** Throws unless the person has no second factor or `code` is right; a wrong code counts as a failed login. */
  async requireSecondFactor(person: UserEntity, code: string | undefined, address: string): Promise<void> {
    const credential = await this.repository.findCredential(person.id);
    if (credential === null || credential.enabledAt === null) return;
    if (code === undefined) {
      throw twoFactorErrors.refusal('auth.two-factor-required', 'Enter the code from your authenticator app, or one of your recovery codes');
    }
    if (!(await this.secondFactor.verify(person, credential, code))) {
      await this.attempts.recordFailure(person.email, address);
      throw twoFactorErrors.refusal('auth.bad-two-factor-code', 'This code is not right, or was used already');
    }
  }
}
