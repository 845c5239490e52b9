import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { Session } from './session.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Session])],
  providers: [AuthService, PasswordService, SecurityLogService, LoginThrottleService, AuthResolver],
  exports: [AuthService, PasswordService, SecurityLogService, LoginThrottleService],
})
export class AuthModule {}
