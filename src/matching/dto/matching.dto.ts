import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ReasonView } from '../../matches/dto/match.view.js';
import { PublicUserView } from '../../profiles/dto/profile.view.js';

export class SuggestionsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50)
  limit?: number;
}

export class SuggestionView {
  @ApiProperty({ type: PublicUserView }) partner: PublicUserView;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'The same score a matching round uses' }) score: number;
  @ApiProperty({ type: [ReasonView] }) reasons: ReasonView[];
}

export class RequestMatchDto {
  @ApiProperty({ format: 'uuid', description: 'The person of the other role to be matched with' })
  @IsUUID()
  partnerId: string;
}

export class StartRunDto {
  @ApiPropertyOptional({ default: false, description: 'Compute and report the round, but propose nothing' })
  @IsOptional() @IsBoolean()
  dryRun?: boolean;
}

export const RUN_PARTICIPANTS_DESCRIPTION =
  'People (migrants plus hosts) who had at least one eligible partner scoring at or above MATCH_MIN_SCORE, ' +
  'i.e. the nodes of the round\'s candidate graph; everyone else unmatched was considered but had no usable pair.';

export class RunView {
  @ApiProperty({ format: 'uuid' }) id: string;
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
