import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { JobView } from './dto/job.view.js';
import { JobsService } from './jobs.service.js';

@ApiTags('staff: jobs')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not staff' })
@Roles('staff')
@Controller('staff/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({
    summary: 'Every background job: its schedule, retry policy, runs by state, last completion and last failure',
    description: "Platform-wide machinery, the same for every coordinator and admin: it names jobs and counts runs, nothing about any organisation's people.",
  })
  @ApiOkResponse({ type: [JobView] })
  list(): Promise<JobView[]> {
    return this.jobs.overview();
  }
}
