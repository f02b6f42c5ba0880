/**
 * What other features need to know about meetups without depending on the meetups module
 * (moderation: "has this pair met?" for contact-detail flags; staff statistics).
 * The meetups module provides the implementation; until then NoMeetupFacts stands in.
 */
export abstract class MeetupFacts {
  abstract hasConfirmedMeetup(matchId: string): Promise<boolean>;
  abstract meetupCounts(): Promise<{ confirmed: number; happened: number }>;
}

export class NoMeetupFacts extends MeetupFacts {
  hasConfirmedMeetup(): Promise<boolean> {
    return Promise.resolve(false);
  }
  meetupCounts(): Promise<{ confirmed: number; happened: number }> {
    return Promise.resolve({ confirmed: 0, happened: 0 });
  }
}
