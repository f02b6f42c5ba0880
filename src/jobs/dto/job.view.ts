import { ApiProperty } from '@nestjs/swagger';
import { JOB_NAMES, type JobName } from '../job-catalogue.js';

export class JobCountsView {
  @ApiProperty({ description: 'Waiting to run (including scheduled for later)' }) created: number;
  @ApiProperty({ description: 'Failed, waiting for its next attempt' }) retry: number;
  @ApiProperty({ description: 'Running now' }) active: number;
  @ApiProperty() completed: number;
  @ApiProperty({ description: 'Failed on every attempt' }) failed: number;
  @ApiProperty() cancelled: number;
}

export class JobFailureView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() error: string;
}

/** One background job as staff see it: its schedule and the state of its recent runs. */
export class JobView {
  @ApiProperty({ enum: JOB_NAMES }) name: JobName;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true, description: 'Cron expression (UTC); null when it runs on request' }) schedule: string | null;
  @ApiProperty({ description: 'Attempts after a failure, with exponential backoff' }) retryLimit: number;
  @ApiProperty({ type: JobCountsView, description: 'Runs by state, over what the queue keeps (completed runs are archived after 12 hours)' }) counts: JobCountsView;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastCompletedAt: string | null;
  @ApiProperty({ type: JobFailureView, nullable: true, description: 'The newest run that failed on every attempt' }) lastFailure: JobFailureView | null;
}
