import { PLAN_PARTS, type PlanPartKey } from '@jointops/domain';
import { useApolloClient } from '@apollo/client/react';
import { SideNav } from '@trussworks/react-uswds';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import { showsDebrief, showsOperation, showsReport } from '../shared/after-action-access';
import { approvalCount } from './permissions';
import { preloadWorkspace } from './section-data';
import type { WorkspacePlan } from './workspace-types';
import { sectionOf, SECTION_LABELS, WORKSPACE_SECTIONS, type WorkspaceSection } from './workspace-sections';
import './workspace-nav.css';

const isPart = (section: WorkspaceSection): section is PlanPartKey => PLAN_PARTS.some((part) => part.key === section);

function countOf(plan: WorkspacePlan, section: WorkspaceSection): number | string | null {
  if (isPart(section)) return plan[section].length;
  if (section !== 'approvals' || plan.approvals.length === 0) return null;
  // "2/3": approvals of the current revision, of every participating agency's; none before submission.
  const { approved, total } = approvalCount(plan);
  return `${approved}/${total}`;
}

/** Operation and debrief once the plan is active; the report once it is completed. */
function sectionShown(status: string, section: WorkspaceSection): boolean {
  if (section === 'operation') return showsOperation(status);
  if (section === 'debrief') return showsDebrief(status);
  if (section === 'report') return showsReport(status);
  return true;
}

/** Escape inside the open disclosure closes it and gives the focus back to its button. */
function closeOnEscape(event: KeyboardEvent, open: boolean, close: () => void, button: HTMLButtonElement | null): void {
  if (event.key !== 'Escape' || !open) return;
  event.preventDefault();
  close();
  button?.focus();
}

/**
 * The plan's sections with how many items each holds. Beside the section from desktop width; on
 * smaller screens collapsed behind a "Sections" disclosure button, so the task comes first.
 */
export function WorkspaceNav({ plan }: { plan: WorkspacePlan }) {
  const { pathname } = useLocation();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // Choosing a section closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  const current = sectionOf(pathname);
  const items = WORKSPACE_SECTIONS.filter((section) => sectionShown(plan.status, section)).map((section) => {
    const count = countOf(plan, section);
    return (
      <NavLink
        key={section}
        to={`/plans/${plan.id}/${section}`}
        className={({ isActive }) => (isActive ? 'usa-current' : undefined)}
        // The section's code and content start loading as it is chosen, before it renders.
        onClick={() => preloadWorkspace(client, plan.id, section)}
      >
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
    <nav aria-label="Plan sections" className="jointops-workspace-nav" onKeyDown={(event) => closeOnEscape(event, open, () => setOpen(false), toggle.current)}>
      <button ref={toggle} type="button" className="usa-button usa-button--outline jointops-workspace-nav__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((value) => !value)}>
        <span>{current ? `Sections: ${SECTION_LABELS[current]}` : 'Sections'}</span>
        <span aria-hidden="true" className="jointops-workspace-nav__chevron">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={listId} className="jointops-workspace-nav__list" data-open={open}>
        <SideNav items={items} />
      </div>
    </nav>
  );
}
