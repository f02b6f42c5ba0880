import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { InterestView, LanguagesQueryDto, LanguageView, PlaceQueryDto, PlaceView } from './dto/reference.dto.js';
import { getGazetteer } from './reference/gazetteer.js';
import { listInterests } from './reference/interests.js';
import { listLanguages } from './reference/languages.js';

/** Reference data for forms; public, no token. */
@ApiTags('reference')
@Public()
@Controller()
export class ReferenceController {
  @Get('places')
  @ApiOperation({ summary: 'Find places (offline GeoNames gazetteer): accent- and case-insensitive prefix search, best first, up to 10' })
  @ApiOkResponse({ type: [PlaceView] })
  places(@Query() query: PlaceQueryDto): PlaceView[] {
    return getGazetteer().search(query.q, { country: query.country });
  }

  @Get('languages')
  @ApiOperation({ summary: 'ISO 639 languages, named in the caller\'s locale where known' })
  @ApiOkResponse({ type: [LanguageView] })
  @ApiHeader({ name: 'accept-language', required: false, description: 'Used for the names when `locale` is absent' })
  languages(@Query() query: LanguagesQueryDto, @Headers('accept-language') acceptLanguage?: string): LanguageView[] {
    return listLanguages(query.locale ?? firstLanguageTag(acceptLanguage) ?? 'en');
  }

  @Get('interests')
  @ApiOperation({ summary: 'The curated interest taxonomy; codes are stable' })
  @ApiOkResponse({ type: [InterestView] })
  interests(): InterestView[] {
    return listInterests();
  }
}

function firstLanguageTag(header: string | undefined): string | undefined {
  const tag = header?.split(',')[0]?.split(';')[0]?.trim();
  return tag === undefined || tag === '' || tag === '*' ? undefined : tag;
}
