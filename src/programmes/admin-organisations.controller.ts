import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { CreateCoordinatorDto, CreateOrganisationDto, OrganisationView, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('admin: organisations')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not a platform admin' })
@Roles('admin')
@Controller('admin/organisations')
export class AdminOrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @ApiOperation({ summary: 'Create an organisation (audited as `organisation.create`)', description: 'The name is unique whatever its case (409 `organisation.name-taken`); the country is a code of a country in the gazetteer.' })
  @ApiCreatedResponse({ type: OrganisationView })
  @ApiConflictResponse({ description: '`organisation.name-taken`' })
  create(@CurrentUser() admin: UserEntity, @Body() body: CreateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(admin, body);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an organisation: name, country or safeguarding address (audited as `organisation.update`)',
    description: '`safeguardingEmail: null` removes the address (urgent concerns then go to every coordinator). 404 `organisation.not-found`; 409 `organisation.name-taken`.',
  })
  @ApiOkResponse({ type: OrganisationView })
  @ApiBadRequestResponse({ description: 'Invalid input' })
  @ApiNotFoundResponse({ description: 'No such organisation' })
  @ApiConflictResponse({ description: '`organisation.name-taken`' })
  update(@CurrentUser() admin: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.update(admin, id, body);
  }

  @Get()
  @ApiOperation({ summary: 'Every organisation, by name' })
  @ApiOkResponse({ type: [OrganisationView] })
  list(): Promise<OrganisationView[]> {
    return this.organisations.list();
  }

  @Post(':id/staff')
  @ApiOperation({
    summary: 'Create a coordinator (role `staff`) of the organisation (audited as `organisation.staff.create`)',
    description: 'The account rules of sign-up apply: 409 `auth.email-taken`, 400 `auth.weak-password`. 404 `organisation.not-found` for an unknown organisation.',
  })
  @ApiCreatedResponse({ type: UserView })
  @ApiBadRequestResponse({ description: 'Invalid input or a weak password' })
  @ApiNotFoundResponse({ description: 'No such organisation' })
  @ApiConflictResponse({ description: 'The email is taken' })
  createStaff(@CurrentUser() admin: UserEntity, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCoordinatorDto): Promise<UserView> {
    return this.organisations.createCoordinator(admin, id, body);
  }
}
