import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface NewOidcLogin {
  stateHash: string;
  browserHash: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  minutes: number;
}

export interface OidcLoginRow {
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
}

export interface SsoAccount {
  id: string;
  email: string;
  disabled_at: Date | null;
}

/** The sign-ins started with the identity provider (oidc_logins), and the accounts they may open. */
@Injectable()
export class SsoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a started sign-in; those past their expiry go in the same statement, so abandoned ones do not pile up. */
  async create(login: NewOidcLogin): Promise<void> {
    await this.dataSource.query(
      `WITH expired AS (DELETE FROM oidc_logins WHERE expires_at < now())
       INSERT INTO oidc_logins (state_hash, browser_hash, nonce, code_verifier, redirect_uri, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
      [login.stateHash, login.browserHash, login.nonce, login.codeVerifier, login.redirectUri, login.minutes],
    );
  }

  /** Uses up the unexpired, unused sign-in with this state hash and answers it; once only. */
  async consume(stateHash: string): Promise<OidcLoginRow | undefined> {
    const [rows]: [OidcLoginRow[], number] = await this.dataSource.query(
      `UPDATE oidc_logins SET used_at = now()
        WHERE state_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING browser_hash, nonce, code_verifier, redirect_uri`,
      [stateHash],
    );
    return rows[0];
  }

  /** The account with this email, compared case-insensitively as sign-in does. */
  async findAccount(email: string): Promise<SsoAccount | undefined> {
    const [account]: SsoAccount[] = await this.dataSource.query(`SELECT id, email, disabled_at FROM users WHERE lower(email) = lower($1)`, [email]);
    return account;
  }
}
