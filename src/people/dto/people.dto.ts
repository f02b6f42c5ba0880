import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UserView } from '../../users/dto/user.view.js';
import { USER_ROLES, USER_STATUSES } from '../../users/user.entity.js';
import type { UserRole, UserStatus } from '../../users/user.entity.js';
import { PEOPLE_SORTS, type PeopleSort } from '../domain/people-search.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class PeopleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Part of a display name or an email address; case and common accents are ignored ("emile" finds "Émile"). Omit or leave empty for everyone.' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional() @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ format: 'uuid', description: "Admins: only this organisation's people. Coordinators: only their own may be named; another answers 404." })
  @IsOptional() @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: PEOPLE_SORTS, default: 'name', description: 'By display name or sign-up date; a leading `-` reverses' })
  @IsOptional() @IsIn(PEOPLE_SORTS)
  sort?: PeopleSort;

}

export class PersonRowView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PeoplePageView {
  @ApiProperty({ type: [PersonRowView] }) items: PersonRowView[];
  @ApiProperty({ description: 'How many people match, on every page' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class PersonPartnerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
}

export class PersonMatchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['proposed', 'active', 'declined', 'expired', 'ended'] }) status: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeName: string;
  @ApiProperty({ type: PersonPartnerView }) partner: PersonPartnerView;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) activatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
}

export class PersonReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['about', 'by'], description: 'about: the report concerns the person (or a message they sent); by: they reported someone' })
  direction: 'about' | 'by';
  @ApiProperty({ enum: ['user', 'auto'] }) source: string;
  @ApiProperty({ enum: ['harassment', 'spam', 'safety', 'inappropriate', 'other'] }) reason: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) matchId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
}

export class PersonCheckInView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeName: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) score: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty() wantsContact: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PersonPageView {
  @ApiProperty({ type: UserView, description: "The account and profile as staff see them (the same view as the volunteers list): memberships of the caller's organisation's programmes, its vetting decision" })
  user: UserView;
  @ApiProperty({ type: [PersonMatchView], description: "The 50 newest matches in the caller's organisation's programmes" })
  matches: PersonMatchView[];
  @ApiProperty({ type: [PersonReportView], description: "The 50 newest reports of the caller's organisation about the person or by them" })
  reports: PersonReportView[];
  @ApiProperty({ type: [PersonCheckInView], description: "The 50 newest check-ins the person sent in the caller's organisation's programmes" })
  checkIns: PersonCheckInView[];
}
