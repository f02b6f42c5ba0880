import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UserView } from '../../../users/dto/user.view.js';

/** A cookie sign-in's answer: the session itself travels only in the httpOnly cookie. */
export class WebSessionResponse {
  @ApiProperty({ type: UserView }) user: UserView;
  @ApiProperty({ description: 'Send as the X-CSRF-Token header on every write authenticated by the session cookie' }) csrfToken: string;
}

export class CsrfTokenView {
  @ApiProperty({ type: String, nullable: true, description: "The session's CSRF token for the X-CSRF-Token header (the same for the whole session); null without a live session" })
  csrfToken: string | null;
}

/** One live session of the person: a signed-in device. */
export class DeviceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time', description: 'When the person signed in on it' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the session ends by itself' }) expiresAt: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The user agent it signed in with, as sent' }) userAgent: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Firefox · Windows', description: 'A short name read from the user agent; null when unrecognisable' })
  device: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '203.0.113.x', description: 'The network it signed in from: IPv4 to its /24, IPv6 to its /48' })
  address: string | null;
  @ApiProperty({ description: 'Whether this is the session making the request' }) current: boolean;
}
