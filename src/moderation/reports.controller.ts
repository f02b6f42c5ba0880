import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/auth.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CreateReportDto, ReportView } from './dto/report.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @ApiOperation({
    summary: 'Report a message, a person or a match you are part of',
    description:
      'Name at least one of messageId, matchId, userId; a message implies its match and its sender. ' +
      'Reporting the same thing again while your first report is open returns that report instead of a second one.',
  })
  @ApiCreatedResponse({ type: ReportView })
  @ApiBadRequestResponse({ description: 'Nothing named, ids that do not belong together, or your own message' })
  @ApiNotFoundResponse({ description: 'Not something you are part of' })
  file(@CurrentUser() reporter: UserEntity, @Body() input: CreateReportDto): Promise<ReportView> {
    return this.reports.fileReport(reporter, input);
  }
}
