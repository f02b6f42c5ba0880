/**
 * What other features need to know about meetups without depending on the meetups module
 * (moderation: "has this pair met?" for contact-detail flags; staff statistics).
 * The meetups module provides the implementation.
 */
export abstract class MeetupFacts {
  abstract hasConfirmedMeetup(matchId: string): Promise<boolean>;
  /** Over one organisation's programmes, or (no organisation) the whole platform. */
  abstract meetupCounts(organisationId?: string): Promise<{ confirmed: number; happened: number }>;
}
