import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { AccountAdministrationService } from './account-administration.service';
import { User } from './user.entity';
import { UserRepository } from './user.repository';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { UserLoaders } from './user.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AuthModule, AgenciesModule, PlansModule],
  providers: [UserLoaders, UserRepository, UsersService, AccountAdministrationService, UsersResolver],
  exports: [UsersService],
})
export class UsersModule {}
