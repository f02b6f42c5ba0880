import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class CreateCheckInDto {
  @ApiProperty({ minimum: 1, maximum: 5, description: 'How it is going, 1 (badly) to 5 (very well)' })
  @IsInt() @Min(1) @Max(5)
  score: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional() @IsString() @MaxLength(1000)
  comment?: string;

  @ApiPropertyOptional({ default: false, description: 'I would like staff to contact me' })
  @IsOptional() @IsBoolean()
  wantsContact?: boolean;
}

export class StaffCheckInsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this programme (of the caller's organisation; another answers 404)" })
  @IsOptional() @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only those needing attention: a score of 2 or less, or wantsContact' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  attention?: boolean;
}

/** The contract's `checkIn`. */
export class CheckInView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid', description: 'The participant who checked in' }) userId: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) score: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty() wantsContact: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CheckInPageView {
  @ApiProperty({ type: [CheckInView] }) items: CheckInView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
