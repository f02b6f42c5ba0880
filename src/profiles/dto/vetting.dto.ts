import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VERIFICATION_STATES } from '../../users/user.entity.js';
import type { Verification } from '../../users/user.entity.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class VettingOrganisationQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Admins: the organisation whose vetting is meant (listing without it: every organisation's volunteers; deciding without it: the admin's own organisation). Coordinators: only their own may be named; another answers 404.",
  })
  @IsOptional() @IsUUID()
  organisationId?: string;
}

export class VolunteersQueryDto extends VettingOrganisationQueryDto {
  @ApiPropertyOptional({ enum: VERIFICATION_STATES, description: 'Omit for every volunteer' })
  @IsOptional() @IsIn(VERIFICATION_STATES)
  verification?: Verification;
}

export class VerifyVolunteerDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(2000)
  note?: string;
}

export class RejectVolunteerDto {
  @ApiProperty({ maxLength: 2000, description: 'Why; kept with the decision and in the audit log' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  note: string;
}
