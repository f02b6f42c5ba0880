import { Global, Module } from '@nestjs/common';
import { PersonalDataRegistry } from './personal-data.registry.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';

@Global()
@Module({ controllers: [PrivacyController], providers: [PersonalDataRegistry, PrivacyService], exports: [PersonalDataRegistry] })
export class PrivacyModule {}
