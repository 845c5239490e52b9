import { Alert } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DownloadPdfButton } from '../exports/DownloadPdfButton';
import { PlanStatusTag } from './PlanStatusTag';
import type { WorkspacePlan } from './workspace-types';

export interface WorkspaceHeaderProps {
  plan: WorkspacePlan;
  readOnlyReason: string | null;
  /** Who else is in the plan now. */
  presence?: ReactNode;
  /** Lifecycle buttons (submit, activate, complete, cancel) for who may press them. */
  actions?: ReactNode;
}

/** Title, status, lead agency, who else is here, and why the plan is read-only when it is. */
export function WorkspaceHeader({ plan, readOnlyReason, presence, actions }: WorkspaceHeaderProps) {
  return (
    <header className="margin-bottom-3">
      <nav aria-label="Breadcrumbs" className="font-body-2xs margin-bottom-1">
        <Link to="/plans" className="usa-link">
          Plans
        </Link>
      </nav>
      <PageHeading>{plan.title}</PageHeading>
      <p className="margin-top-0 display-flex flex-align-center flex-wrap">
        <PlanStatusTag status={plan.status} />
        <span className="margin-left-2">
          Lead agency: <abbr title={plan.leadAgency.name}>{plan.leadAgency.shortName}</abbr>
        </span>
      </p>
      {presence}
      <div className="margin-bottom-1">
        <DownloadPdfButton href={`/export/plans/${plan.id}/plan.pdf`} label="Download plan PDF" />
      </div>
      {actions}
      {readOnlyReason ? (
        <Alert type="info" slim data-testid="read-only-reason">
          <p className="usa-alert__text">{readOnlyReason}</p>
        </Alert>
      ) : null}
    </header>
  );
}
