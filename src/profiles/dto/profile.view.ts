import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GENDERS, PARTNER_GENDERS } from '../profile.entity.js';
import { AvailabilityInput, LanguageInput } from './profile-input.dto.js';

export class OwnPlaceView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() countryCode: string;
  @ApiProperty({ description: 'Shown to the profile\'s owner only' }) lat: number;
  @ApiProperty({ description: 'Shown to the profile\'s owner only' }) lon: number;
}

/** The profile as its owner sees it: the input as stored, plus the resolved place. */
export class ProfileView {
  @ApiProperty({ nullable: true, type: String }) bio: string | null;
  @ApiProperty({ nullable: true, type: Number }) birthYear: number | null;
  @ApiProperty({ enum: GENDERS, nullable: true }) gender: string | null;
  @ApiProperty({ enum: PARTNER_GENDERS, nullable: true }) partnerGender: string | null;
  @ApiProperty({ nullable: true, type: String }) placeId: string | null;
  @ApiProperty({ type: OwnPlaceView, nullable: true }) place: OwnPlaceView | null;
  @ApiProperty({ nullable: true, type: Number }) maxDistanceKm: number | null;
  @ApiProperty() meetOnline: boolean;
  @ApiProperty({ type: [LanguageInput] }) languages: LanguageInput[];
  @ApiProperty({ type: [String] }) learning: string[];
  @ApiProperty({ type: [String] }) interests: string[];
  @ApiProperty({ type: [AvailabilityInput] }) availability: AvailabilityInput[];
  @ApiProperty({ nullable: true, type: String }) timezone: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Hosts only' }) capacity: number | null;
}

export class PublicPlaceView {
  @ApiProperty() name: string;
  @ApiProperty() countryCode: string;
}

/** What one person may see of another: never email, birth year or coordinates. */
export class PublicUserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['migrant', 'host', 'staff'] }) role: string;
  @ApiProperty({ type: PublicPlaceView, nullable: true }) place: PublicPlaceView | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole kilometres between the two places; null when unknown' }) distanceKm: number | null;
  @ApiProperty({ type: [LanguageInput] }) languages: LanguageInput[];
  @ApiProperty({ type: [String] }) learning: string[];
  @ApiProperty({ type: [String] }) interests: string[];
  @ApiProperty({ nullable: true, type: String }) bio: string | null;
}
