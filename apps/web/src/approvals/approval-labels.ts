import type { ApprovalStatus } from '@jointops/web-data';

/** The words are libs/domain's, so the screen and the PDF export say the same. */
export { APPROVAL_STATUS_LABELS } from '@jointops/domain';

/** Why a status is what it is, in a sentence beside the tag. */
export const APPROVAL_STATUS_HINTS: Record<ApprovalStatus, string> = {
  PENDING: 'Waiting for this agency’s lead.',
  APPROVED: 'Signed off.',
  REJECTED: 'Sent back to draft.',
  STALE: 'Superseded by a later change: this agency must approve again.',
};

export const APPROVAL_STATUS_CLASSES: Record<ApprovalStatus, string> = {
  PENDING: 'bg-base-lighter text-ink',
  APPROVED: 'bg-green',
  REJECTED: 'bg-secondary-dark',
  STALE: 'bg-gold text-ink',
};

export const shortHash = (hash: string | null | undefined) => (hash ? hash.slice(0, 12) : null);
