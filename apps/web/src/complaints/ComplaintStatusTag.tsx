import { Tag } from '@trussworks/react-uswds';
import type { ComplaintStatus } from '@jointops/domain';
import { COMPLAINT_STATUS_CLASSES, COMPLAINT_STATUS_WORDS } from './complaint-labels';

/** A complaint's status, as oversight reads it. */
export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  return (
    <Tag className={`${COMPLAINT_STATUS_CLASSES[status]} text-no-wrap`} data-status={status}>
      {COMPLAINT_STATUS_WORDS.en[status]}
    </Tag>
  );
}
