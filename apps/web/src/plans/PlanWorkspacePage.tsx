import { useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { PlanWorkspaceDocument } from '@jointops/web-data';
import { useEffect, useMemo } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { VoidSignOffsGuard } from '../approvals/VoidSignOffsGuard';
import { ConnectionBanner } from '../live/ConnectionBanner';
import { PresenceProvider } from '../live/presence-context';
import { WorkspacePresence } from '../live/WorkspacePresence';
import { errorMessage } from '../shared/errors';
import { focusOn, whenShown } from '../shared/focus';
import { PlanTimeZoneProvider } from '../shared/plan-time';
import { LifecycleActions } from './LifecycleActions';
import { NoLongerMember } from './NoLongerMember';
import { PlanNotFound } from './PlanNotFound';
import { planAccess } from './permissions';
import { useAwaitPreload } from './plan-preload';
import { useMe } from './useMe';
import { useWorkspaceLive } from './useWorkspaceLive';
import type { WorkspaceContext } from './workspace-context';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceNav } from './WorkspaceNav';
import { OfflineFallback } from '../offline/FieldCopyPage';
import { useFieldCopySaver } from '../offline/useFieldCopySaver';

/**
 * `/plans/:id/*`: one query loads the plan's header and the nav's counts, live events keep it
 * current, and the section routes render beside the side nav, each loading its own content.
 */
export function PlanWorkspacePage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  // PlanWorkspaceRoute sent this query as the route was entered: wait for that answer.
  const waiting = useAwaitPreload(PlanWorkspaceDocument, id);
  const { data, loading, error } = useQuery(PlanWorkspaceDocument, { variables: { id }, skip: waiting });
  const location = useLocation();
  const plan = data?.plan ?? null;
  const { live, presence, connection, removed } = useWorkspaceLive(id, plan, me?.id ?? null);
  // The officer's offline copy of an active plan they are assigned to stays current (issue 19).
  useFieldCopySaver(plan);

  const context = useMemo<WorkspaceContext | null>(() => {
    if (!plan || !me) return null;
    const who = { id: me.id, roles: [...me.roles], agencyId: me.agency.id };
    return { plan, me: who, ...planAccess(plan, who) };
  }, [plan, me]);

  // Blocker links point at `#objective-<id>` and the like: bring the item into view once its
  // section has loaded and rendered it, and focus it, so the keyboard goes on from there.
  const ready = Boolean(context);
  useEffect(() => {
    if (!ready || !location.hash) return;
    const looking = whenShown(decodeURIComponent(location.hash.slice(1)), (target) => focusOn(target, { scroll: 'start' }), 10_000);
    return looking.cancel;
  }, [ready, location.hash, location.pathname]);

  if (!data && (loading || waiting)) {
    return (
      <p role="status" aria-live="polite">
        Loading plan…
      </p>
    );
  }
  if (error && !data) {
    // Out of reach: the offline copy, when this device holds one.
    return (
      <OfflineFallback
        planId={id}
        error={error}
        otherwise={
          <>
            <PageHeading>Plan</PageHeading>
            <Alert type="error" slim role="alert">
              <p className="usa-alert__text">The plan could not be loaded. {errorMessage(error)}</p>
            </Alert>
          </>
        }
      />
    );
  }
  if (!plan) return <PlanNotFound />;
  if (live.noAccess) return <NoLongerMember title={plan.title} />;
  if (!context) {
    return (
      <p role="status" aria-live="polite">
        Loading plan…
      </p>
    );
  }

  return (
    <PresenceProvider value={presence}>
      <PlanTimeZoneProvider zone={plan.timeZone}>
        <title>{`${plan.title} · JointOps`}</title>
        <ConnectionBanner status={connection.status} catchingUp={live.catchingUp} />
        <WorkspaceHeader plan={plan} readOnlyReason={context.readOnlyReason} presence={<WorkspacePresence plan={plan} />} actions={<LifecycleActions plan={plan} me={context.me} />} />
        {/* Nav beside the section from desktop width; above it, full width, on narrower screens. */}
        <div className="grid-row grid-gap-lg">
          <div className="desktop:grid-col-3 grid-col-12 margin-bottom-3">
            <WorkspaceNav plan={plan} />
          </div>
          <div className="desktop:grid-col-9 grid-col-12">
            {removed.message ? (
              <Alert type="warning" slim role="alert" className="margin-bottom-2" data-testid="removed-while-editing">
                <p className="usa-alert__text">
                  {removed.message}{' '}
                  <Button type="button" unstyled onClick={removed.dismiss}>
                    Dismiss
                  </Button>
                </p>
              </Alert>
            ) : null}
            {/* Every content change made in a section first names the sign-offs it would void. */}
            <VoidSignOffsGuard plan={plan}>
              <Outlet context={context} />
            </VoidSignOffsGuard>
          </div>
        </div>
      </PlanTimeZoneProvider>
    </PresenceProvider>
  );
}
