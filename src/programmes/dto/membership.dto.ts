import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { PageQueryDto } from '../../common/pagination.js';
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
}

export class MembersPageView {
  @ApiProperty({ type: [UserView], description: 'Active members, the latest to join first' }) items: UserView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
