import { useQuery } from '@apollo/client/react';
import { LoadingStatus, PageHeading } from '@jointops/ui';
import { AgencyTrainingDocument, AllAgenciesDocument } from '@jointops/web-data';
import { Button } from '@trussworks/react-uswds';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { downloadFile, fileSlug } from '../shared/csv';
import { errorMessage } from '../shared/errors';
import { useMe } from '../plans/useMe';
import { TrainingMatrixTable } from './TrainingMatrixTable';
import { agencyTrainingPath, buildMatrix, defaultMatrixAgency, matrixCsv, mayReadAgency, mayReadEveryAgency } from './training-model';

/**
 * `/training/agencies/:agencyId` (without one: the viewer's own agency): the agency's active people
 * against every course an operation type requires. Its lead, ADMIN and OVERSIGHT; the last two
 * pick the agency.
 */
export function AgencyMatrixPage({ now }: { now?: number } = {}) {
  const { agencyId: param } = useParams();
  const { me } = useMe();
  const navigate = useNavigate();
  const pickAny = mayReadEveryAgency(me);
  const agencyId = param ?? defaultMatrixAgency(me);
  const allowed = mayReadAgency(me, agencyId);
  const agencies = useQuery(AllAgenciesDocument, { skip: !pickAny });
  const query = useQuery(AgencyTrainingDocument, { variables: { agencyId: agencyId ?? '' }, skip: !agencyId || !allowed });
  const [at] = useState(() => now ?? Date.now());
  const matrix = useMemo(() => (query.data ? buildMatrix(query.data.users, query.data.courses, query.data.trainingRecords, at) : null), [query.data, at]);
  if (!me) return <LoadingStatus />;

  const agency = agencies.data?.agencies.find((a) => a.id === agencyId) ?? (agencyId === me.agency.id ? me.agency : null);
  const title = agency ? `Training matrix: ${agency.shortName}` : 'Training matrix';
  return (
    <>
      <title>{`${title} · JointOps`}</title>
      <PageHeading lead="Each active person against every course an operation type requires: current, expiring within 30 days, expired or missing.">{title}</PageHeading>
      {pickAny ? (
        <div className="usa-form-group margin-top-0 margin-bottom-2 maxw-mobile-lg">
          <label className="usa-label" htmlFor="training-agency">
            Agency
          </label>
          <select id="training-agency" className="usa-select" value={agencyId ?? ''} onChange={(e) => navigate(agencyTrainingPath(e.target.value || null))}>
            <option value="">- Select -</option>
            {(agencies.data?.agencies ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName} — {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {!agencyId && pickAny ? null : !agencyId || !allowed ? (
        <p data-testid="matrix-not-yours">
          An agency&rsquo;s training matrix is for its agency lead, administrators and oversight.{' '}
          <Link to="/training" className="usa-link">
            My training
          </Link>{' '}
          lists your own courses.
        </p>
      ) : query.error ? (
        <p role="alert" className="usa-error-message">
          {errorMessage(query.error)}
        </p>
      ) : !matrix ? (
        <LoadingStatus />
      ) : matrix.courses.length === 0 ? (
        <p>No course is required for any operation type yet.</p>
      ) : matrix.rows.length === 0 ? (
        <p>This agency has no active people.</p>
      ) : (
        <>
          <Button type="button" outline onClick={() => downloadFile(`training-${fileSlug(agency?.shortName ?? 'agency')}.csv`, matrixCsv(matrix))}>
            Download CSV
          </Button>
          <TrainingMatrixTable matrix={matrix} caption={`${title}: people and required courses`} />
        </>
      )}
    </>
  );
}
