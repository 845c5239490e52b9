import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgreementChangeKind, AgreementKind, OperationType } from '@jointops/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Agreement, AgreementChange } from './agreement.types';

interface AgreementRow {
  id: string;
  title: string;
  kind: AgreementKind;
  scope: OperationType[];
  data_sharing_terms: string;
  reporting_requirements: string;
  effective_from: Date;
  expires_on: Date | null;
  terminated_at: Date | null;
  termination_reason: string | null;
  version: number;
  created_at: Date;
  created_by_id: string;
  agency_ids: string[];
  document_name: string | null;
}

/** An agreement with its parties (by short name) and its document's name, for `FROM agreements a`. */
const COLUMNS = `a.id, a.title, a.kind, a.scope, a.data_sharing_terms, a.reporting_requirements, a.effective_from, a.expires_on,
  a.terminated_at, a.termination_reason, a.version, a.created_at, a.created_by_id,
  ARRAY(SELECT aa.agency_id FROM agreement_agencies aa JOIN agencies g ON g.id = aa.agency_id WHERE aa.agreement_id = a.id ORDER BY g.short_name, g.id) AS agency_ids,
  (SELECT d.name FROM agreement_documents d WHERE d.agreement_id = a.id) AS document_name`;

/** In force at `$at` (a parameter): effective, not past its expiry, not terminated (agreementActiveAt in SQL). */
const activeAt = (at: string) => `(a.effective_from <= ${at} AND (a.expires_on IS NULL OR ${at} <= a.expires_on) AND (a.terminated_at IS NULL OR ${at} < a.terminated_at))`;

/**
 * Agreement `a` covers plan `p`: the plan's lead agency and another of its participating agencies
 * are parties, and it is in force at some moment of the plan's window (no window: at `now`, a parameter).
 */
const coversPlan = (now: string) => `(
  EXISTS (SELECT 1 FROM agreement_agencies x WHERE x.agreement_id = a.id AND x.agency_id = p.lead_agency_id)
  AND EXISTS (SELECT 1 FROM agreement_agencies x JOIN plan_agencies pa ON pa.plan_id = p.id AND pa.agency_id = x.agency_id
               WHERE x.agreement_id = a.id AND x.agency_id <> p.lead_agency_id)
  AND a.effective_from <= COALESCE(p.ends_at, p.starts_at, ${now})
  AND (a.expires_on IS NULL OR a.expires_on >= COALESCE(p.starts_at, p.ends_at, ${now}))
  AND (a.terminated_at IS NULL OR a.terminated_at > COALESCE(p.starts_at, p.ends_at, ${now})))`;

function toAgreement(row: AgreementRow): Agreement {
  return Object.assign(new Agreement(), {
    id: row.id,
    title: row.title,
    kind: row.kind,
    scope: row.scope,
    dataSharingTerms: row.data_sharing_terms,
    reportingRequirements: row.reporting_requirements,
    effectiveFrom: row.effective_from,
    expiresOn: row.expires_on,
    terminatedAt: row.terminated_at,
    terminationReason: row.termination_reason,
    version: row.version,
    createdAt: row.created_at,
    createdById: row.created_by_id,
    agencyIds: row.agency_ids,
    documentName: row.document_name,
  });
}

export interface AgreementListFilter {
  /** Only agreements this agency is party to. */
  agencyId?: string | null;
  /** Only agreements the caller's agency is party to (callers who do not read every agreement). */
  partyOf?: string | null;
  /** Only agreements in force at this instant. */
  activeOn?: Date | null;
}

export type NewAgreement = Pick<Agreement, 'title' | 'kind' | 'scope' | 'dataSharingTerms' | 'reportingRequirements' | 'effectiveFrom' | 'expiresOn' | 'createdById'>;
export type AgreementFields = Partial<Pick<Agreement, 'title' | 'scope' | 'dataSharingTerms' | 'reportingRequirements' | 'expiresOn'>>;
export type NewChange = { kind: AgreementChangeKind; field?: string | null; before?: string | null; after?: string | null; reason?: string | null };

/**
 * A page of an agreement's access log, newest first ($1 agreement, $2 cursor or null, $3 size); the
 * index agreement_access_log_agreement serves it in order. ORDER BY names the table's id: a bare
 * `id` would be the text column of the output, and "99" sorts after "100".
 */
export const ACCESS_PAGE_SQL = `SELECT id::text AS id, at, user_id, action, kind FROM agreement_access_log
  WHERE agreement_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
  ORDER BY agreement_access_log.id DESC LIMIT $3`;

/** A record of agreement_access_log; `id` is the paging cursor. */
export interface AgreementAccessRow {
  id: string;
  at: Date;
  userId: string;
  action: string;
  kind: string | null;
}

export interface StoredDocument {
  name: string;
  content: Buffer;
  size: number;
  sha256: string;
}

/** The agreements tables (agreements, agreement_agencies, agreement_changes, agreement_documents, agreement_access_log). */
@Injectable()
export class AgreementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, manager?: EntityManager): Promise<Agreement | null> {
    const rows: AgreementRow[] = await (manager ?? this.dataSource.manager).query(`SELECT ${COLUMNS} FROM agreements a WHERE a.id = $1`, [id]);
    return rows[0] ? toAgreement(rows[0]) : null;
  }

  /** The agreement, its row locked until the caller's transaction ends. */
  async lock(manager: EntityManager, id: string): Promise<Agreement | null> {
    const rows: AgreementRow[] = await manager.query(`SELECT ${COLUMNS} FROM agreements a WHERE a.id = $1 FOR UPDATE OF a`, [id]);
    return rows[0] ? toAgreement(rows[0]) : null;
  }

  /** By title, at most 1000. */
  async list(filter: AgreementListFilter): Promise<Agreement[]> {
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const party = (agencyId: string) => `EXISTS (SELECT 1 FROM agreement_agencies f WHERE f.agreement_id = a.id AND f.agency_id = ${bind(agencyId)})`;
    const conditions = ['TRUE'];
    if (filter.partyOf) conditions.push(party(filter.partyOf));
    if (filter.agencyId) conditions.push(party(filter.agencyId));
    if (filter.activeOn) conditions.push(activeAt(`${bind(filter.activeOn)}::timestamptz`));
    const rows: AgreementRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM agreements a WHERE ${conditions.join(' AND ')} ORDER BY lower(a.title), a.id LIMIT 1000`, parameters);
    return rows.map(toAgreement);
  }

  /** The ids among `ids` that name an agency. */
  async existingAgencies(ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM agencies WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return new Set(rows.map((row) => row.id));
  }

  async insert(manager: EntityManager, agreement: NewAgreement, agencyIds: readonly string[]): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO agreements (title, kind, scope, data_sharing_terms, reporting_requirements, effective_from, expires_on, created_by_id)
       VALUES ($1, $2, $3::text[], $4, $5, $6, $7, $8) RETURNING id`,
      [agreement.title, agreement.kind, agreement.scope, agreement.dataSharingTerms, agreement.reportingRequirements, agreement.effectiveFrom, agreement.expiresOn, agreement.createdById],
    );
    await manager.query(`INSERT INTO agreement_agencies (agreement_id, agency_id) SELECT $1, unnest($2::uuid[])`, [row.id, [...agencyIds]]);
    return row.id;
  }

  /** Raises the version; false when it was not `expectedVersion` (nothing written). */
  async update(manager: EntityManager, id: string, expectedVersion: number, fields: AgreementFields): Promise<boolean> {
    const parameters: unknown[] = [id, expectedVersion];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const sets = ['version = version + 1'];
    if (fields.title !== undefined) sets.push(`title = ${bind(fields.title)}`);
    if (fields.scope !== undefined) sets.push(`scope = ${bind(fields.scope)}::text[]`);
    if (fields.dataSharingTerms !== undefined) sets.push(`data_sharing_terms = ${bind(fields.dataSharingTerms)}`);
    if (fields.reportingRequirements !== undefined) sets.push(`reporting_requirements = ${bind(fields.reportingRequirements)}`);
    if (fields.expiresOn !== undefined) sets.push(`expires_on = ${bind(fields.expiresOn)}`);
    const [, count] = await manager.query(`UPDATE agreements SET ${sets.join(', ')} WHERE id = $1 AND version = $2 AND terminated_at IS NULL`, parameters);
    return count === 1;
  }

  async terminate(manager: EntityManager, id: string, expectedVersion: number, at: Date, reason: string): Promise<boolean> {
    const [, count] = await manager.query(
      `UPDATE agreements SET version = version + 1, terminated_at = $3, termination_reason = $4 WHERE id = $1 AND version = $2 AND terminated_at IS NULL`,
      [id, expectedVersion, at, reason],
    );
    return count === 1;
  }

  async appendChanges(manager: EntityManager, agreementId: string, at: Date, byId: string, changes: readonly NewChange[]): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `INSERT INTO agreement_changes (agreement_id, at, by_id, kind, field, before, after, reason)
       SELECT $1::uuid, $2::timestamptz, $3::uuid, c.kind, c.field, c.before, c.after, c.reason
         FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS c(kind, field, before, after, reason, n) ORDER BY c.n`,
      [agreementId, at, byId, changes.map((c) => c.kind), changes.map((c) => c.field ?? null), changes.map((c) => c.before ?? null), changes.map((c) => c.after ?? null), changes.map((c) => c.reason ?? null)],
    );
  }

  /** The histories of several agreements, oldest first. */
  async history(agreementIds: readonly string[]): Promise<AgreementChange[]> {
    const rows: Array<{ id: string; agreement_id: string; at: Date; by_id: string; kind: string; field: string | null; before: string | null; after: string | null; reason: string | null }> = await this.dataSource.query(
      `SELECT id::text, agreement_id, at, by_id, kind, field, before, after, reason FROM agreement_changes WHERE agreement_id = ANY($1::uuid[]) ORDER BY id`,
      [[...agreementIds]],
    );
    return rows.map((row) => Object.assign(new AgreementChange(), { id: row.id, agreementId: row.agreement_id, at: row.at, byId: row.by_id, kind: row.kind, field: row.field, before: row.before, after: row.after, reason: row.reason }));
  }

  /** Per plan, the agreements that cover it (see coversPlan), by effective date. */
  async coveringPlans(planIds: readonly string[], now: Date): Promise<Map<string, Agreement[]>> {
    const rows: Array<AgreementRow & { plan_id: string }> = await this.dataSource.query(
      `SELECT p.id AS plan_id, ${COLUMNS} FROM plans p JOIN agreements a ON ${coversPlan('$2::timestamptz')}
        WHERE p.id = ANY($1::uuid[]) ORDER BY a.effective_from, lower(a.title), a.id`,
      [[...planIds], now],
    );
    const byPlan = new Map<string, Agreement[]>(planIds.map((id) => [id, []]));
    for (const row of rows) byPlan.get(row.plan_id)?.push(toAgreement(row));
    return byPlan;
  }

  /** Whether the agreement covers a plan `p` where `visible` holds (an SQL condition that may name `$3`, bound to `agencyId`). */
  async coversVisiblePlan(agreementId: string, visible: string, agencyId: string, now: Date): Promise<boolean> {
    const [row]: Array<{ covers: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM plans p JOIN agreements a ON a.id = $1 AND ${coversPlan('$2::timestamptz')} WHERE ${visible}) AS covers`,
      visible.includes('$3') ? [agreementId, now, agencyId] : [agreementId, now],
    );
    return row.covers;
  }

  /** Stores the signed document, replacing any earlier one. */
  async saveDocument(manager: EntityManager, agreementId: string, document: StoredDocument, at: Date, byId: string): Promise<void> {
    await manager.query(
      `INSERT INTO agreement_documents (agreement_id, name, content, size, sha256, uploaded_at, uploaded_by_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (agreement_id) DO UPDATE SET name = EXCLUDED.name, content = EXCLUDED.content, size = EXCLUDED.size, sha256 = EXCLUDED.sha256,
         uploaded_at = EXCLUDED.uploaded_at, uploaded_by_id = EXCLUDED.uploaded_by_id`,
      [agreementId, document.name, document.content, document.size, document.sha256, at, byId],
    );
  }

  async readDocument(agreementId: string): Promise<StoredDocument | null> {
    const rows: StoredDocument[] = await this.dataSource.query(`SELECT name, content, size, sha256 FROM agreement_documents WHERE agreement_id = $1`, [agreementId]);
    return rows[0] ?? null;
  }

  /** The agreement's access log, newest first: `first` records with an id below `before` (a record's id, as text). */
  async accessPage(agreementId: string, before: string | null, first: number): Promise<AgreementAccessRow[]> {
    const rows: Array<{ id: string; at: Date; user_id: string; action: string; kind: string | null }> = await this.dataSource.query(ACCESS_PAGE_SQL, [agreementId, before, first]);
    return rows.map((row) => ({ id: row.id, at: row.at, userId: row.user_id, action: row.action, kind: row.kind }));
  }

  /** One record of the agreement access log (EXPORT: a download; DENIED: a refused one). */
  async recordAccess(agreementId: string, userId: string, action: 'EXPORT' | 'DENIED', kind: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO agreement_access_log (agreement_id, user_id, action, kind) VALUES ($1, $2, $3, $4)`, [agreementId, userId, action, kind]);
  }
}
