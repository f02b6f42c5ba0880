import { ApiProperty } from '@nestjs/swagger';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '../../organisations/domain/programme.js';
import { RegionInput, RulesInput } from './programme.dto.js';

export class RegionPlaceView {
  @ApiProperty({ example: '2759794' }) id: string;
  @ApiProperty({ example: 'Amsterdam' }) name: string;
  @ApiProperty({ example: 'NL' }) countryCode: string;
}

/** The stored region, plus its centre by name so a client can say "within 40 km of Amsterdam". */
export class RegionView extends RegionInput {
  @ApiProperty({ type: RegionPlaceView, nullable: true, description: 'Extension: the place `placeId` names; null without a centre' })
  place: RegionPlaceView | null;
}

/** The contract's `programme`, plus `summary` and `region.place`. */
export class ProgrammeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: RegionView, description: '`placeId` and `radiusKm` are null when the region has no centre' }) region: RegionView;
  @ApiProperty({ type: RulesInput, description: 'As stored: absent or null fields are no rule' }) rules: RulesInput;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Extension: the rules as one English sentence ("This programme pairs women newcomers with women volunteers aged 55 or over, …"); null without rules about people',
  })
  summary: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
