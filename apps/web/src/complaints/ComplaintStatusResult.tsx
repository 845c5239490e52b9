import { Tag } from '@trussworks/react-uswds';
import type { PublicComplaintStatusQuery } from '@jointops/web-data';
import { formatPublicDateTime, usePublicLanguage, useText, type Dictionary } from '../shared/public-language';
import { COMPLAINT_STATUS_CLASSES, COMPLAINT_STATUS_WORDS, COMPLAINT_STATUS_MEANINGS, WHAT_HAPPENS_NEXT } from './complaint-labels';

const TEXT: Dictionary<{ heading: string; status: string; received: string; updated: string; outcome: string; next: string }> = {
  en: { heading: 'Your complaint', status: 'Status', received: 'Received', updated: 'Last updated', outcome: 'Outcome', next: 'What happens next' },
  es: { heading: 'Su queja', status: 'Estado', received: 'Recibida', updated: 'Última actualización', outcome: 'Resultado', next: 'Qué sigue' },
};

type StatusView = NonNullable<PublicComplaintStatusQuery['complaintStatus']>;

/** Where the complaint stands, what that means, and the outcome once it is closed. */
export function ComplaintStatusResult({ status }: { status: StatusView }) {
  const language = usePublicLanguage();
  const text = useText(TEXT);
  return (
    <section aria-labelledby="complaint-status-heading" data-testid="complaint-status">
      <h2 id="complaint-status-heading">{text.heading}</h2>
      <dl>
        <dt className="text-bold">{text.status}</dt>
        <dd className="margin-left-0 margin-bottom-2">
          <Tag className={COMPLAINT_STATUS_CLASSES[status.status]} data-status={status.status}>
            {COMPLAINT_STATUS_WORDS[language][status.status]}
          </Tag>
          <p className="margin-y-1">{COMPLAINT_STATUS_MEANINGS[language][status.status]}</p>
        </dd>
        <dt className="text-bold">{text.received}</dt>
        <dd className="margin-left-0 margin-bottom-2">{formatPublicDateTime(status.receivedAt, language)}</dd>
        <dt className="text-bold">{text.updated}</dt>
        <dd className="margin-left-0 margin-bottom-2">{formatPublicDateTime(status.updatedAt, language)}</dd>
        {status.outcome ? (
          <>
            <dt className="text-bold">{text.outcome}</dt>
            <dd className="margin-left-0 margin-bottom-2 text-pre-wrap" data-testid="complaint-outcome">
              {status.outcome}
            </dd>
          </>
        ) : null}
      </dl>
      {status.status !== 'CLOSED' ? (
        <>
          <h3>{text.next}</h3>
          <p>{WHAT_HAPPENS_NEXT[language]}</p>
        </>
      ) : null}
    </section>
  );
}
