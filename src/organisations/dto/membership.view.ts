import { ApiProperty } from '@nestjs/swagger';
import { VERIFICATION_STATES, type Verification } from '../../users/user.entity.js';

export class ProgrammeRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
}

/** The contract's `membership`: one person in one programme. */
export class MembershipView {
  @ApiProperty({ type: ProgrammeRefView }) programme: ProgrammeRefView;
  @ApiProperty({ enum: ['migrant', 'host'] }) role: 'migrant' | 'host';
  @ApiProperty({ enum: ['active', 'left'] }) status: 'active' | 'left';
  @ApiProperty({ enum: VERIFICATION_STATES, nullable: true, description: "Hosts: the programme's organisation's vetting of them; null for migrants" })
  verification: Verification | null;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

/** One earlier membership elsewhere, as the migratory trail shows it: names, dates and meetups held, nothing else. */
export class MembershipHistoryView {
  @ApiProperty() programmeName: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while still a member' }) leftAt: string | null;
  @ApiProperty({ description: "Meetups in that programme's matches that happened: confirmed, ended, and a participant said it took place" }) meetupsHeld: number;
}
