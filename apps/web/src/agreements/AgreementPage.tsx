import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { formatTaskForceDay } from '@jointops/domain';
import { LiveStatus, PageHeading } from '@jointops/ui';
import { AgreementPageDocument, TerminateAgreementDocument, UpdateAgreementDocument } from '@jointops/web-data';
import { useState } from 'react';
import { focusFirstShown } from '../shared/focus';
import { NOTHING_CHANGED_MESSAGE } from '../shared/PlanItemForm';
import { Link, useParams } from 'react-router';
import { isAdmin } from '../admin/admin-model';
import { useMe } from '../plans/useMe';
import { errorMessage } from '../shared/errors';
import { useCan } from '../shared/permissions/useCan';
import { AGREEMENT_KIND_LABELS, agreementStatus, OPERATION_TYPE_LABELS } from './agreement-model';
import { AgreementAccessLog, mayReadAgreementAccessLog } from './AgreementAccessLog';
import { AgreementDocument } from './AgreementDocument';
import { AgreementEditForm } from './AgreementEditForm';
import { AgreementHistory } from './AgreementHistory';
import { AgreementStatusTag } from './AgreementStatusTag';
import { TerminateAgreementForm } from './TerminateAgreementForm';

/** `/agreements/:id`: parties, scope, terms, dates, history and the signed document; ADMIN edits, terminates and uploads; oversight and the parties' agency leads read its access log. */
export function AgreementPage({ now }: { now?: number } = {}) {
  const { id = '' } = useParams();
  const { me } = useMe();
  const can = useCan();
  const { data, loading, error, refetch } = useQuery(AgreementPageDocument, { variables: { id } });
  const [update] = useMutation(UpdateAgreementDocument);
  const [terminate] = useMutation(TerminateAgreementDocument);
  const [open, setOpen] = useState<'edit' | 'terminate' | null>(null);
  const [message, setMessage] = useState('');
  const agreement = data?.agreement;
  // A form that closes puts focus back on the button that opened it (or, once the agreement is
  // terminated and they are gone, on the page's heading), not on the page's start.
  const close = (opener: 'agreement-edit' | 'agreement-terminate', said?: string) => {
    setOpen(null);
    if (said) setMessage(said);
    void focusFirstShown([opener, 'agreement-heading']);
  };

  if (error && !data) {
    return (
      <Alert type="error" slim role="alert">
        The agreement could not be loaded. {errorMessage(error)}
      </Alert>
    );
  }
  if (!agreement) {
    if (loading) return <p role="status">Loading the agreement…</p>;
    return (
      <>
        <title>Agreement not found · JointOps</title>
        <PageHeading>Agreement not found</PageHeading>
        <p>
          It does not exist, or you may not read it. <Link to="/agreements">Back to the agreements</Link>
        </p>
      </>
    );
  }

  const admin = me != null && isAdmin(me.roles);
  const live = !agreement.terminatedAt;
  return (
    <>
      <title>{`${agreement.title} · Agreements · JointOps`}</title>
      <p className="margin-bottom-0">
        <Link to="/agreements">Agreements</Link>
      </p>
      <PageHeading id="agreement-heading" lead={AGREEMENT_KIND_LABELS[agreement.kind]}>
        {agreement.title}
      </PageHeading>
      <LiveStatus message={message} />
      <p>
        <AgreementStatusTag status={agreementStatus(agreement, now ?? Date.now())} />
      </p>
      <dl className="jo-facts">
        <dt>Parties</dt>
        <dd>{agreement.agencies.map((agency) => `${agency.name} (${agency.shortName})`).join('; ')}</dd>
        <dt>Scope</dt>
        <dd>{agreement.scope.map((type) => OPERATION_TYPE_LABELS[type]).join(', ')}</dd>
        <dt>Effective from</dt>
        <dd>{formatTaskForceDay(agreement.effectiveFrom)}</dd>
        <dt>Expires on</dt>
        <dd>{agreement.expiresOn ? formatTaskForceDay(agreement.expiresOn) : 'Open-ended'}</dd>
        {agreement.terminatedAt ? (
          <>
            <dt>Terminated</dt>
            <dd>{formatTaskForceDay(agreement.terminatedAt)}</dd>
          </>
        ) : null}
      </dl>
      <h2>Data-sharing terms</h2>
      <p className="text-pre-wrap">{agreement.dataSharingTerms}</p>
      <h2>Reporting requirements</h2>
      <p className="text-pre-wrap">{agreement.reportingRequirements}</p>

      {admin && live ? (
        <div className="margin-top-3">
          {open === null ? (
            <>
              <Button id="agreement-edit" type="button" outline onClick={() => setOpen('edit')}>
                Edit agreement
              </Button>
              <Button id="agreement-terminate" type="button" secondary onClick={() => setOpen('terminate')}>
                Terminate agreement…
              </Button>
            </>
          ) : open === 'edit' ? (
            <AgreementEditForm
              agreement={agreement}
              onCancel={() => close('agreement-edit')}
              onUnchanged={() => close('agreement-edit', NOTHING_CHANGED_MESSAGE)}
              onSave={async (patch, reason, expectedVersion) => {
                await update({ variables: { id: agreement.id, expectedVersion, patch, reason } });
                close('agreement-edit', 'Changes saved.');
              }}
            />
          ) : (
            <TerminateAgreementForm
              title={agreement.title}
              onCancel={() => close('agreement-terminate')}
              onTerminate={async (reason) => {
                await terminate({ variables: { id: agreement.id, expectedVersion: agreement.version, reason } });
                close('agreement-terminate', 'The agreement was terminated.');
              }}
            />
          )}
        </div>
      ) : null}

      <AgreementDocument agreementId={agreement.id} documentName={agreement.documentName} canUpload={admin && live} onUploaded={() => void refetch()} />
      <section aria-labelledby="agreement-history-heading" className="margin-top-4">
        <h2 id="agreement-history-heading">History</h2>
        <AgreementHistory history={agreement.history} />
      </section>
      {mayReadAgreementAccessLog(can, agreement.agencies) ? <AgreementAccessLog agreementId={agreement.id} /> : null}
    </>
  );
}
