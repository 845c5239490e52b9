import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The password columns of the users table. Each method is one statement on the manager it is given. */
@Injectable()
export class CredentialsRepository {
  /** The account's password hash, read under a row lock so two changes are applied one after the other. */
  async lockPasswordHash(manager: EntityManager, userId: string): Promise<string | undefined> {
    const [row]: Array<{ password_hash: string }> = await manager.query(`SELECT password_hash FROM users WHERE id = $1 FOR UPDATE`, [userId]);
    return row?.password_hash;
  }

  /** Sets the password; `mustChange` makes the next sign-in choose a new one. */
  async setPassword(manager: EntityManager, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
    await manager.query(`UPDATE users SET password_hash = $2, must_change_password = $3, updated_at = now() WHERE id = $1`, [userId, passwordHash, mustChange]);
  }
}
