import { Inject, Injectable } from '@nestjs/common';
import { Algorithm, hash, verify, type Options } from '@node-rs/argon2';
import { canonicalOneTimePassword } from '@jointops/domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS: Options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
/** Under test only (AppConfig.fastPasswordHashing): the same algorithm at argon2's minimum cost. */
const ARGON2_TEST_OPTIONS: Options = { algorithm: Algorithm.Argon2id, memoryCost: 256, timeCost: 1, parallelism: 1 };

@Injectable()
export class PasswordService {
  private readonly options: Options;
  /** Verified against when the email is unknown, so both paths cost the same time. */
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = config.fastPasswordHashing && !config.production ? ARGON2_TEST_OPTIONS : ARGON2_OPTIONS;
    this.dummyHash = hash('jointops-timing-equalizer', this.options);
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  /** An administrator's one-time password, hashed in its canonical form (see verifyAccount). */
  hashOneTime(password: string): Promise<string> {
    return this.hash(canonicalOneTimePassword(password));
  }

  /**
   * An account's password as typed: after an administrator's reset (`mustChange`) it is the
   * one-time password, stored in its canonical form, so capitals and missing dashes are no matter.
   */
  verifyAccount(account: { password_hash: string; must_change_password: boolean } | undefined, typed: string): Promise<boolean> {
    return this.verify(account?.password_hash ?? null, account?.must_change_password ? canonicalOneTimePassword(typed) : typed);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const target = passwordHash ?? (await this.dummyHash);
    try {
      const ok = await verify(target, password);
      return ok && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
