import { OfflineCopiesKeeper } from '../offline/OfflineCopiesKeeper';
import { useQuery } from '@apollo/client/react';
import { Alert, Tag } from '@trussworks/react-uswds';
import { LoadingStatus, PageHeading } from '@jointops/ui';
import { isActionDueToday, PlanStatus } from '@jointops/domain';
import { MyWorkDocument, type MyWorkQuery } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatWindow } from '../plans/plan-format';
import { PlanStatusTag } from '../plans/PlanStatusTag';
import { useMe, type Me } from '../plans/useMe';
import { formatCalendarDate } from '../timeline/time';
import { myWorkListsOf } from './landing';
import { mayUpdateAction } from '../corrective-actions/corrective-action-model';

type Work = MyWorkQuery['myWork'];

/** One list of the page: a heading with its count, the items, or what to do when there are none. */
function WorkList({ id, heading, count, empty, children }: { id: string; heading: string; count: number; empty: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-bottom-5" data-testid={id}>
      <h2 id={`${id}-heading`} className="margin-bottom-1">
        {heading} <span className="text-base-dark font-body-md">({count})</span>
      </h2>
      {count === 0 ? <p className="margin-top-1 text-base-dark">{empty}</p> : <ul className="usa-list usa-list--unstyled jo-work-list">{children}</ul>}
    </section>
  );
}

function Item({ to, title, children, tag }: { to: string; title: string; children: ReactNode; tag?: ReactNode }) {
  return (
    <li className="border-bottom border-base-lighter padding-y-1">
      <Link to={to} className="usa-link text-bold">
        {title}
      </Link>{' '}
      {tag}
      <div className="font-body-xs margin-top-05">{children}</div>
    </li>
  );
}

/** During an operation its log comes first: the plans under way in which the user holds a role. */
const operationsUnderWay = (work: Work) => work.assignedOperations.filter((plan) => plan.status === PlanStatus.ACTIVE);

/** The actions listed are the agency's own: its planners and leads update them, others read them. */
const updatesActions = (me: Me) => mayUpdateAction({ roles: me.roles, agencyId: me.agency.id }, me.agency.id, me.agency.id);

/** What waits on the user: the agency's actions count only for those who may move them on. */
function waitingCount(work: Work, me: Me | null | undefined): number {
  const actions = me && updatesActions(me) ? work.correctiveActions.length : 0;
  return operationsUnderWay(work).length + work.awaitingDecision.length + work.staleSignOffs.length + work.debriefsOwed.length + work.reportsToFinish.length + actions + work.editing.length;
}

function Lists({ work, me }: { work: Work; me: Me }) {
  const lists = myWorkListsOf(me);
  const agency = me.agency.shortName;
  const mayUpdate = updatesActions(me);
  const underWay = operationsUnderWay(work);
  return (
    <>
      {underWay.length > 0 ? (
        <WorkList id="work-operations" heading="Operations under way" count={underWay.length} empty={null}>
          {underWay.map((plan) => (
            <Item key={plan.id} to={`/plans/${plan.id}/operation`} title={plan.title} tag={<PlanStatusTag status={plan.status} />}>
              Keep the activity log and record actual times. Window: {formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}.
            </Item>
          ))}
        </WorkList>
      ) : null}
      {lists.decisions ? (
        <WorkList
          id="work-decisions"
          heading="Awaiting your decision"
          count={work.awaitingDecision.length}
          empty={`No plan waits for your decision. When a plan ${agency} takes part in is submitted for review, it appears here for you to approve or reject.`}
        >
          {work.awaitingDecision.map(({ plan }) => (
            <Item key={plan.id} to={`/plans/${plan.id}/approvals`} title={plan.title}>
              Approve or reject revision {plan.revision} for {agency}. Window: {formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}. Led by {plan.leadAgency.shortName}.
            </Item>
          ))}
        </WorkList>
      ) : null}
      {lists.decisions ? (
        <WorkList
          id="work-stale"
          heading="Your sign-offs that went stale"
          count={work.staleSignOffs.length}
          empty="None of your approvals went stale. If a plan changes after you approve it, it comes back here so you can see what changed and sign again."
        >
          {work.staleSignOffs.map(({ plan, approval }) => (
            <Item key={plan.id} to={`/plans/${plan.id}/approvals`} title={plan.title}>
              You approved revision {approval.revision}; the plan is now at revision {plan.revision}. See what changed and decide again.
            </Item>
          ))}
        </WorkList>
      ) : null}
      {lists.debriefs ? (
        <WorkList
          id="work-debriefs"
          heading="Debriefs you owe"
          count={work.debriefsOwed.length}
          empty="You owe no debriefs. When an operation you take part in is active or completed, write your debrief from here."
        >
          {work.debriefsOwed.map(({ plan, draft }) => (
            <Item
              key={plan.id}
              to={`/plans/${plan.id}/debrief`}
              title={plan.title}
              tag={draft ? <Tag className="bg-gold text-ink">Draft saved</Tag> : null}
            >
              {draft ? 'Resume your draft debrief and submit it.' : 'Write and submit your debrief.'} <PlanStatusTag status={plan.status} />
            </Item>
          ))}
        </WorkList>
      ) : null}
      {lists.reports ? (
        <WorkList
          id="work-reports"
          heading="After-action reports to finish"
          count={work.reportsToFinish.length}
          empty={`No operation ${agency} led is waiting for its report.`}
        >
          {work.reportsToFinish.map((plan) => (
            <Item key={plan.id} to={`/plans/${plan.id}/report`} title={plan.title} tag={<PlanStatusTag status={plan.status} />}>
              Window: {formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}. Draft the report from the debriefs, record its corrective actions, then finalize it: that closes the plan.
            </Item>
          ))}
        </WorkList>
      ) : null}
      {lists.actions ? (
        <WorkList
          id="work-actions"
          heading={`Corrective actions ${agency} owns`}
          count={work.correctiveActions.length}
          empty={`Nothing ${agency} owns is overdue or due in the next 14 days.`}
        >
          {work.correctiveActions.map(({ action, plan, overdue }) => (
            <Item
              key={action.id}
              to={`/corrective-actions?agency=${encodeURIComponent(me.agency.id)}${overdue ? '&overdue=1' : ''}`}
              title={action.title}
              tag={overdue ? <Tag className="bg-secondary-dark">Overdue</Tag> : <Tag className="bg-gold text-ink">{isActionDueToday(action, Date.now()) ? 'Due today' : 'Due soon'}</Tag>}
            >
              Due {formatCalendarDate(action.dueDate)}, from {plan.title}. {mayUpdate ? 'Update its status on Corrective actions.' : `${agency}'s planners and leads update its status.`}
            </Item>
          ))}
        </WorkList>
      ) : null}
      {lists.editing ? (
        <WorkList
          id="work-editing"
          heading="Plans you are editing"
          count={work.editing.length}
          empty={
            <>
              No drafts. <Link to="/plans/new" className="usa-link">Start a new plan</Link> when your agency leads an operation.
            </>
          }
        >
          {work.editing.map((plan) => (
            <Item key={plan.id} to={`/plans/${plan.id}`} title={plan.title}>
              Draft, revision {plan.revision}. Window: {formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}. Check its readiness and submit it for review.
            </Item>
          ))}
        </WorkList>
      ) : null}
    </>
  );
}

/** `/home`: what waits for the signed-in user, each item linking to where they act on it. */
export function MyWorkPage() {
  const { me } = useMe();
  const { data, error, loading } = useQuery(MyWorkDocument, { fetchPolicy: 'cache-and-network' });
  const work = data?.myWork;
  const total = work ? waitingCount(work, me) : 0;
  return (
    <>
      <title>My work · JointOps</title>
      <PageHeading lead="What waits for you across the plans you can see. Each item links to where you act on it.">My work</PageHeading>
      {error && !work ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">Your work could not be loaded. Check your connection and reload the page.</p>
        </Alert>
      ) : null}
      {loading && !work ? <LoadingStatus>Loading your work…</LoadingStatus> : null}
      {work ? (
        <p role="status" className="text-bold">
          {total === 0 ? 'Nothing waits for you right now.' : `${total} ${total === 1 ? 'item waits' : 'items wait'} for you.`}
        </p>
      ) : null}
      {work ? <OfflineCopiesKeeper plans={work.assignedOperations} /> : null}
      {work && me ? <Lists work={work} me={me} /> : null}
      <p>
        <Link to="/plans" className="usa-link">
          See all plans
        </Link>
      </p>
    </>
  );
}
