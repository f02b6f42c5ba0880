import { AdminTwoFactorController } from './admin-two-factor.controller.js';
import { SecondFactor } from './second-factor.js';
import { TwoFactorAttempts } from './two-factor-attempts.js';
import { TwoFactorGate } from './two-factor-gate.js';
import { TwoFactorPersonalData } from './two-factor-personal-data.js';
import { TwoFactorSignIn } from './two-factor-sign-in.js';
import { TwoFactorController } from './two-factor.controller.js';
import { TwoFactorRepository } from './two-factor.repository.js';
import { TwoFactorService } from './two-factor.service.js';

/** Two-factor sign-in is part of the auth module: its routes, and what the login and the guard ask. */
export const TWO_FACTOR_CONTROLLERS = [TwoFactorController, AdminTwoFactorController];
export const TWO_FACTOR_PROVIDERS = [TwoFactorRepository, SecondFactor, TwoFactorAttempts, TwoFactorSignIn, TwoFactorGate, TwoFactorService, TwoFactorPersonalData];
