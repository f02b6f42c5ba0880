import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
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

  @ApiPropertyOptional({ default: false, description: 'Compute and report the round, but propose nothing: the pairs it would propose are kept for review (GET …/runs/{id}/pairs) and proposed by POST …/runs/{id}/commit' })
  @IsOptional() @IsBoolean()
  dryRun?: boolean;
}

export class ScoreBucketView {
  @ApiProperty({ description: 'Lowest score counted (inclusive)', example: 60 }) from: number;
  @ApiProperty({ description: 'Highest score counted (exclusive; the last bucket includes 100)', example: 70 }) to: number;
  @ApiProperty({ description: 'Chosen pairs scoring in [from, to)' }) count: number;
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
  @ApiProperty({ type: [ScoreBucketView], nullable: true, description: 'The chosen pairs\' scores in ten buckets of ten points; null until the run finishes' })
  scoreHistogram: ScoreBucketView[] | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When staff proposed the reviewed pairs of this dry run' }) committedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When staff discarded this dry run\'s pairs' }) discardedAt: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Until when the dry run\'s pairs may be committed (24 h after it finished; then 409 `matching.run-stale`); null when there is nothing to commit',
  })
  reviewableUntil: string | null;
  @ApiProperty({
    enum: ['reading', 'evaluating', 'solving', 'writing'],
    nullable: true,
    type: String,
    description: 'What the round is doing while it runs (reading people, evaluating their candidate pairs, solving, writing its pairs); after, the last phase it reached; null for rounds from before progress was recorded',
  })
  phase: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Eligible candidate pairs evaluated so far (the edges of the round\'s graph); null for rounds from before progress was recorded' })
  candidatePairs: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Independent pieces (connected components) of the candidate graph, solved one by one; null until the round has split its graph' })
  components: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Components solved so far, of `components`' })
  componentsSolved: number | null;
}

export const RUN_PAIR_SORTS = ['-score', 'score', 'waiting'] as const;

export class RunPairsQueryDto {
  @ApiPropertyOptional({
    enum: RUN_PAIR_SORTS,
    default: '-score',
    description: '`-score` best first (the solver\'s rank breaks ties), `score` lowest first, `waiting` the migrant waiting longest first',
  })
  @IsOptional() @IsIn(RUN_PAIR_SORTS)
  sort?: (typeof RUN_PAIR_SORTS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, default: 1, description: 'Page number, from 1' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}

export class PairPersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String, description: 'The place on their profile' }) placeName: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'NL' }) countryCode: string | null;
}

export class RunPairView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Position by score in the round, 1 = best' }) rank: number;
  @ApiProperty({ type: PairPersonView }) migrant: PairPersonView;
  @ApiProperty({ type: PairPersonView, description: 'The volunteer' }) host: PairPersonView;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'The same score suggestions show, as computed by the round' }) score: number;
  @ApiProperty({ type: [ReasonView], description: 'The same reasons suggestions show' }) reasons: ReasonView[];
  @ApiProperty({ format: 'date-time', description: 'Since when the migrant has been waiting for a match' }) migrantWaitingSince: string;
}

export class ProgrammeRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class RunPairsPageView {
  @ApiProperty({ type: [RunPairView] }) items: RunPairView[];
  @ApiProperty({ description: 'Stored pairs of the run in all pages' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty({ type: ProgrammeRefView }) programme: ProgrammeRefView;
}

export class CommittedPairView extends RunPairView {
  @ApiProperty({ format: 'uuid', description: 'The proposed match' }) matchId: string;
}

export class SkippedPairView extends RunPairView {
  @ApiProperty({
    example: 'matching.migrant-already-matched',
    description:
      'Why the pair was not proposed: `matching.<rule>` with the pair rule it breaks now (as a match request\'s 409 names it: ' +
      '`migrant-already-matched`, `host-full`, `inactive-or-incomplete` (suspended, erased), `host-checks-lapsed`, `not-in-programme`, …), ' +
      'or `matching.below-min-score` when it now scores below MATCH_MIN_SCORE',
  })
  code: string;
  @ApiProperty({ description: 'English sentence' }) message: string;
}

export class CommitRunView {
  @ApiProperty({ type: () => RunView }) run: RunView;
  @ApiProperty({ type: [CommittedPairView], description: 'The pairs proposed, best first, each with the score it has now' }) committed: CommittedPairView[];
  @ApiProperty({ type: [SkippedPairView], description: 'The reviewed pairs no longer eligible, each with its reason' }) skipped: SkippedPairView[];
}
