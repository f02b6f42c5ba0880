import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Six digits, or a recovery code (`abcd-efgh-jkmn-pqrs`, any case, spaces or dashes between its groups). */
export const SECOND_FACTOR_PATTERN = /^[0-9A-Za-z -]{6,40}$/;
export const SECOND_FACTOR_DESCRIPTION = 'The six-digit code the authenticator app shows now, or one of the recovery codes (each works once)';

export class ConfirmEnrolmentDto {
  @ApiProperty({ example: '123456', pattern: '^\\d{6}$', description: 'The six-digit code the authenticator app shows for the new secret' })
  @IsString() @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code: string;
}

export class SecondFactorCodeDto {
  @ApiProperty({ example: '123456', pattern: SECOND_FACTOR_PATTERN.source, maxLength: 40, description: SECOND_FACTOR_DESCRIPTION })
  @IsString() @Matches(SECOND_FACTOR_PATTERN, { message: 'code must be six digits or a recovery code' })
  code: string;
}

export class DisableTwoFactorDto {
  @ApiProperty({ description: 'The account password, re-entered', maxLength: 1024 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  @ApiProperty({ example: '123456', pattern: SECOND_FACTOR_PATTERN.source, maxLength: 40, description: SECOND_FACTOR_DESCRIPTION })
  @IsString() @Matches(SECOND_FACTOR_PATTERN, { message: 'code must be six digits or a recovery code' })
  code: string;
}

export class TwoFactorStatusView {
  @ApiProperty({ description: 'Whether signing in asks for a code' }) enabled: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When two-factor sign-in was turned on; null while off' }) enrolledAt: Date | null;
  @ApiProperty({ minimum: 0, maximum: 10, description: 'Unused recovery codes (0 while off)' }) recoveryCodesLeft: number;
  @ApiProperty({ description: 'Whether it is required of this person (coordinators and admins when STAFF_TWO_FACTOR=required): then it cannot be turned off, and until it is on only the account basics answer' })
  required: boolean;
}

export class TwoFactorEnrolmentView {
  @ApiProperty({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', description: 'The new secret in Base32, to type into an authenticator app that cannot scan' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/Common%20Ground:amal%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Common%20Ground', description: 'The `otpauth://` address the QR code holds' })
  otpauthUri: string;
  @ApiProperty({ description: 'The QR code of `otpauthUri` as an SVG document' }) qrCodeSvg: string;
}

export class RecoveryCodesView {
  @ApiProperty({ type: [String], example: ['abcd-efgh-jkmn-pqrs'], description: 'Ten single-use recovery codes, shown this once: only their hashes are kept' })
  recoveryCodes: string[];
}
