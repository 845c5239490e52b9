import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { DEFAULT_TIME_ZONE } from '@jointops/domain';
import { LiveStatus, PageHeading } from '@jointops/ui';
import { AllAgenciesDocument, ComplaintOperationsDocument, OversightComplaintDocument, UpdateComplaintDocument } from '@jointops/web-data';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../plans/plan-format';
import { errorMessage } from '../shared/errors';
import { NOTHING_CHANGED_MESSAGE } from '../shared/PlanItemForm';
import { COMPLAINT_CATEGORY_WORDS, complaintLanguageName } from './complaint-labels';
import { OVERSIGHT_COMPLAINTS_PATH } from './complaint-paths';
import { ComplaintHandlingForm } from './ComplaintHandlingForm';
import { ComplaintHistory } from './ComplaintHistory';
import { ComplaintStatusTag } from './ComplaintStatusTag';

const time = (iso: string) => formatDateTime(iso, DEFAULT_TIME_ZONE);

/** `/oversight/complaints/:id`: what the complainant said, the handling form, and every change. */
export function OversightComplaintPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(OversightComplaintDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const operations = useQuery(ComplaintOperationsDocument);
  const agencies = useQuery(AllAgenciesDocument);
  const [update] = useMutation(UpdateComplaintDocument);
  const complaint = data?.complaint;
  // After a save the form opens again on the new version: focus goes to its heading, with the news.
  const [saved, setSaved] = useState<{ message: string; changed: boolean } | null>(null);
  const handlingHeading = useRef<HTMLHeadingElement>(null);

  const breadcrumb = (
    <nav aria-label="Breadcrumbs" className="font-body-2xs margin-bottom-1">
      <Link to={OVERSIGHT_COMPLAINTS_PATH} className="usa-link">
        Complaints
      </Link>
    </nav>
  );
  if (!complaint) {
    return (
      <>
        {breadcrumb}
        {error ? (
          <Alert type="error" slim role="alert">
            The complaint could not be loaded. {errorMessage(error)}
          </Alert>
        ) : loading ? (
          <p role="status">Loading the complaint…</p>
        ) : (
          <>
            <PageHeading>Complaint not found</PageHeading>
            <p>There is no complaint at this address.</p>
          </>
        )}
      </>
    );
  }

  const operationOptions = (operations.data?.plans.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }));
  const agencyOptions = (agencies.data?.agencies ?? []).map((agency) => ({ value: agency.id, label: `${agency.name} (${agency.shortName})` }));
  const nameOf = (field: string, value: string) =>
    (field === 'planId' ? operationOptions : field === 'agencyId' ? agencyOptions : []).find((option) => option.value === value)?.label ??
    (field === 'planId' && complaint.plan?.id === value ? complaint.plan.title : undefined);
  const category = COMPLAINT_CATEGORY_WORDS.en[complaint.category];

  return (
    <>
      <title>{`${category} · Complaints · JointOps`}</title>
      {breadcrumb}
      <PageHeading>{category}</PageHeading>
      <p className="margin-top-0">
        <ComplaintStatusTag status={complaint.status} />
        <span className="margin-left-2">Received {time(complaint.receivedAt)}</span>
        <span className="margin-left-2">Last changed {time(complaint.updatedAt)}</span>
      </p>
      <dl className="margin-bottom-3">
        <dt className="text-bold">When it happened</dt>
        <dd className="margin-left-0 margin-bottom-1">{time(complaint.occurredAt)}</dd>
        <dt className="text-bold">Where</dt>
        <dd className="margin-left-0 margin-bottom-1">{complaint.location}</dd>
        <dt className="text-bold">What happened</dt>
        <dd className="margin-left-0 margin-bottom-1 text-pre-wrap" data-testid="complaint-description">
          {complaint.description}
        </dd>
        <dt className="text-bold">Contact</dt>
        <dd className="margin-left-0 margin-bottom-1">{complaint.contact ?? 'None given (anonymous)'}</dd>
        <dt className="text-bold">Filed in</dt>
        <dd className="margin-left-0 margin-bottom-1" data-testid="complaint-language">
          {complaintLanguageName(complaint.language)}
        </dd>
        <dt className="text-bold">Operation</dt>
        <dd className="margin-left-0 margin-bottom-1">{complaint.plan ? <Link to={`/oversight/plans/${complaint.plan.id}`} className="usa-link">{complaint.plan.title}</Link> : 'Not linked'}</dd>
        <dt className="text-bold">Agency</dt>
        <dd className="margin-left-0 margin-bottom-1">{complaint.agency ? `${complaint.agency.name} (${complaint.agency.shortName})` : 'Not named'}</dd>
      </dl>

      <section aria-labelledby="complaint-handling-heading" className="margin-bottom-4">
        <h2 id="complaint-handling-heading" ref={handlingHeading} tabIndex={-1}>
          Handle this complaint
        </h2>
        <LiveStatus message={saved?.message ?? null} className={saved?.changed === false ? 'text-base-dark margin-y-1' : undefined} />
        <ComplaintHandlingForm
          // A saved change brings a new version: the form opens again on it.
          key={complaint.version}
          complaint={complaint}
          operations={operationOptions}
          agencies={agencyOptions}
          onSave={async (patch) => {
            setSaved(null);
            await update({ variables: { id: complaint.id, expectedVersion: complaint.version, patch } });
            setSaved({ message: 'Saved. The change is listed under History.', changed: true });
            handlingHeading.current?.focus();
          }}
          // Focus stays on Save: the form is not opened again.
          onUnchanged={() => setSaved({ message: NOTHING_CHANGED_MESSAGE, changed: false })}
          onEdit={() => setSaved(null)}
        />
      </section>

      <section aria-labelledby="complaint-history-heading">
        <h2 id="complaint-history-heading">History</h2>
        <ComplaintHistory history={complaint.history} nameOf={nameOf} />
      </section>
    </>
  );
}
