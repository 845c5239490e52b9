import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OidcClient } from './oidc-client';
import { SsoController } from './sso.controller';
import { SsoRepository } from './sso.repository';
import { SsoService } from './sso.service';

/** Single sign-on with OpenID Connect: /auth/oidc/options, /auth/oidc/start and /auth/oidc/callback. */
@Module({
  imports: [AuthModule],
  controllers: [SsoController],
  providers: [OidcClient, SsoRepository, SsoService],
})
export class SsoModule {}
