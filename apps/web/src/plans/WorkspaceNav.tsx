import { PLAN_PARTS, type PlanPartKey } from '@jointops/domain';
import { SideNav } from '@trussworks/react-uswds';
import { useEffect, useId, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { showsDebrief, showsOperation, showsReport } from '../shared/after-action-access';
import { approvalCount } from './permissions';
import type { WorkspacePlan } from './workspace-types';
import './workspace-nav.css';

const AFTER_PARTS = ['approvals', 'operation', 'debrief', 'report', 'activity'] as const;
export type WorkspaceSection = 'overview' | PlanPartKey | (typeof AFTER_PARTS)[number];

/** The overview, every plan part in order, then sign-off, the operation and its history. */
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = ['overview', ...PLAN_PARTS.map((part) => part.key), ...AFTER_PARTS];

export const SECTION_LABELS: Record<WorkspaceSection, string> = {
  overview: 'Overview',
  ...(Object.fromEntries(PLAN_PARTS.map((part) => [part.key, part.labels.section])) as Record<PlanPartKey, string>),
  approvals: 'Approvals',
  operation: 'Operation',
  debrief: 'Debrief',
  report: 'After-action report',
  activity: 'Activity',
};

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

/** `/plans/<id>/<section>/...` -> the section, when it is one. */
function sectionOf(pathname: string): WorkspaceSection | null {
  const section = pathname.split('/')[3] as WorkspaceSection | undefined;
  return section && WORKSPACE_SECTIONS.includes(section) ? section : null;
}

/**
 * The plan's sections with how many items each holds. Beside the section from desktop width; on
 * smaller screens collapsed behind a "Sections" disclosure button, so the task comes first.
 */
export function WorkspaceNav({ plan }: { plan: WorkspacePlan }) {
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Choosing a section closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  const current = sectionOf(pathname);
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
    <nav aria-label="Plan sections" className="jointops-workspace-nav">
      <button type="button" className="usa-button usa-button--outline jointops-workspace-nav__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((value) => !value)}>
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
