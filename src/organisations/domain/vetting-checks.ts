/**
 * A volunteer's checks for one organisation (identity seen, certificate of conduct, references,
 * safeguarding training) and what they add up to: whether the organisation's required checks are
 * all present and unexpired now, until when, and which are missing, expired or expiring soon.
 * Dates are calendar days (`YYYY-MM-DD`, UTC); a check stops counting on its expiry day.
 */

export const VETTING_CHECK_KINDS = ['identity', 'certificate-of-conduct', 'references', 'safeguarding-training'] as const;
export type VettingCheckKind = (typeof VETTING_CHECK_KINDS)[number];

/** Staff are reminded, and a check shows as expiring, this many days before its expiry day. */
export const EXPIRY_NOTICE_DAYS = 30;

const KIND_NAMES: Readonly<Record<VettingCheckKind, string>> = {
  identity: 'Identity seen',
  'certificate-of-conduct': 'Certificate of conduct',
  references: 'References',
  'safeguarding-training': 'Safeguarding training',
};

export function isVettingCheckKind(value: string): value is VettingCheckKind {
  return (VETTING_CHECK_KINDS as readonly string[]).includes(value);
}

/** The kinds in catalogue order, each once. */
export function normalisedKinds(kinds: readonly VettingCheckKind[]): VettingCheckKind[] {
  return VETTING_CHECK_KINDS.filter((kind) => kinds.includes(kind));
}

export function kindName(kind: VettingCheckKind): string {
  return KIND_NAMES[kind];
}

/** What a stored check says, as far as clearance goes. */
export interface CheckDates {
  kind: VettingCheckKind;
  checkedOn: string;
  /** Null: the check does not expire (an identity seen, references taken). */
  expiresOn: string | null;
}

export type CheckStatus = 'missing' | 'valid' | 'expiring' | 'expired';

export interface RequiredCheckState {
  kind: VettingCheckKind;
  status: CheckStatus;
  expiresOn: string | null;
}

/** A required check that stands in the way (missing, expired) or soon will (expiring). */
export interface CheckProblem {
  kind: VettingCheckKind;
  code: 'vetting.check-missing' | 'vetting.check-expired' | 'vetting.check-expiring';
  sentence: string;
}

export interface Clearance {
  /** Every required check is present and unexpired now (true when nothing is required). */
  cleared: boolean;
  /** Every required check is present (its expiry aside). */
  complete: boolean;
  /** The first day on which a required check no longer counts; null when none expires (or one is missing). */
  lapsesOn: string | null;
  required: RequiredCheckState[];
  problems: CheckProblem[];
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day (UTC) of a moment. */
export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS));
}

/** A real calendar day written `YYYY-MM-DD` (no 30 February). */
export function isCalendarDay(value: string): boolean {
  const parts = DATE.exec(value);
  if (parts === null) return false;
  const parsed = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed) && dayOf(new Date(parsed)) === value;
}

/** The state of one check on `today`. */
export function statusOf(check: Pick<CheckDates, 'expiresOn'> | null, today: string): CheckStatus {
  if (check === null) return 'missing';
  if (check.expiresOn === null) return 'valid';
  if (check.expiresOn <= today) return 'expired';
  return check.expiresOn <= addDays(today, EXPIRY_NOTICE_DAYS) ? 'expiring' : 'valid';
}

/** Whether the required checks clear the volunteer at `now`, until when, and what is wrong or soon will be. */
export function clearanceOf(requiredKinds: readonly VettingCheckKind[], checks: readonly CheckDates[], now: Date): Clearance {
  const today = dayOf(now);
  const required = normalisedKinds(requiredKinds).map((kind): RequiredCheckState => {
    const check = checks.find((c) => c.kind === kind) ?? null;
    return { kind, status: statusOf(check, today), expiresOn: check?.expiresOn ?? null };
  });
  const complete = required.every((r) => r.status !== 'missing');
  const expiries = required.flatMap((r) => (r.expiresOn === null ? [] : [r.expiresOn])).sort();
  return {
    cleared: required.every((r) => r.status === 'valid' || r.status === 'expiring'),
    complete,
    lapsesOn: complete ? (expiries[0] ?? null) : null,
    required,
    problems: required.flatMap((r) => problemOf(r)),
  };
}

function problemOf(state: RequiredCheckState): CheckProblem[] {
  const name = KIND_NAMES[state.kind];
  switch (state.status) {
    case 'valid':
      return [];
    case 'missing':
      return [{ kind: state.kind, code: 'vetting.check-missing', sentence: `${name}: not recorded yet.` }];
    case 'expired':
      return [{ kind: state.kind, code: 'vetting.check-expired', sentence: `${name}: expired on ${state.expiresOn ?? '?'}.` }];
    case 'expiring':
      return [{ kind: state.kind, code: 'vetting.check-expiring', sentence: `${name}: expires on ${state.expiresOn ?? '?'}, within ${EXPIRY_NOTICE_DAYS} days.` }];
  }
}

/**
 * Until when the volunteer is cleared, as the database keeps it beside their vetting so candidate
 * queries compare one column with the time: `-infinity` when a required check is missing,
 * `infinity` when none expires, else the start (UTC) of the first expiry day.
 */
export function clearedUntilOf(clearance: Pick<Clearance, 'complete' | 'lapsesOn'>): string {
  if (!clearance.complete) return '-infinity';
  return clearance.lapsesOn === null ? 'infinity' : `${clearance.lapsesOn}T00:00:00.000Z`;
}

export type CheckInputProblem = 'vetting.invalid-date' | 'vetting.checked-in-future' | 'vetting.expiry-not-after-check';

/** Why a check as staff entered it cannot be recorded on `today`; null when it can. */
export function checkInputProblem(input: { checkedOn: string; expiresOn: string | null }, today: string): CheckInputProblem | null {
  if (!isCalendarDay(input.checkedOn) || (input.expiresOn !== null && !isCalendarDay(input.expiresOn))) return 'vetting.invalid-date';
  if (input.checkedOn > today) return 'vetting.checked-in-future';
  if (input.expiresOn !== null && input.expiresOn <= input.checkedOn) return 'vetting.expiry-not-after-check';
  return null;
}

/** A check due for its expiry reminder on `today`: it expires within the notice period, not yet reminded for this expiry. */
export function reminderDue(check: { expiresOn: string | null; remindedFor: string | null }, today: string): boolean {
  return check.expiresOn !== null && check.expiresOn > today && check.expiresOn <= addDays(today, EXPIRY_NOTICE_DAYS) && check.remindedFor !== check.expiresOn;
}
