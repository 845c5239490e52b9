import { UseGuards } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '../../core/guards/allow-anonymous.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { SsoService } from './sso.service';

@ObjectType({ description: 'How this deployment lets people sign in: public facts the sign-in page needs before anyone has signed in.' })
export class SignInOptions {
  @Field({ description: 'Single sign-on with the agency identity provider (OpenID Connect) is configured: the page offers "Sign in with your agency" (GET /auth/oidc/start).' })
  sso!: boolean;
}

@Resolver()
@UseGuards(SessionGuard)
export class SignInOptionsResolver {
  constructor(private readonly sso: SsoService) {}

  @Query(() => SignInOptions, { description: 'Anonymous: what the sign-in page may offer. Carries no secret (not the issuer, nor the client id).' })
  @AllowAnonymous()
  signInOptions(): SignInOptions {
    return { sso: this.sso.configured };
  }
}
