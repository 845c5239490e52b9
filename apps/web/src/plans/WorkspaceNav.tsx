import { SideNav } from '@trussworks/react-uswds';
import { NavLink } from 'react-router';
import type { WorkspacePlan } from './workspace-types';

export const WORKSPACE_SECTIONS = ['overview', 'objectives', 'roles', 'checklist', 'timeline', 'resources', 'comms', 'activity'] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

export const SECTION_LABELS: Record<WorkspaceSection, string> = {
  overview: 'Overview',
  objectives: 'Objectives',
  roles: 'Roles',
  checklist: 'Checklist',
  timeline: 'Timeline',
  resources: 'Resources',
  comms: 'Communications',
  activity: 'Activity',
};

function countOf(plan: WorkspacePlan, section: WorkspaceSection): number | null {
  switch (section) {
    case 'overview':
    case 'activity':
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
  }
}

/** The plan's sections with how many items each holds. */
export function WorkspaceNav({ plan }: { plan: WorkspacePlan }) {
  const items = WORKSPACE_SECTIONS.map((section) => {
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
