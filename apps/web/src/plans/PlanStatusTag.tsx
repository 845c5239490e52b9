import { Tag } from '@trussworks/react-uswds';
import { PLAN_STATUS_LABELS, type PlanStatus } from '@jointops/domain';

/** USWDS utility classes per status: grey drafts, yellow review, green approved, blue active. */
export const PLAN_STATUS_CLASSES: Record<PlanStatus, string> = {
  DRAFT: 'bg-base-dark',
  IN_REVIEW: 'bg-gold text-ink',
  APPROVED: 'bg-green',
  ACTIVE: 'bg-primary',
  COMPLETED: 'bg-accent-cool-darker',
  CLOSED: 'bg-base-darkest',
  CANCELLED: 'bg-secondary-dark',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return (
    <Tag className={`${PLAN_STATUS_CLASSES[status]} text-no-wrap`} data-status={status}>
      {PLAN_STATUS_LABELS[status]}
    </Tag>
  );
}
