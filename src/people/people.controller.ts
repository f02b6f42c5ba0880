import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { PeoplePageView, PeopleQueryDto, PersonPageView } from './dto/people.dto.js';
import { PeopleService } from './people.service.js';

const PEOPLE =
  "A coordinator's people are those of their organisation: members (present or past) of its programmes, volunteers it vetted, and its coordinators. Admins: everyone. Erased accounts are not listed.";

@ApiTags('staff: people')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({
    summary: 'Find people by part of their display name or email address, a page at a time, by name or sign-up date',
    description: `${PEOPLE} Case and common accents are ignored. Reading the list is not written to the audit log.`,
  })
  @ApiOkResponse({ type: PeoplePageView })
  @ApiBadRequestResponse({ description: 'limit outside 1..100, page outside 1..10000, an unknown sort or role, q over 200 characters' })
  @ApiNotFoundResponse({ description: 'A coordinator named another organisation (`organisation.not-found`)' })
  search(@CurrentUser() staff: UserEntity, @Query() query: PeopleQueryDto): Promise<PeoplePageView> {
    return this.people.search(staff, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: "A person page: the account and profile as staff see them, and the person's matches, reports and check-ins in the caller's organisation",
    description:
      `${PEOPLE} The rest of the page has its own routes: vetting checks (GET /api/staff/volunteers/{id}/checks), recent emails (GET /api/staff/users/{id}/emails) ` +
      'and the audit trail (GET /api/staff/audit-log?targetId={id}). Reading it is not written to the audit log (only reading a conversation is).',
  })
  @ApiOkResponse({ type: PersonPageView })
  @ApiNotFoundResponse({ description: "No such person, erased, or not one of the caller's organisation's people (`user.not-found`)" })
  page(@CurrentUser() staff: UserEntity, @Param('id', ParseUUIDPipe) id: string): Promise<PersonPageView> {
    return this.people.page(staff, id);
  }
}
