import { Button } from '@trussworks/react-uswds';
import { EmptyState, PageHeading } from '@jointops/ui';

const NEW_PLAN_HINT = 'Plan building arrives in the next release.';

/** The plans list. Plans are not served yet, so this shows the empty state. */
export function PlansPage() {
  return (
    <>
      <title>Plans · JointOps</title>
      <div className="display-flex flex-wrap flex-justify flex-align-start">
        <PageHeading>Plans</PageHeading>
        <div className="margin-bottom-3">
          <Button type="button" disabled title={NEW_PLAN_HINT} aria-describedby="new-plan-hint">
            New plan
          </Button>
          <span id="new-plan-hint" className="usa-sr-only">
            {NEW_PLAN_HINT}
          </span>
        </div>
      </div>
      <EmptyState heading="No plans yet">
        <p>Plans that your agency takes part in will appear here, whichever agency leads them.</p>
      </EmptyState>
    </>
  );
}
