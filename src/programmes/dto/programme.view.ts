import { ApiProperty } from '@nestjs/swagger';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '../../organisations/domain/programme.js';
import { RegionInput, RulesInput } from './programme.dto.js';

/** The contract's `programme`, plus `summary`. */
export class ProgrammeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: RegionInput, description: '`placeId` and `radiusKm` are null when the region has no centre' }) region: RegionInput;
  @ApiProperty({ type: RulesInput, description: 'As stored: absent or null fields are no rule' }) rules: RulesInput;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Extension: the rules as one English sentence ("This programme pairs women newcomers with women volunteers aged 55 or over, …"); null without rules about people',
  })
  summary: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
