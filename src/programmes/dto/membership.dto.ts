import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { PageQueryDto, TIME_ORDERS, type TimeOrder } from '../../common/pagination.js';
import { UserView } from '../../users/dto/user.view.js';

export class JoinProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiPropertyOptional({ default: false, description: "Let this programme's organisation's staff see your memberships in other organisations' programmes (names, dates, meetups held)" })
  @OptionalNotNull() @IsBoolean()
  shareHistory?: boolean;
}

export class OpenProgrammesQueryDto {
  @ApiPropertyOptional({ example: '2759794', description: 'A place id from GET /api/places: only programmes whose region holds it' })
  @IsOptional() @IsString()
  placeId?: string;
}

export class MembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['migrant', 'host'] })
  @IsOptional() @IsIn(['migrant', 'host'])
  role?: 'migrant' | 'host';

  @ApiPropertyOptional({ enum: TIME_ORDERS, default: 'newest', description: 'by when they joined: the latest first (the default), or the earliest first; a cursor continues in the order it was given in' })
  @IsOptional() @IsIn(TIME_ORDERS)
  order?: TimeOrder;
}

export class MembersPageView {
  @ApiProperty({ type: [UserView], description: 'Active members in the order asked for (the latest to join first by default)' }) items: UserView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
