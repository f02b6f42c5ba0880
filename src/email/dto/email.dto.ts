import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { EMAIL_LOCALES, EMAIL_TYPES, type EmailLocale, type EmailType, type OptionalEmailType } from '../domain/email-types.js';
import type { EmailState } from '../emails.repository.js';

/** Each email type a person may turn off: true to receive it. (Verification, password reset and staff warnings always go.) */
export class EmailChoicesInput implements Partial<Record<OptionalEmailType, boolean>> {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'match.proposed'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'match.active'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'match.declined'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'match.expired'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'meetup.proposed'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'meetup.confirmed'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'meetup.cancelled'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'meetup.reminder'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'chat.unread'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'account.verified'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'nudge.profile-incomplete'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'nudge.proposal-waiting'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'checkin.due'?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() 'match.ending'?: boolean;
}

export class EmailChoicesView implements Record<OptionalEmailType, boolean> {
  @ApiProperty() 'match.proposed': boolean;
  @ApiProperty() 'match.active': boolean;
  @ApiProperty() 'match.declined': boolean;
  @ApiProperty() 'match.expired': boolean;
  @ApiProperty() 'meetup.proposed': boolean;
  @ApiProperty() 'meetup.confirmed': boolean;
  @ApiProperty() 'meetup.cancelled': boolean;
  @ApiProperty() 'meetup.reminder': boolean;
  @ApiProperty() 'chat.unread': boolean;
  @ApiProperty() 'account.verified': boolean;
  @ApiProperty() 'nudge.profile-incomplete': boolean;
  @ApiProperty() 'nudge.proposal-waiting': boolean;
  @ApiProperty() 'checkin.due': boolean;
  @ApiProperty() 'match.ending': boolean;
}

export class PreferencesInput {
  @ApiPropertyOptional({ enum: EMAIL_LOCALES, description: 'The language of emails (and of the account)' })
  @IsOptional() @IsIn(EMAIL_LOCALES, { message: 'locale must be one of en, nl, ar, uk' })
  locale?: EmailLocale;

  // No description here: with one, the document wraps the $ref in allOf, and clients lose the plain reference.
  @ApiPropertyOptional({ type: EmailChoicesInput })
  @IsOptional() @IsObject({ message: 'email must be an object of type: boolean' }) @ValidateNested() @Type(() => EmailChoicesInput)
  email?: EmailChoicesInput;
}

export class PreferencesView {
  @ApiProperty({ example: 'nl', description: "The account's locale (English emails for any locale but en, nl, ar, uk)" }) locale: string;
  @ApiProperty({ type: EmailChoicesView, description: 'Every email type a person may turn off, with whether they receive it' }) email: EmailChoicesView;
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'The token from the List-Unsubscribe link or the unsubscribe page' })
  @IsString() @IsNotEmpty() @MaxLength(400)
  token: string;
}

/** What staff see of an email: never its body (nor any link in it). */
export class StaffEmailView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EMAIL_TYPES }) type: EmailType;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['queued', 'sent', 'failed'], description: 'queued: waiting or being retried; sent: the mail server accepted it; failed: every try failed' }) state: EmailState;
  @ApiProperty({ description: 'Tries so far' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: "The mail server's answer to the last failed try" }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
}
