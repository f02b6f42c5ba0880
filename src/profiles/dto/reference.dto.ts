import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class PlaceQueryDto {
  @ApiProperty({ example: 'Amst', description: 'Start of a place name, in any of the names it is known by ("Den Haag", "Київ", "Cologne"); case and accents are ignored' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ example: 'NL', description: 'ISO 3166-1 alpha-2 country code' })
  @IsOptional() @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as NL' })
  country?: string;
}

export class LanguagesQueryDto {
  @ApiPropertyOptional({ example: 'nl', description: 'Locale for the names; defaults to the Accept-Language header, then English' })
  @IsOptional() @IsString() @MaxLength(35)
  locale?: string;
}

export class PlaceView {
  @ApiProperty({ example: '2759794' }) id: string;
  @ApiProperty({ example: 'Amsterdam' }) name: string;
  @ApiProperty({ example: 'NL' }) countryCode: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty() population: number;
}

export class LanguageView {
  @ApiProperty({ example: 'ar' }) code: string;
  @ApiProperty({ example: 'Arabic' }) name: string;
}

export class InterestView {
  @ApiProperty({ example: 'cooking' }) code: string;
  @ApiProperty({ example: 'Cooking' }) label: string;
}
