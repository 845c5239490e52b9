import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from './agreement-model';

const TAG_CLASS: Record<AgreementStatus, string> = {
  ACTIVE: 'bg-green',
  EXPIRING: 'bg-gold text-ink',
  EXPIRED: 'bg-base-dark',
  TERMINATED: 'bg-secondary-dark',
  NOT_YET: 'bg-base',
};

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  return <span className={`usa-tag ${TAG_CLASS[status]}`}>{AGREEMENT_STATUS_LABELS[status]}</span>;
}
