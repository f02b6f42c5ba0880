import { ApiProperty } from '@nestjs/swagger';

export class ParticipantCountsView {
  @ApiProperty({ description: "Migrants in the caller's organisation's programmes (admins: every account with role migrant); erased accounts not counted" }) migrants: number;
  @ApiProperty({ description: "Hosts, the volunteers, in the caller's organisation's programmes (admins: every host)" }) hosts: number;
  @ApiProperty({ description: "The organisation's coordinators (admins: every coordinator and admin)" }) staff: number;
}

export class MatchCountsView {
  @ApiProperty() proposed: number;
  @ApiProperty() active: number;
  @ApiProperty() declined: number;
  @ApiProperty() expired: number;
  @ApiProperty() ended: number;
}

export class MeetupCountsView {
  @ApiProperty({ description: 'Meetups currently confirmed' }) confirmed: number;
  @ApiProperty({ description: 'Meetups the participants said happened' }) happened: number;
}

/** The figures a programme reports to its funders. */
export class StaffStatsView {
  @ApiProperty({ type: ParticipantCountsView }) participants: ParticipantCountsView;
  @ApiProperty({ description: 'Volunteers waiting to be vetted' }) hostsPending: number;
  @ApiProperty({ description: 'Migrants ready to be matched (active, complete profile) with no proposed or active match' }) waitingMigrants: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "Median days from a migrant's sign-up to their first match becoming active, over migrants who got one (one decimal); null until anyone has",
  })
  medianWaitDays: number | null;
  @ApiProperty({ type: MatchCountsView, description: 'Matches by current status' }) matches: MatchCountsView;
  @ApiProperty({ type: MeetupCountsView }) meetups: MeetupCountsView;
  @ApiProperty({ description: 'Matches that ever became active, whatever their status now' }) matchesEverActive: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Meetups that happened per match that ever became active (two decimals); null while no match has become active',
  })
  meetupsPerActiveMatch: number | null;
  @ApiProperty({ description: 'Reports (user and automatic) not yet resolved' }) openReports: number;
}
