/** Why someone declined a proposal: a small list the client translates, plus optional free text. */
export const DECLINE_REASONS = ['not-a-good-fit', 'no-time', 'too-far', 'language', 'safety', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * What `close_reason` holds on a closed match: a decline reason, or why the system closed it
 * (`match-weeks-over`: the programme's matchWeeks ended it). A person ending an active match keeps
 * no code (their free-text reason is kept as the note).
 */
export type CloseReason = DeclineReason | 'blocked' | 'account-erased' | 'match-weeks-over';
