import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MAX_ENDPOINT_LENGTH } from '../domain/push-rules.js';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

export class PushPublicKeyView {
  @ApiProperty({ description: "The VAPID public key (base64url) for `PushManager.subscribe`'s applicationServerKey" }) publicKey: string;
}

export class PushSubscriptionKeysInput {
  @ApiProperty({ description: "The browser's P-256 public key, base64url (65 bytes)", maxLength: 128 })
  @IsString() @MaxLength(128) @Matches(BASE64URL, { message: 'p256dh must be base64url' }) p256dh: string;

  @ApiProperty({ description: 'The 16-byte auth secret, base64url', maxLength: 64 })
  @IsString() @MaxLength(64) @Matches(BASE64URL, { message: 'auth must be base64url' }) auth: string;
}

/** What `PushSubscription.toJSON()` gives (its `expirationTime` is not kept). */
export class PushSubscriptionInput {
  @ApiProperty({ description: "The push service's address for this browser: https (http only on this machine, outside production)", maxLength: MAX_ENDPOINT_LENGTH })
  @IsString() @IsNotEmpty() @MaxLength(MAX_ENDPOINT_LENGTH) endpoint: string;

  @ApiProperty({ type: PushSubscriptionKeysInput })
  @IsObject() @ValidateNested() @Type(() => PushSubscriptionKeysInput) keys: PushSubscriptionKeysInput;

  @ApiProperty({ required: false, nullable: true, description: 'Ignored (browsers send it)', type: Number })
  @IsOptional() @IsNumber() expirationTime?: number | null;
}

export class PushUnsubscribeInput {
  @ApiProperty({ maxLength: MAX_ENDPOINT_LENGTH }) @IsString() @IsNotEmpty() @MaxLength(MAX_ENDPOINT_LENGTH) endpoint: string;
}
