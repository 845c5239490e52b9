import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@jointops/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { preparedQuery } from '../../core/database/prepared-query';

/** A user's sign-in columns, looked up by email. */
export interface LoginAccount {
  id: string;
  password_hash: string;
  disabled_at: Date | null;
  /** The password is an administrator's one-time one. */
  must_change_password: boolean;
}

/** A usable session with its user, as the one touching statement returns them. */
export interface SessionUserRow {
  session_id: string;
  idle_expires_at: Date;
  id: string;
  email: string;
  display_name: string;
  agency_id: string;
  roles: Role[];
  must_change_password: boolean;
  authenticated_at: Date;
  restricted: boolean;
  second_factor: boolean;
}

export interface NewSession {
  userId: string;
  tokenHash: string;
  idleSeconds: number;
  absoluteHours: number;
  ip: string | null;
  userAgent: string | null;
  /** What the sign-in proved: a second factor, or that the account must still enroll one. */
  secondFactor: boolean;
  restricted: boolean;
  method: SignInMethod;
}

/** How a session's user proved who they are at sign-in. */
export type SignInMethod = 'password' | 'oidc';

export interface CreatedSession {
  id: string;
  idle_expires_at: Date;
  authenticated_at: Date;
}

/** Sessions and the account lookups sign-in needs. Each method is one statement, on its own or on the manager it is given. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The account with this (lower-cased) email, if any. */
  async findAccount(email: string): Promise<LoginAccount | undefined> {
    const [account]: LoginAccount[] = await this.dataSource.query(`SELECT id, password_hash, disabled_at, must_change_password FROM users WHERE lower(email) = $1`, [email]);
    return account;
  }

  /** The sign-in columns of the account with this id. */
  async findAccountById(id: string): Promise<LoginAccount | undefined> {
    const [account]: LoginAccount[] = await this.dataSource.query(`SELECT id, password_hash, disabled_at, must_change_password FROM users WHERE id = $1`, [id]);
    return account;
  }

  findUser(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  async create(session: NewSession): Promise<CreatedSession> {
    const [row]: CreatedSession[] = await this.dataSource.query(
      `INSERT INTO sessions (user_id, token_hash, idle_expires_at, absolute_expires_at, ip, user_agent, second_factor, restricted, method)
       VALUES ($1, $2, now() + make_interval(secs => $3), now() + make_interval(hours => $4), $5, $6, $7, $8, $9)
       RETURNING id, idle_expires_at, authenticated_at`,
      [session.userId, session.tokenHash, session.idleSeconds, session.absoluteHours, session.ip, session.userAgent, session.secondFactor, session.restricted, session.method],
    );
    return row;
  }

  /**
   * The session's user proved presence again (a re-authentication, or a second factor enrolled in
   * a restricted session): restarts its signature window, records whether a second factor was
   * used, and lifts the enrollment restriction once one is.
   */
  async proved(sessionId: string, secondFactor: boolean): Promise<{ authenticated_at: Date; idle_expires_at: Date } | undefined> {
    const [[row]]: [Array<{ authenticated_at: Date; idle_expires_at: Date }>, number] = await this.dataSource.query(
      `UPDATE sessions SET authenticated_at = now(), second_factor = $2, restricted = restricted AND NOT $2
        WHERE id = $1 AND revoked_at IS NULL
        RETURNING authenticated_at, idle_expires_at`,
      [sessionId, secondFactor],
    );
    return row;
  }

  /**
   * Slides the idle timeout of every usable session among these token hashes and returns each
   * with its user, in one statement (hashes of unusable sessions are simply absent). Every
   * request sends it, so it is a prepared statement (core/database/prepared-query.ts).
   */
  touchMany(tokenHashes: readonly string[], idleSeconds: number): Promise<Array<SessionUserRow & { token_hash: string }>> {
    return preparedQuery(
      this.dataSource.manager,
      `WITH touched AS (
         UPDATE sessions
            SET last_seen_at = now(),
                idle_expires_at = LEAST(now() + make_interval(secs => $2), absolute_expires_at)
          WHERE token_hash = ANY($1) AND revoked_at IS NULL AND idle_expires_at > now() AND absolute_expires_at > now()
          RETURNING id, user_id, token_hash, idle_expires_at, authenticated_at, restricted, second_factor)
       SELECT t.token_hash, t.id AS session_id, t.idle_expires_at, t.authenticated_at, t.restricted, t.second_factor, u.id, u.email, u.display_name, u.agency_id, u.roles, u.must_change_password
         FROM touched t JOIN users u ON u.id = t.user_id
        WHERE u.disabled_at IS NULL`,
      [[...new Set(tokenHashes)], idleSeconds],
    );
  }

  /** When each still-usable session among these runs out if unused, without sliding it. */
  expiries(sessionIds: readonly string[]): Promise<Array<{ id: string; expires_at: Date }>> {
    return this.dataSource.query(
      `SELECT id, LEAST(idle_expires_at, absolute_expires_at) AS expires_at FROM sessions
        WHERE id = ANY($1) AND revoked_at IS NULL AND idle_expires_at > now() AND absolute_expires_at > now()`,
      [[...sessionIds]],
    );
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every session of the user (but `exceptSessionId`, if given); answers the ids it ended. */
  async revokeAllOf(manager: EntityManager, userId: string, exceptSessionId: string | null = null): Promise<string[]> {
    const [rows]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND absolute_expires_at > now() AND ($2::uuid IS NULL OR id <> $2::uuid)
        RETURNING id`,
      [userId, exceptSessionId],
    );
    return rows.map((row) => row.id);
  }

  /** The user's sessions that are still usable. */
  async liveIdsOf(userId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND idle_expires_at > now() AND absolute_expires_at > now()`,
      [userId],
    );
    return rows.map((row) => row.id);
  }
}
