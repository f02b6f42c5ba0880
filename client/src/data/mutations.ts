/** What a page needs of a mutation to say how its latest attempt ended. */
export interface Attempt {
  error: unknown;
  submittedAt: number;
}

/**
 * The error of the most recently started of several mutations, if that one failed: a page with
 * several actions shows why the last thing someone tried did not work, not an older refusal.
 */
export function latestFailure(attempts: readonly Attempt[]): unknown {
  let latest: Attempt | undefined;
  for (const attempt of attempts) if (latest === undefined || attempt.submittedAt > latest.submittedAt) latest = attempt;
  return latest?.error ?? undefined;
}
