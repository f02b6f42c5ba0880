import { ApiProperty } from '@nestjs/swagger';
import { MEETUP_STATUSES } from '../domain/meetup-state.js';

export class MeetupView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty({ enum: MEETUP_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time', description: 'UTC' }) startsAt: string;
  @ApiProperty({ format: 'date-time', description: 'UTC; startsAt + durationMinutes' }) endsAt: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ nullable: true, type: String, description: 'Public place; null when online' }) place: string | null;
  @ApiProperty() online: boolean;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', description: 'Who made the current proposal; only the other person can accept it' }) proposedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'The ICS SEQUENCE: grows with every change' }) sequence: number;
  @ApiProperty({ description: 'No confirmed meetup of this pair starts before this one' }) firstMeeting: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Safety advice for a first meeting in person' }) safetyReminder: string | null;
  @ApiProperty({ nullable: true, type: String, description: "startsAt in the viewer's profile timezone, ISO-8601 with offset" }) startsAtLocal: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The viewer's IANA timezone used for startsAtLocal" }) timezone: string | null;
}

export class MeetupSlotView {
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}

export class MeetupFeedbackView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetupId: string;
  @ApiProperty() happened: boolean;
  @ApiProperty({ nullable: true, type: Number }) rating: number | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() concern: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CalendarTokenView {
  @ApiProperty({ description: 'Subscribe to this URL in a calendar app; it stops working when revoked or rotated' }) url: string;
  @ApiProperty({ description: 'The secret in the URL; shown only now' }) token: string;
}
