import { AGREEMENT_EXPIRING_WITHIN_DAYS, AGREEMENT_KIND_LABELS, agreementActiveAt, AgreementKind, OPERATION_TYPE_LABELS, OperationType, type AgreementKind as Kind } from '@jointops/domain';
import { graphQLErrorsOf } from '@jointops/web-data';
import { errorMessage } from '../shared/errors';

export { AGREEMENT_KIND_LABELS, OPERATION_TYPE_LABELS };
export const AGREEMENT_KINDS = Object.values(AgreementKind) as Kind[];
export const OPERATION_TYPES = Object.values(OperationType) as OperationType[];

const DAY_MS = 86_400_000;

/** What the register reads of an agreement. */
export interface AgreementDates {
  effectiveFrom: string;
  expiresOn?: string | null;
  terminatedAt?: string | null;
}

export type AgreementStatus = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'TERMINATED' | 'NOT_YET';

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  ACTIVE: 'Active',
  EXPIRING: 'Expiring',
  EXPIRED: 'Expired',
  TERMINATED: 'Terminated',
  NOT_YET: 'Not yet in force',
};

const dates = (agreement: AgreementDates) => ({ agencyIds: [], scope: [], ...agreement });

/** Where an agreement stands at `now`: terminated, expired, not yet in force, or in force (expiring when it ends within 90 days). */
export function agreementStatus(agreement: AgreementDates, now: number): AgreementStatus {
  if (agreement.terminatedAt && Date.parse(agreement.terminatedAt) <= now) return 'TERMINATED';
  if (agreement.expiresOn && Date.parse(agreement.expiresOn) < now) return 'EXPIRED';
  if (!agreementActiveAt(dates(agreement), now)) return 'NOT_YET';
  return agreement.expiresOn && Date.parse(agreement.expiresOn) - now <= AGREEMENT_EXPIRING_WITHIN_DAYS * DAY_MS ? 'EXPIRING' : 'ACTIVE';
}

/** The register's filters, as the URL holds them. */
export const REGISTER_SHOWS = ['active', 'expiring', 'ended', 'not-yet'] as const;
export type RegisterShow = (typeof REGISTER_SHOWS)[number];

export interface RegisterFilters {
  agencyId: string | null;
  kind: Kind | null;
  /** 'active': in force now; 'expiring': in force now and ending within 90 days; 'ended': expired or terminated; 'not-yet': not yet in force. */
  show: RegisterShow | null;
}

export function filtersFrom(params: URLSearchParams): RegisterFilters {
  const kind = params.get('kind');
  const show = params.get('show');
  return {
    agencyId: params.get('agency') || null,
    kind: AGREEMENT_KINDS.includes(kind as Kind) ? (kind as Kind) : null,
    show: REGISTER_SHOWS.includes(show as RegisterShow) ? (show as RegisterShow) : null,
  };
}

/** The filters the page applies itself (the party goes to the query). */
export function applyFilters<A extends AgreementDates & { kind: string }>(agreements: readonly A[], filters: RegisterFilters, now: number): A[] {
  return agreements.filter((agreement) => {
    if (filters.kind && agreement.kind !== filters.kind) return false;
    const status = agreementStatus(agreement, now);
    if (filters.show === 'active') return status === 'ACTIVE' || status === 'EXPIRING';
    if (filters.show === 'expiring') return status === 'EXPIRING';
    if (filters.show === 'ended') return status === 'EXPIRED' || status === 'TERMINATED';
    if (filters.show === 'not-yet') return status === 'NOT_YET';
    return true;
  });
}


/** A sentence for a refused agreement change; field messages go next to their fields. */
export function agreementErrorMessage(error: unknown): string {
  const code = graphQLErrorsOf(error)[0]?.extensions?.['code'];
  if (code === 'CONFLICT') return 'Someone else changed this agreement in the meantime. Reload the page to see their version, then try again.';
  if (code === 'INVALID_STATE') return 'This agreement was terminated; it can no longer change.';
  if (code === 'NOT_FOUND') return 'This agreement no longer exists, or you may no longer read it.';
  return errorMessage(error);
}

/** A sentence for a refused upload (the server answers `{ code, field, message }`), never the server's own text. */
export function uploadErrorMessage(status: number): string {
  if (status === 413) return 'The signed document must be at most 20 MB.';
  if (status === 400 || status === 415) return 'The signed document must be a PDF file.';
  if (status === 401) return 'Your session has ended. Sign in again to continue.';
  if (status === 403) return 'Only administrators upload signed agreements.';
  if (status === 404) return 'This agreement no longer exists.';
  if (status === 409) return 'This agreement was terminated; no document can be added.';
  return 'The document could not be uploaded. Try again; if it keeps happening, tell your administrator.';
}
