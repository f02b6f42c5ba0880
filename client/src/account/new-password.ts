/** The sign-up rule for a password's length (API.md: 10..128 characters); the server also refuses common ones. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type NewPasswordProblem = 'tooShort' | 'tooLong' | 'mismatch';

/** What is wrong with a new password typed twice, before anything is sent: its length, else the second copy. */
export function newPasswordProblems(password: string, repeat: string): { password?: NewPasswordProblem; repeat?: NewPasswordProblem } {
  if (password.length < PASSWORD_MIN) return { password: 'tooShort' };
  if (password.length > PASSWORD_MAX) return { password: 'tooLong' };
  return password === repeat ? {} : { repeat: 'mismatch' };
}
