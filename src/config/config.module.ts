import { DynamicModule, Global, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { Clock } from '../common/clock.js';
import { DomainEvents } from '../common/domain-events.js';
import { AppConfig } from './app-config.js';

/**
 * Makes the validated configuration, the clock and the domain event bus injectable everywhere. The
 * bus's emitter comes with it, so the app and every CLI context get the same wiring.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      imports: [EventEmitterModule.forRoot()],
      providers: [{ provide: AppConfig, useValue: config }, Clock, DomainEvents],
      exports: [AppConfig, Clock, DomainEvents],
    };
  }
}
