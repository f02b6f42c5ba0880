import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountCreation } from './account-creation.js';
import { AccountPersonalData } from './account-personal-data.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginFailureEntity } from './login-failure.entity.js';
import { LoginFailuresRepository } from './login-failures.repository.js';
import { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';
import { SignInRecordsSweep } from './sign-in-records-sweep.js';
import { StaffBootstrap } from './staff-bootstrap.js';
import { TWO_FACTOR_CONTROLLERS, TWO_FACTOR_PROVIDERS } from './two-factor/two-factor.providers.js';
import { TwoFactorGate } from './two-factor/two-factor-gate.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity, LoginFailureEntity]),
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ secret: config.jwtSecret }) }),
    UsersModule,
    ProfilesModule,
    OrganisationsModule,
  ],
  controllers: [AuthController, ...TWO_FACTOR_CONTROLLERS],
  providers: [AccountCreation, AccountPersonalData, AuthService, SessionsRepository, LoginFailuresRepository, StaffBootstrap, SignInRecordsSweep, ...TWO_FACTOR_PROVIDERS],
  exports: [AuthService, SessionsRepository, AccountCreation, TwoFactorGate],
})
export class AuthModule {}
