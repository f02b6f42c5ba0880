/**
 * Moderation flags for one chat message. Pure: no I/O beyond the word lists that are
 * loaded once when the module is imported.
 *
 * Contact details (phone, e-mail, URL, messenger) are only flagged while the pair has
 * no confirmed meetup: before that, moving the conversation off the platform is what
 * staff want to notice; afterwards, exchanging numbers is normal. Abusive language is
 * flagged always.
 */
import { findAbusiveLanguage } from './abusive-language.js';
import { findContactDetails, type ContactDetail, type ContactKind } from './contact-details.js';
import { maskDigits, maskEmail, maskMessengerContact, maskTerm, maskUrl } from './mask.js';

export type FlagKind = ContactKind | 'abusive';

export interface Flag {
  readonly kind: FlagKind;
  /** What was detected, masked, e.g. "+31 6 ******78", "t.me/j***", "f**k". */
  readonly match: string;
  /** For abusive language: the language of the word list that matched. */
  readonly language?: string;
}

export interface FlagContext {
  readonly pairHasConfirmedMeetup: boolean;
}

/** All flags for `body`; an empty array when nothing stands out. */
export function detectFlags(body: string, context: FlagContext): Flag[] {
  const contactFlags = context.pairHasConfirmedMeetup ? [] : findContactDetails(body).map(contactFlag);
  const abusiveFlags = findAbusiveLanguage(body).map(
    (found): Flag => ({ kind: 'abusive', match: maskTerm(found.term), language: found.language }),
  );
  return [...contactFlags, ...abusiveFlags];
}

/** The answer for a batch of bodies: each body that has flags, by its index in the batch, with them. */
export type FlaggedBodies = Array<[index: number, flags: Flag[]]>;

/**
 * `detectFlags` for each of `bodies` as if the pair had not met yet, which is what a new chat
 * message is first checked for (contact details only matter before a confirmed meetup, so the
 * caller asks that question only for the few bodies flagged here). Most bodies flag nothing, so
 * only flagged ones are listed.
 */
export function flagBodiesBeforeMeeting(bodies: readonly string[]): FlaggedBodies {
  const flagged: FlaggedBodies = [];
  bodies.forEach((body, index) => {
    const flags = detectFlags(body, { pairHasConfirmedMeetup: false });
    if (flags.length > 0) flagged.push([index, flags]);
  });
  return flagged;
}

function contactFlag(detail: ContactDetail): Flag {
  return { kind: detail.kind, match: maskedContact(detail) };
}

function maskedContact(detail: ContactDetail): string {
  switch (detail.kind) {
    case 'phone':
      return maskDigits(detail.text);
    case 'email':
      return maskEmail(detail.text);
    case 'url':
      return maskUrl(detail.text);
    case 'messenger':
      return maskMessengerContact(detail.via ?? '', detail.text);
  }
}
