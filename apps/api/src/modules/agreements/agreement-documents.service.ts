import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AGREEMENT_DOCUMENT_MAX_BYTES, AgreementChangeKind, isUuid } from '@jointops/domain';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AgreementReadsService } from './agreement-reads.service';
import { AgreementException } from './agreement.exception';
import { AgreementsRepository, type StoredDocument } from './agreements.repository';

/** Every PDF starts with these bytes, whatever its name or declared type says. */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
export const NOT_A_PDF = 'The signed document must be a PDF file.';
export const TOO_LARGE = `The signed document must be at most ${AGREEMENT_DOCUMENT_MAX_BYTES / 1024 / 1024} MB.`;

/** A file name safe for storage and for Content-Disposition: no path, no control characters, ending in .pdf. */
export function documentName(raw: string | null | undefined): string {
  let name = '';
  try {
    name = decodeURIComponent(raw ?? '');
  } catch {
    name = raw ?? '';
  }
  name = (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}"]/gu, '').trim().slice(0, 200);
  if (name === '') name = 'signed-agreement.pdf';
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/**
 * The signed PDF of an agreement, stored in PostgreSQL (agreement_documents) so backups carry it.
 * An upload (ADMIN) replaces the previous document and is recorded in the history; every download
 * (anyone who may read the agreement) and every refused one is written to agreement_access_log.
 */
@Injectable()
export class AgreementDocumentsService {
  constructor(
    private readonly repository: AgreementsRepository,
    private readonly reads: AgreementReadsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Checks the bytes (a PDF, not empty, at most 20 MB), then stores it under the agreement's lock. The caller checked agreement.manage. */
  async upload(user: AuthenticatedUser, id: string, content: Buffer, rawName: string | null | undefined): Promise<{ documentName: string }> {
    if (!isUuid(id)) throw AgreementException.notFound();
    if (content.length > AGREEMENT_DOCUMENT_MAX_BYTES) throw ValidationException.of('document', TOO_LARGE);
    if (content.length < PDF_MAGIC.length || !content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) throw ValidationException.of('document', NOT_A_PDF);
    const name = documentName(rawName);
    const at = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.repository.lock(manager, id);
      if (!agreement) throw AgreementException.notFound();
      if (agreement.terminatedAt) throw AgreementException.terminated();
      const sha256 = createHash('sha256').update(content).digest('hex');
      await this.repository.saveDocument(manager, id, { name, content, size: content.length, sha256 }, at, user.id);
      await this.repository.appendChanges(manager, id, at, user.id, [{ kind: AgreementChangeKind.DOCUMENT_UPLOADED, field: 'document', before: agreement.documentName, after: `${name} (SHA-256 ${sha256})` }]);
    });
    return { documentName: name };
  }

  /** Null (the route answers 404) when the agreement does not exist, the caller may not read it, or it has no document. */
  async download(user: AuthenticatedUser, id: string): Promise<StoredDocument | null> {
    const agreement = isUuid(id) ? await this.repository.findById(id) : null;
    if (!agreement) return null;
    if (!(await this.reads.mayRead(user, agreement))) {
      await this.repository.recordAccess(id, user.id, 'DENIED', 'document');
      return null;
    }
    const document = await this.repository.readDocument(id);
    if (document) await this.repository.recordAccess(id, user.id, 'EXPORT', 'document');
    return document;
  }
}
