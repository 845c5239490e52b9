import { SideNav } from '@trussworks/react-uswds';
import { NavLink } from 'react-router';
import { showsDebrief, showsOperation, showsReport } from '../shared/after-action-access';
import { approvalCount } from './permissions';
import type { WorkspacePlan } from './workspace-types';

export const WORKSPACE_SECTIONS = ['overview', 'objectives', 'roles', 'checklist', 'timeline', 'resources', 'comms', 'approvals', 'operation', 'debrief', 'report', 'activity'] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

export const SECTION_LABELS: Record<WorkspaceSection, string> = {
  overview: 'Overview',
  objectives: 'Objectives',
  roles: 'Roles',
  checklist: 'Checklist',
  timeline: 'Timeline',
  resources: 'Resources',
  comms: 'Communications',
  approvals: 'Approvals',
  operation: 'Operation',
  debrief: 'Debrief',
  report: 'After-action report',
  activity: 'Activity',
};

function countOf(plan: WorkspacePlan, section: WorkspaceSection): number | string | null {
  switch (section) {
    case 'overview':
    case 'activity':
    case 'operation':
    case 'debrief':
    case 'report':
      return null;
    case 'objectives':
      return plan.objectives.length;
    case 'roles':
      return plan.roles.length;
    case 'checklist':
      return plan.checklist.length;
    case 'timeline':
      return plan.timeline.length;
    case 'resources':
      return plan.resources.length;
    case 'comms':
      return plan.comms.length;
    case 'approvals': {
      // "2/3": approvals of the current revision, of every participating agency's; none before submission.
      if (plan.approvals.length === 0) return null;
      const { approved, total } = approvalCount(plan);
      return `${approved}/${total}`;
    }
  }
}

/** Operation and debrief once the plan is active; the report once it is completed. */
function sectionShown(status: string, section: WorkspaceSection): boolean {
  if (section === 'operation') return showsOperation(status);
  if (section === 'debrief') return showsDebrief(status);
  if (section === 'report') return showsReport(status);
  return true;
}

/** The plan's sections with how many items each holds. */
export function WorkspaceNav({ plan }: { plan: WorkspacePlan }) {
  const items = WORKSPACE_SECTIONS.filter((section) => sectionShown(plan.status, section)).map((section) => {
    const count = countOf(plan, section);
    return (
      <NavLink key={section} to={`/plans/${plan.id}/${section}`} className={({ isActive }) => (isActive ? 'usa-current' : undefined)}>
        {SECTION_LABELS[section]}
        {count !== null ? (
          <span className="usa-tag bg-base-lighter text-ink margin-left-1">
            {count}
          </span>
        ) : null}
      </NavLink>
    );
  });
  return (
    <nav aria-label="Plan sections">
      <SideNav items={items} />
    </nav>
  );
}
