import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { AppConfig } from './app-config.js';

/** Makes the validated configuration, the clock and the domain event bus injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }, Clock, DomainEvents], exports: [AppConfig, Clock, DomainEvents] };
  }
}
