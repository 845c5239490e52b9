import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A passkey as listed to its owner. */
export interface PasskeyListRow {
  id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
}

/** What a ceremony needs of a passkey: its credential (id, COSE public key, signature counter, transports). */
export interface PasskeyCredentialRow {
  id: string;
  credential_id: string;
  public_key: Buffer;
  /** bigint: pg answers it as text. */
  counter: string;
  transports: string[];
}

export interface NewPasskey {
  userId: string;
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: readonly string[];
  name: string;
}

/** The passkeys table (WebAuthn credentials). Each method is one statement, on its own or on the manager it is given. */
@Injectable()
export class PasskeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(userId: string): Promise<PasskeyListRow[]> {
    return this.dataSource.query(`SELECT id, name, created_at, last_used_at FROM passkeys WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
  }

  credentialsOf(userId: string): Promise<Array<{ credential_id: string; transports: string[] }>> {
    return this.dataSource.query(`SELECT credential_id, transports FROM passkeys WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
  }

  /** The account's passkey with this credential id; never another account's. */
  async findOwn(userId: string, credentialId: string): Promise<PasskeyCredentialRow | undefined> {
    const [row]: PasskeyCredentialRow[] = await this.dataSource.query(
      `SELECT id, credential_id, public_key, counter::text AS counter, transports FROM passkeys WHERE user_id = $1 AND credential_id = $2`,
      [userId, credentialId],
    );
    return row;
  }

  /** Stores a new passkey; undefined when a passkey with this credential id is already registered. */
  async insert(manager: EntityManager, passkey: NewPasskey): Promise<PasskeyListRow | undefined> {
    const [row]: PasskeyListRow[] = await manager.query(
      `INSERT INTO passkeys (user_id, credential_id, public_key, counter, transports, name) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (credential_id) DO NOTHING
       RETURNING id, name, created_at, last_used_at`,
      [passkey.userId, passkey.credentialId, Buffer.from(passkey.publicKey), passkey.counter, [...passkey.transports], passkey.name],
    );
    return row;
  }

  /**
   * Records a verified use: the authenticator's new signature counter and the time. False when the
   * counter moved since it was read (another use of the same passkey got there first).
   */
  async recordUse(id: string, previousCounter: string, newCounter: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE passkeys SET counter = $3, last_used_at = now() WHERE id = $1 AND counter = $2::bigint RETURNING id`,
      [id, previousCounter, newCounter],
    );
    return rows.length === 1;
  }

  /** Removes the account's passkey; undefined when the account has none with this id. */
  async remove(manager: EntityManager, userId: string, id: string): Promise<{ id: string; name: string } | undefined> {
    const [rows]: [Array<{ id: string; name: string }>, number] = await manager.query(`DELETE FROM passkeys WHERE id = $1 AND user_id = $2 RETURNING id, name`, [id, userId]);
    return rows[0];
  }
}
