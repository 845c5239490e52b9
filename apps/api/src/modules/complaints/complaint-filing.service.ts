import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COMPLAINT_ADDRESS_RETENTION_DAYS, COMPLAINT_MESSAGES, COMPLAINT_RATE_LIMIT, complaintSchema, isUuid, normalizeTrackingCode } from '@jointops/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { Agency } from '../agencies/agency.entity';
import { addressHash, newTrackingCode, rateLimitAddress, trackingHash } from './complaint-codes';
import type { ComplaintReceipt, ComplaintStatusView } from './complaint.entity';
import { ComplaintException } from './complaint.exception';
import { ComplaintsRepository } from './complaints.repository';
import type { ComplaintInput } from './dto/complaint.input';

const DAY_MS = 86_400_000;
/** Hashed in place of a malformed code, so its lookup costs what a real one does; no code has no characters. */
const NO_CODE = '';

/**
 * The public side of complaints (docs/architecture.md#the-public-side): anyone files one without
 * signing in and follows it by its tracking code. Filings are limited per client address
 * (COMPLAINT_RATE_LIMIT), counted under an advisory lock on the address's keyed hash so that
 * replicas cannot both let a sixth one through; the address is kept only as that hash, and
 * filings older than COMPLAINT_ADDRESS_RETENTION_DAYS are deleted in each filing's transaction.
 */
@Injectable()
export class ComplaintFilingService {
  constructor(
    private readonly repository: ComplaintsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'addressHashKey'>,
  ) {}

  /** Checks the input (nothing written on a refusal), then counts, stores and answers the tracking code, once only. */
  async file(input: ComplaintInput, clientAddress: string | null): Promise<ComplaintReceipt> {
    const now = this.clock.now();
    assertValid(complaintSchema({ now: now.getTime() }), input, 'input');
    const agencyId = input.agencyId?.trim() || null;
    if (agencyId && !(isUuid(agencyId) && (await this.repository.agencyExists(agencyId)))) {
      throw ValidationException.of('input.agencyId', COMPLAINT_MESSAGES.en.unknownAgency);
    }
    const address = addressHash(this.config.addressHashKey, rateLimitAddress(clientAddress));
    const code = newTrackingCode();
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockAddress(manager, address);
      await this.repository.forgetFilingsBefore(manager, new Date(now.getTime() - COMPLAINT_ADDRESS_RETENTION_DAYS * DAY_MS));
      const windowMs = COMPLAINT_RATE_LIMIT.windowSeconds * 1000;
      const recent = await this.repository.recentFilings(manager, address, new Date(now.getTime() - windowMs), COMPLAINT_RATE_LIMIT.filings);
      if (recent.length >= COMPLAINT_RATE_LIMIT.filings) {
        // Another filing is allowed once the oldest of the last `filings` leaves the window.
        const freeAt = recent[COMPLAINT_RATE_LIMIT.filings - 1].getTime() + windowMs;
        throw ComplaintException.rateLimited(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)));
      }
      const id = await this.repository.insert(manager, {
        trackingHash: trackingHash(code.characters),
        category: input.category,
        occurredAt: input.occurredAt,
        location: input.location.trim(),
        description: input.description.trim(),
        contact: input.contact?.trim() || null,
        language: input.language ?? null,
        agencyId,
        receivedAt: now,
      });
      await this.repository.appendHistory(manager, id, now, null, {});
      await this.repository.recordFiling(manager, address, now);
    });
    return { trackingCode: code.shown, receivedAt: now };
  }

  /**
   * What the code's holder may see, or null for an unknown code. A malformed code is answered the
   * same way, after the same hash and lookup, so the answer's timing does not tell the two apart.
   */
  async status(typed: string): Promise<ComplaintStatusView | null> {
    const characters = normalizeTrackingCode(typed);
    const found = await this.repository.statusByTrackingHash(trackingHash(characters ?? NO_CODE));
    return characters ? found : null;
  }

  /** For the public form's agency list. */
  publicAgencies(): Promise<Agency[]> {
    return this.repository.publicAgencies();
  }
}
