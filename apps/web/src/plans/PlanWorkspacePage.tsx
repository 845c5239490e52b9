import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { PlanWorkspaceDocument } from '@jointops/web-data';
import { useEffect, useMemo } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { generalErrorMessage } from './form-errors';
import { PlanNotFound } from './PlanNotFound';
import { planAccess } from './permissions';
import { useMe } from './useMe';
import type { WorkspaceContext } from './workspace-context';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceNav } from './WorkspaceNav';

/** `/plans/:id/*`: one query loads the whole plan; the section routes render beside the side nav. */
export function PlanWorkspacePage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error } = useQuery(PlanWorkspaceDocument, { variables: { id } });
  const location = useLocation();
  const plan = data?.plan ?? null;

  const context = useMemo<WorkspaceContext | null>(() => {
    if (!plan || !me) return null;
    const who = { id: me.id, roles: [...me.roles], agencyId: me.agency.id };
    return { plan, me: who, ...planAccess(plan, who) };
  }, [plan, me]);

  // Blocker links point at `#objective-<id>` and the like: bring the item into view once rendered.
  const ready = Boolean(context);
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView?.({ block: 'start' });
  }, [ready, location.hash, location.pathname]);

  if (!data && loading) {
    return (
      <p role="status" aria-live="polite">
        Loading plan…
      </p>
    );
  }
  if (error && !data) {
    return (
      <>
        <PageHeading>Plan</PageHeading>
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The plan could not be loaded. {generalErrorMessage(error)}</p>
        </Alert>
      </>
    );
  }
  if (!plan) return <PlanNotFound />;
  if (!context) {
    return (
      <p role="status" aria-live="polite">
        Loading plan…
      </p>
    );
  }

  return (
    <>
      <title>{`${plan.title} · JointOps`}</title>
      <WorkspaceHeader plan={plan} readOnlyReason={context.readOnlyReason} />
      <div className="grid-row grid-gap-lg">
        <div className="tablet:grid-col-3 margin-bottom-3">
          <WorkspaceNav plan={plan} />
        </div>
        <div className="tablet:grid-col-9">
          <Outlet context={context} />
        </div>
      </div>
    </>
  );
}
