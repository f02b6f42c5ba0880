import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MATCH_STATUSES, type MatchStatus } from '../../matches/domain/match-state.js';
import { STAFF_MATCH_SORTS, type StaffMatchSort } from '../domain/staff-matches.js';

export class StaffMatchesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this programme's matches; a programme of another organisation answers 404 for a coordinator" })
  @IsOptional() @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: MATCH_STATUSES })
  @IsOptional() @IsIn(MATCH_STATUSES)
  status?: MatchStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 3650, description: 'Only proposals that have waited more than this many whole days for an answer' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650)
  waitingMoreThanDays?: number;

  @ApiPropertyOptional({ format: 'uuid', description: "Admins: only this organisation's matches. Coordinators: only their own may be named; another answers 404." })
  @IsOptional() @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    enum: STAFF_MATCH_SORTS,
    default: '-createdAt',
    description: 'By proposal date (`-createdAt` newest first), or `waiting`: proposals first, the longest waiting first, then the rest newest first',
  })
  @IsOptional() @IsIn(STAFF_MATCH_SORTS)
  sort?: StaffMatchSort;

}

export class StaffWaitingQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Admins: only this organisation's programmes. Coordinators: only their own may be named; another answers 404." })
  @IsOptional() @IsUUID()
  organisationId?: string;
}

export class StaffMatchProgrammeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class StaffMatchPersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class StaffMatchRowView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MATCH_STATUSES }) status: MatchStatus;
  @ApiProperty({ type: StaffMatchProgrammeView }) programme: StaffMatchProgrammeView;
  @ApiProperty({ type: StaffMatchPersonView }) migrant: StaffMatchPersonView;
  @ApiProperty({ type: StaffMatchPersonView, description: 'The volunteer' }) host: StaffMatchPersonView;
  @ApiProperty({ format: 'date-time', description: 'When it was proposed' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) activatedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was declined, expired or ended' }) endedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'A proposal: whole days since it was made; null for every other status' })
  waitingDays: number | null;
}

export class StaffMatchesPageView {
  @ApiProperty({ type: [StaffMatchRowView] }) items: StaffMatchRowView[];
  @ApiProperty({ description: 'How many matches pass the filters, on every page' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class WaitingMigrantsView {
  @ApiProperty({ description: 'Migrants in the programme (active membership and account, complete profile) with no proposed or active match in it' })
  count: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days since they joined the programme (one decimal); null when nobody waits' })
  medianDays: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The 90th percentile of those days (one decimal); null when nobody waits' })
  p90Days: number | null;
}

export class WaitingProposalsView {
  @ApiProperty({ description: 'Proposals in the programme waiting for an answer' }) count: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days since they were made (one decimal); null when none waits' })
  medianDays: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Days the oldest has waited (one decimal); null when none waits' })
  oldestDays: number | null;
}

export class ProgrammeWaitingView {
  @ApiProperty({ type: StaffMatchProgrammeView }) programme: StaffMatchProgrammeView;
  @ApiProperty({ type: WaitingMigrantsView }) migrants: WaitingMigrantsView;
  @ApiProperty({ type: WaitingProposalsView }) proposals: WaitingProposalsView;
}
