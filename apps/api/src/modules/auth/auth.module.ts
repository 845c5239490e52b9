import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { CredentialsRepository } from './credentials.repository';
import { CredentialsService } from './credentials.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SecurityLogRepository } from './security-log.repository';
import { SecurityLogService } from './security-log.service';
import { Session } from './session.entity';
import { SessionRepository } from './session.repository';

@Module({
  imports: [TypeOrmModule.forFeature([Session])],
  providers: [
    AuthService,
    CredentialsService,
    PasswordService,
    SecurityLogService,
    LoginThrottleService,
    SessionRepository,
    CredentialsRepository,
    LoginThrottleRepository,
    SecurityLogRepository,
    AuthResolver,
  ],
  exports: [AuthService, CredentialsService, PasswordService, SecurityLogService, LoginThrottleService],
})
export class AuthModule {}
