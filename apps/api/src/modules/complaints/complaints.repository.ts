import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ComplaintCategory, ComplaintStatus, PublicLanguage } from '@jointops/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Complaint, ComplaintChange, type ComplaintStatusView } from './complaint.entity';

interface ComplaintRow {
  id: string;
  category: ComplaintCategory;
  status: ComplaintStatus;
  occurred_at: Date;
  location: string;
  description: string;
  contact: string | null;
  language: PublicLanguage | null;
  agency_id: string | null;
  plan_id: string | null;
  outcome: string | null;
  received_at: Date;
  updated_at: Date;
  version: number;
}

/** Every column but the tracking code's hash, which never leaves the database. */
const COLUMNS = `c.id, c.category, c.status, c.occurred_at, c.location, c.description, c.contact, c.language, c.agency_id, c.plan_id, c.outcome, c.received_at, c.updated_at, c.version`;

/** The advisory-lock namespace of the rate limit ('CMPL'); the second key is taken from the address hash. */
const FILINGS_LOCK_NAMESPACE = 0x434d504c;

function toComplaint(row: ComplaintRow): Complaint {
  return Object.assign(new Complaint(), {
    id: row.id,
    category: row.category,
    status: row.status,
    occurredAt: row.occurred_at,
    location: row.location,
    description: row.description,
    contact: row.contact,
    language: row.language,
    agencyId: row.agency_id,
    planId: row.plan_id,
    outcome: row.outcome,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

export interface NewComplaint {
  trackingHash: Buffer;
  category: ComplaintCategory;
  occurredAt: Date;
  location: string;
  description: string;
  contact: string | null;
  language: PublicLanguage | null;
  agencyId: string | null;
  receivedAt: Date;
}

export type ComplaintFields = Partial<Pick<Complaint, 'status' | 'planId' | 'agencyId' | 'outcome'>>;
export type FieldChanges = Record<string, { from: string | null; to: string | null }>;

/** The complaints tables (complaints, complaint_history, complaint_filings, complaint_access_log). */
@Injectable()
export class ComplaintsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, complaint: NewComplaint): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO complaints (tracking_hash, category, occurred_at, location, description, contact, language, agency_id, received_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [complaint.trackingHash, complaint.category, complaint.occurredAt, complaint.location, complaint.description, complaint.contact, complaint.language, complaint.agencyId, complaint.receivedAt],
    );
    return row.id;
  }

  /** One history row: who (null: the anonymous filing), when, and each changed field from and to. */
  async appendHistory(manager: EntityManager, complaintId: string, at: Date, actorId: string | null, changes: FieldChanges): Promise<void> {
    await manager.query(`INSERT INTO complaint_history (complaint_id, actor_id, at, changes) VALUES ($1, $2, $3, $4)`, [complaintId, actorId, at, JSON.stringify(changes)]);
  }

  /**
   * Serializes the filings of one client address across replicas until the transaction ends, so
   * counting them and adding one are a single step. Addresses whose hashes share the lock key only wait for each other.
   */
  async lockAddress(manager: EntityManager, addressHash: Buffer): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1::int, $2::int)`, [FILINGS_LOCK_NAMESPACE, addressHash.readInt32BE(0)]);
  }

  /** Forgets every filing (of any address) from before `cutoff`. */
  async forgetFilingsBefore(manager: EntityManager, cutoff: Date): Promise<void> {
    await manager.query(`DELETE FROM complaint_filings WHERE filed_at < $1`, [cutoff]);
  }

  /** The address's filings after `since`, newest first, at most `limit`. */
  async recentFilings(manager: EntityManager, addressHash: Buffer, since: Date, limit: number): Promise<Date[]> {
    const rows: Array<{ filed_at: Date }> = await manager.query(
      `SELECT filed_at FROM complaint_filings WHERE address_hash = $1 AND filed_at > $2 ORDER BY filed_at DESC LIMIT $3`,
      [addressHash, since, limit],
    );
    return rows.map((row) => row.filed_at);
  }

  async recordFiling(manager: EntityManager, addressHash: Buffer, at: Date): Promise<void> {
    await manager.query(`INSERT INTO complaint_filings (address_hash, filed_at) VALUES ($1, $2)`, [addressHash, at]);
  }

  /** What the holder of the code sees; null when no complaint has this hash. One indexed lookup either way. */
  async statusByTrackingHash(trackingHash: Buffer): Promise<ComplaintStatusView | null> {
    const rows: Array<{ status: ComplaintStatus; received_at: Date; updated_at: Date; outcome: string | null }> = await this.dataSource.query(
      `SELECT status, received_at, updated_at, outcome FROM complaints WHERE tracking_hash = $1`,
      [trackingHash],
    );
    const row = rows[0];
    return row ? { status: row.status, receivedAt: row.received_at, updatedAt: row.updated_at, outcome: row.status === 'CLOSED' ? row.outcome : null } : null;
  }

  async findById(id: string, manager?: EntityManager): Promise<Complaint | null> {
    const rows: ComplaintRow[] = await (manager ?? this.dataSource.manager).query(`SELECT ${COLUMNS} FROM complaints c WHERE c.id = $1`, [id]);
    return rows[0] ? toComplaint(rows[0]) : null;
  }

  /** The complaint, its row locked until the caller's transaction ends. */
  async lock(manager: EntityManager, id: string): Promise<Complaint | null> {
    const rows: ComplaintRow[] = await manager.query(`SELECT ${COLUMNS} FROM complaints c WHERE c.id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toComplaint(rows[0]) : null;
  }

  /** Newest first, at most 1000, optionally of one status or linked to one operation. */
  async list(filter: { status?: ComplaintStatus | null; planId?: string | null }): Promise<Complaint[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const conditions = ['TRUE'];
    if (filter.status) conditions.push(`c.status = ${bind(filter.status)}`);
    if (filter.planId) conditions.push(`c.plan_id = ${bind(filter.planId)}`);
    const rows: ComplaintRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM complaints c WHERE ${conditions.join(' AND ')} ORDER BY c.received_at DESC, c.id LIMIT 1000`, parameters);
    return rows.map(toComplaint);
  }

  /** Writes the fields and raises the version; false when the version was not `expectedVersion` (nothing written). */
  async update(manager: EntityManager, id: string, expectedVersion: number, fields: ComplaintFields, at: Date): Promise<boolean> {
    const parameters: unknown[] = [id, expectedVersion, at];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const sets = ['version = version + 1', 'updated_at = $3'];
    if (fields.status !== undefined) sets.push(`status = ${bind(fields.status)}`);
    if (fields.planId !== undefined) sets.push(`plan_id = ${bind(fields.planId)}`);
    if (fields.agencyId !== undefined) sets.push(`agency_id = ${bind(fields.agencyId)}`);
    if (fields.outcome !== undefined) sets.push(`outcome = ${bind(fields.outcome)}`);
    const [, count] = await manager.query(`UPDATE complaints SET ${sets.join(', ')} WHERE id = $1 AND version = $2`, parameters);
    return count === 1;
  }

  /** The histories of several complaints, oldest first. */
  async history(complaintIds: readonly string[]): Promise<ComplaintChange[]> {
    const rows: Array<{ complaint_id: string; at: Date; actor_id: string | null; changes: FieldChanges }> = await this.dataSource.query(
      `SELECT complaint_id, at, actor_id, changes FROM complaint_history WHERE complaint_id = ANY($1::uuid[]) ORDER BY at, id`,
      [[...complaintIds]],
    );
    return rows.map((row) =>
      Object.assign(new ComplaintChange(), {
        complaintId: row.complaint_id,
        at: row.at,
        byId: row.actor_id,
        changes: Object.entries(row.changes).map(([field, change]) => ({ field, from: change.from, to: change.to })),
      }),
    );
  }

  async agencyExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM agencies WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async planExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM plans WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Agencies that took part in an operation (a plan ACTIVE, COMPLETED or CLOSED), by name. */
  publicAgencies(): Promise<Agency[]> {
    return this.dataSource
      .getRepository(Agency)
      .createQueryBuilder('a')
      .where(`EXISTS (SELECT 1 FROM plan_agencies pa JOIN plans p ON p.id = pa.plan_id WHERE pa.agency_id = a.id AND p.status IN ('ACTIVE', 'COMPLETED', 'CLOSED'))`)
      .orderBy('lower(a.name)')
      .addOrderBy('a.id')
      .getMany();
  }

  /** Who read the text of these complaints, one row each. */
  async recordReads(complaintIds: readonly string[], userId: string, requestId: string | null): Promise<void> {
    if (complaintIds.length === 0) return;
    await this.dataSource.query(`INSERT INTO complaint_access_log (complaint_id, user_id, action, request_id) SELECT unnest($1::uuid[]), $2, 'VIEW', $3`, [[...complaintIds], userId, requestId]);
  }
}
