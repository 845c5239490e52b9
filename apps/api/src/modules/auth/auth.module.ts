import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ChallengeRepository } from './challenge.repository';
import { MfaService } from './mfa.service';
import { PasskeyVerifier } from './passkey-verifier';
import { PasskeyRepository } from './passkey.repository';
import { PasskeyResolver } from './passkey.resolver';
import { PasskeyService } from './passkey.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SecondFactorResolver } from './second-factor.resolver';
import { TotpService } from './totp.service';
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
    SecondFactorRepository,
    ChallengeRepository,
    TotpService,
    MfaService,
    PasskeyVerifier,
    SecondFactorResolver,
    PasskeyRepository,
    PasskeyService,
    PasskeyResolver,
  ],
  exports: [AuthService, CredentialsService, PasswordService, SecurityLogService, LoginThrottleService, SecondFactorRepository, ChallengeRepository],
})
export class AuthModule {}
