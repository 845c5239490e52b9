import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { Session } from './session.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Session])],
  providers: [AuthService, PasswordService, SecurityLogService, AuthResolver],
  exports: [AuthService, PasswordService, SecurityLogService],
})
export class AuthModule {}
