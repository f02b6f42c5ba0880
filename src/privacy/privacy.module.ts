import { Global, Module } from '@nestjs/common';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionJob } from './retention.job.js';
import { RetentionRegistry } from './retention.registry.js';

@Global()
@Module({ controllers: [PrivacyController], providers: [PersonalDataRegistry, RetentionRegistry, PrivacyService, RetentionJob], exports: [PersonalDataRegistry, RetentionRegistry] })
export class PrivacyModule {}
