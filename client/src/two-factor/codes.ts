import { ApiError } from '../api/errors';

/** What a person typed as a code, as the server reads it: without surrounding spaces, six digits without inner ones. */
export function normaliseCode(typed: string): string {
  const trimmed = typed.trim();
  return /^[\d\s]+$/.test(trimmed) ? trimmed.replace(/\s/g, '') : trimmed;
}

/** A login refused because the account has two-factor sign-in and no code came with it. */
export function asksForSecondFactor(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'auth.two-factor-required';
}

export function isBadSecondFactor(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'auth.bad-two-factor-code' || error.code === 'two-factor.bad-code');
}

/** A coordinator or admin who must enrol before anything but their account basics answers. */
export function mustEnrolFirst(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'auth.two-factor-enrolment-required';
}

/** The recovery codes as one text to copy: one a line. */
export function recoveryCodesText(codes: readonly string[]): string {
  return `${codes.join('\n')}\n`;
}
