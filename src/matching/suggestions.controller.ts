import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
    description:
      'Each suggestion names its `programmeId`: pairs are eligible only inside a programme both are active members of, under its rules. ' +
      'Without `programmeId`, every open programme of the caller, merged best first, a partner shown once in their best programme. ' +
      'Programmes where the caller cannot take another match (a migrant with a proposed or active match there, a host without an open slot anywhere) add nothing.',
  })
  @ApiNotFoundResponse({ description: 'programmeId names a programme the caller is not an active member of (`programme.not-found`)' })
  @ApiOkResponse({ type: [SuggestionView] })
  @ApiForbiddenResponse({ description: 'Staff are not matched' })
  @ApiConflictResponse({ description: 'The caller\'s profile is incomplete (`params.missing` lists what), or the caller is a host not verified (yet)' })
  list(@CurrentUser() user: UserEntity, @Query() query: SuggestionsQueryDto): Promise<SuggestionView[]> {
    return this.suggestions.suggestionsFor(user, query.limit, query.programmeId);
  }
}
