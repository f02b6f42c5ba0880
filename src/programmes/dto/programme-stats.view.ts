import { ApiProperty } from '@nestjs/swagger';
import { MatchCountsView, MeetupCountsView } from '../../moderation/dto/stats.view.js';

export class MemberCountsView {
  @ApiProperty({ description: 'Active migrant members' }) migrants: number;
  @ApiProperty({ description: 'Active host members (volunteers)' }) hosts: number;
  @ApiProperty({ description: "The organisation's staff" }) staff: number;
}

export class CheckInScoresView {
  @ApiProperty({ description: '"1".."5": how many check-ins gave that score' }) ['1']: number;
  @ApiProperty() ['2']: number;
  @ApiProperty() ['3']: number;
  @ApiProperty() ['4']: number;
  @ApiProperty() ['5']: number;
}

export class CheckInFiguresView {
  @ApiProperty({ description: "Check-ins in the programme's matches" }) count: number;
  @ApiProperty({ type: CheckInScoresView }) byScore: CheckInScoresView;
}

export class MonthCountView {
  @ApiProperty({ example: '2026-11', description: 'UTC calendar month' }) month: string;
  @ApiProperty() count: number;
}

/** `/api/staff/stats`'s figures for one programme, plus what funders ask of a programme. */
export class ProgrammeStatsView {
  @ApiProperty({ type: MemberCountsView }) participants: MemberCountsView;
  @ApiProperty({ description: "Active host members the programme's organisation has not vetted yet" }) hostsPending: number;
  @ApiProperty({ description: 'Active migrant members, active with a complete profile, with no proposed or active match in this programme' }) waitingMigrants: number;
  @ApiProperty({ type: Number, nullable: true, description: "As /api/staff/stats, for this programme's matches: median days from a migrant's sign-up to their first active match here (one decimal)" })
  medianWaitDays: number | null;
  @ApiProperty({ type: MatchCountsView, description: "The programme's matches by current status" }) matches: MatchCountsView;
  @ApiProperty({ type: MeetupCountsView, description: "Meetups in the programme's matches: confirmed now, and those that happened (confirmed, ended, and a participant said it took place)" })
  meetups: MeetupCountsView;
  @ApiProperty() matchesEverActive: number;
  @ApiProperty({ type: Number, nullable: true }) meetupsPerActiveMatch: number | null;
  @ApiProperty({ description: "Open reports about the programme's matches or its members' messages in them" }) openReports: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from joining the programme to a first match in it becoming active, among members who have one (one decimal); null while none has',
  })
  medianDaysToFirstMatch: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean check-in score 1..5 (two decimals); null without check-ins' }) meanCheckInScore: number | null;
  @ApiProperty({ type: CheckInFiguresView }) checkIns: CheckInFiguresView;
  @ApiProperty({ type: [MonthCountView], description: 'First active matches per month (by the migrant), oldest month first; months without any are left out' })
  firstMatchesByMonth: MonthCountView[];
}
