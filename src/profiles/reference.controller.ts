import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { InterestView, LanguagesQueryDto, LanguageView, PlaceQueryDto, PlaceView } from './dto/reference.dto.js';
import { PlacesService } from './places/places.service.js';
import { listInterests } from './reference/interests.js';
import { listLanguages } from './reference/languages.js';

/** Reference data for forms; public, no token. */
@ApiTags('reference')
@Public()
@Controller()
export class ReferenceController {
  constructor(private readonly placeSearch: PlacesService) {}

  @Get('places')
  @ApiOperation({
    summary: 'Find places (GeoNames gazetteer): accent- and case-insensitive prefix search over their own and alternate names, best first, up to 10',
    description: 'Exact names first, then names starting with `q`, then (only when nothing starts with it) similar names; each group by population. A place found by an alternate name ("Den Haag", "Київ") is returned under its own name.',
  })
  @ApiOkResponse({ type: [PlaceView] })
  places(@Query() query: PlaceQueryDto): Promise<PlaceView[]> {
    return this.placeSearch.search(query.q, { country: query.country });
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
