import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JobsController } from './jobs.controller.js';
import { JobsRepository } from './jobs.repository.js';
import { JobsService } from './jobs.service.js';

/** Global so every feature module can register its job's handler and send jobs. */
@Global()
@Module({ controllers: [JobsController], providers: [JobQueue, JobsRepository, JobsService], exports: [JobQueue] })
export class JobsModule {}
