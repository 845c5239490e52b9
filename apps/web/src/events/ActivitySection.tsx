import { Alert, Button } from '@trussworks/react-uswds';
import { EmptyState } from '@jointops/ui';
import { AccessLogPanel } from '../shared/access-log/AccessLogPanel';
import { errorMessage } from '../shared/errors';
import { planCan } from '../shared/permissions/useCan';
import { useWorkspace } from '../plans/workspace-context';
import { actorOf, describeAction } from './describe-event';
import { usePlanTime } from '../shared/plan-time';
import { relativeTime } from '../shared/relative-time';
import { useActivityFeed } from './useActivityFeed';
import { useNow } from './useNow';

/**
 * `/plans/:id/activity`: who changed what, newest first, live; older changes a page at a time. Below
 * it, for those who may read it (oversight, the lead agency's agency lead), who read or exported the plan.
 */
export function ActivitySection() {
  const { plan, me } = useWorkspace();
  const mayReadAccessLog = planCan(me, plan).who('accessLog.read');
  const time = usePlanTime();
  const feed = useActivityFeed(plan.id, plan.lastSeq);
  const { entries, loading, error } = feed;
  const now = useNow();

  return (
    <>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading" className="margin-top-0">
          Activity
        </h2>
        <p className="margin-top-0 text-base-dark">Every change to this plan, newest first. New changes appear as they happen.</p>
        {error && entries.length === 0 ? (
          <Alert type="error" slim role="alert" data-testid="activity-error">
            <p className="usa-alert__text">The activity could not be loaded. {errorMessage(error)}</p>
          </Alert>
        ) : null}
        {loading && entries.length === 0 ? (
          <p role="status" aria-live="polite">
            Loading activity…
          </p>
        ) : entries.length === 0 && !error ? (
          <EmptyState heading="No activity yet" headingLevel="h3">
            <p>Changes to the plan will be listed here.</p>
          </EmptyState>
        ) : (
          <ol className="usa-list usa-list--unstyled" aria-label="Plan activity, newest first" data-testid="activity-list">
            {entries.map(({ event, previous }) => (
              <li key={event.seq} className="border-bottom-1px border-base-lighter padding-y-1 maxw-none">
                <span className="text-bold">{actorOf(event)}</span> {describeAction(event, previous)}
                <span className="display-block font-body-3xs text-base-dark">
                  <time dateTime={event.at} title={time.format(event.at)}>
                    {relativeTime(event.at, now)}
                  </time>
                </span>
              </li>
            ))}
          </ol>
        )}
        {feed.olderError ? (
          <Alert type="error" slim role="alert" className="margin-y-1">
            <p className="usa-alert__text">Older activity could not be loaded. {errorMessage(feed.olderError)}</p>
          </Alert>
        ) : null}
        {feed.hasOlder ? (
          <Button type="button" outline className="margin-top-2" onClick={feed.loadOlder} disabled={feed.loadingOlder} aria-busy={feed.loadingOlder}>
            {feed.loadingOlder ? 'Loading older activity…' : 'Show older activity'}
          </Button>
        ) : null}
      </section>
      {mayReadAccessLog ? <AccessLogPanel planId={plan.id} /> : null}
    </>
  );
}
