import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MembershipHistoryView, MembershipView } from '../../organisations/dto/membership.view.js';
import { ProfileView } from '../../profiles/dto/profile.view.js';
import { USER_ROLES, USER_STATUSES, VERIFICATION_STATES } from '../user.entity.js';
import type { UserRole, UserStatus, Verification } from '../user.entity.js';

/** The contract's `user`: what a person (or staff) sees of an account. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ description: 'Whether the address is verified; only a verified address receives email other than the verification and password-reset links (staff and admins count as verified)' })
  emailVerified: boolean;
  @ApiProperty({ example: 'nl', description: 'The language of emails (en, nl, ar, uk; English for any other), set at sign-up or in PUT /api/me/preferences' })
  locale: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({
    enum: VERIFICATION_STATES,
    nullable: true,
    description:
      "Hosts only; null for migrants and staff. Vetting is per organisation: staff see their own organisation's decision, the volunteer sees `verified` once any organisation verified them (each membership carries its own)",
  })
  verification: Verification | null;
  @ApiProperty({ type: [MembershipView], description: 'The programmes the person takes part in (or left), oldest first' })
  memberships: MembershipView[];
  @ApiPropertyOptional({
    type: [MembershipHistoryView],
    description:
      "Extension, in a coordinator's view of a participant only: the person's memberships in other organisations' programmes, oldest first, when they joined one of the coordinator's organisation's programmes with `shareHistory: true`; empty otherwise",
  })
  history?: MembershipHistoryView[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Staff: the organisation they coordinate (admins may have one); null for participants' })
  organisationId: string | null;
  @ApiProperty({ type: ProfileView, nullable: true, description: 'The profile as stored (see PUT /api/me/profile); null before the first save' })
  profile: ProfileView | null;
  @ApiProperty() profileComplete: boolean;
  @ApiProperty({ type: [String], description: 'What matching still needs, by profile field name' }) missing: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set while suspended; null means until lifted by staff' })
  suspendedUntil: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AuthResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header and the Socket.IO handshake' }) accessToken: string;
  @ApiProperty({ type: UserView }) user: UserView;
}
