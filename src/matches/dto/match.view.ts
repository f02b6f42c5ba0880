import { ApiProperty } from '@nestjs/swagger';
import { PublicUserView } from '../../profiles/dto/profile.view.js';
import { MATCH_STATUSES } from '../domain/match-state.js';
import type { MatchStatus } from '../domain/match-state.js';

export class ReasonView {
  @ApiProperty({
    enum: ['language', 'distance', 'interests', 'availability', 'waiting', 'programme'],
    description: "`programme` (score 1, not weighted into the score): the programme's rules about people as a sentence in `detail`, code `programme.rules`",
  })
  factor: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ example: 'You both speak Arabic', description: 'English sentence' }) detail: string;
  @ApiProperty({ example: 'language.shared', description: 'Stable code for translation' }) code: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Parameters for the translated sentence' }) params: Record<string, unknown>;
}

/** The contract's `match`: the two people as `publicUser`, never contact details. */
export class MatchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The programme the match belongs to' }) programmeId: string;
  @ApiProperty({ enum: MATCH_STATUSES }) status: MatchStatus;
  @ApiProperty({ type: PublicUserView }) migrant: PublicUserView;
  @ApiProperty({ type: PublicUserView }) host: PublicUserView;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [ReasonView] }) reasons: ReasonView[];
  @ApiProperty() acceptedByMigrant: boolean;
  @ApiProperty() acceptedByHost: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) activatedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endedAt: string | null;
}
