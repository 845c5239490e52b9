import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { RoleAssignment } from './role-assignment.entity';
import { PlanRolesResolver, RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';

@Module({
  imports: [TypeOrmModule.forFeature([RoleAssignment]), AuthModule, PlansModule],
  exports: [RolesService],
  providers: [RolesService, RolesResolver, PlanRolesResolver],
})
export class RolesModule {}
