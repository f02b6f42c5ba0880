import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OptionalUser, PublicWithOptionalUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { OpenProgrammesQueryDto } from './dto/membership.dto.js';
import { ProgrammeView } from './dto/programme.view.js';
import { ProgrammesService } from './programmes.service.js';

@ApiTags('programmes')
@PublicWithOptionalUser()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @ApiOperation({
    summary: 'Open programmes whose region holds the place (every open one without `placeId`), oldest first; no token needed',
    description: 'A region holds a place in one of its countries (none: anywhere) and, when it has a centre, within its radius. An unknown `placeId` is 400.',
  })
  @ApiOkResponse({ type: [ProgrammeView] })
  @ApiBadRequestResponse({ description: 'placeId is not a place from GET /api/places' })
  list(@Query() query: OpenProgrammesQueryDto): Promise<ProgrammeView[]> {
    return this.programmes.listOpen(query.placeId);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One programme; no token needed',
    description: 'Open programmes answer anyone. Drafts and closed ones answer only staff of their organisation and admins (send the bearer token); anyone else gets 404.',
  })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiNotFoundResponse({ description: 'No such programme, or not open and the caller is not its staff' })
  findOne(@Param('id', ParseUUIDPipe) id: string, @OptionalUser() viewer: UserEntity | undefined): Promise<ProgrammeView> {
    return this.programmes.findVisible(id, viewer);
  }
}
