import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { SuggestionsQueryDto, SuggestionView } from './dto/matching.dto.js';
import { SuggestionsService } from './suggestions.service.js';

@ApiTags('matching')
@ApiBearerAuth()
@Roles('migrant', 'host')
@Controller('matching')
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get('suggestions')
  @ApiOperation({
    summary: 'Eligible partners for the caller, best first, with the reasons for each score',
    description: 'Empty for a migrant in a proposed or active match and for a host without an open slot.',
  })
  @ApiOkResponse({ type: [SuggestionView] })
  @ApiForbiddenResponse({ description: 'Staff are not matched' })
  @ApiConflictResponse({ description: 'The caller\'s profile is incomplete (`params.missing` lists what), or the caller is a host not verified (yet)' })
  list(@CurrentUser() user: UserEntity, @Query() query: SuggestionsQueryDto): Promise<SuggestionView[]> {
    return this.suggestions.suggestionsFor(user, query.limit);
  }
}
