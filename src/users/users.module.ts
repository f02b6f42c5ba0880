import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeController } from './me.controller.js';
import { ProfileViews } from './profile-views.js';
import { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [MeController],
  providers: [UsersRepository, ProfileViews],
  exports: [UsersRepository, ProfileViews],
})
export class UsersModule {}
