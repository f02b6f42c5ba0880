import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ReasonView } from '../../matches/dto/match.view.js';
import { PublicUserView } from '../../profiles/dto/profile.view.js';

export class SuggestionsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50)
  limit?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only this programme. Without it: every open programme the caller is an active member of. ' +
      'A programme the caller is not an active member of (or that does not exist) answers 404 `programme.not-found`.',
  })
  @IsOptional() @IsUUID()
  programmeId?: string;
}

export class SuggestionView {
  @ApiProperty({ type: PublicUserView }) partner: PublicUserView;
  @ApiProperty({
    format: 'uuid',
    description:
      'The programme the pair would be matched in. A partner sharing several programmes with the caller is shown once, ' +
      'in the programme where the pair scores best (on equal scores, the one the caller joined first); ' +
      'requesting the match with this programmeId proposes it there.',
  })
  programmeId: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'The same score a matching round uses' }) score: number;
  @ApiProperty({
    type: [ReasonView],
    description: 'The scored factors, then, when the programme has rules about people, one `programme` reason whose `detail` states them',
  })
  reasons: ReasonView[];
}

export class RequestMatchDto {
  @ApiProperty({ format: 'uuid', description: 'The person of the other role to be matched with' })
  @IsUUID()
  partnerId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The programme to be matched in. Without it: the one open programme both are active members of; ' +
      '409 `matching.no-shared-programme` when they share none, 409 `matching.several-shared-programmes` (the message names them) when several. ' +
      'A programme the caller is not an active member of answers 404 `programme.not-found`.',
  })
  @IsOptional() @IsUUID()
  programmeId?: string;
}

export class StartRunDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "The programme whose members the round pairs, under its rules; without it the default programme. A programme outside the caller's organisation answers 404.",
  })
  @IsOptional() @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ default: false, description: 'Compute and report the round, but propose nothing' })
  @IsOptional() @IsBoolean()
  dryRun?: boolean;
}

export const RUN_PARTICIPANTS_DESCRIPTION =
  'People (migrants plus hosts) who had at least one eligible partner scoring at or above MATCH_MIN_SCORE, ' +
  'i.e. the nodes of the round\'s candidate graph; everyone else unmatched was considered but had no usable pair.';

export class RunView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The programme the round paired people in' }) programmeId: string;
  @ApiProperty({ enum: ['running', 'finished', 'failed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ description: RUN_PARTICIPANTS_DESCRIPTION }) participants: number;
  @ApiProperty({ description: 'Pairs chosen (and, unless dryRun, proposed)' }) proposals: number;
  @ApiProperty({ description: 'Sum of the chosen pairs\' scores, one decimal' }) totalScore: number;
  @ApiProperty({ example: 'min-cost-flow (successive shortest paths)' }) algorithm: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Wall time of the round; null while running' }) durationMs: number | null;
  @ApiProperty() dryRun: boolean;
}
