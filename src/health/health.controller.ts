import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { SkipRateLimit } from '../common/rate-limit.decorators.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Public()
  @SkipRateLimit()
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ description: '`{ status: "ok", info: { database: { status: "up" } } }`' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 3000 })]);
  }
}
