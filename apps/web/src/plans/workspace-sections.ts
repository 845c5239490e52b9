import { PLAN_PARTS, type PlanPartKey } from '@jointops/domain';

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

/**
 * `/plans/<id>/...` -> the plan and the section shown there (`/plans/<id>` opens the overview);
 * null for any other page, `/plans/new` included.
 */
export function workspaceTarget(pathname: string): { planId: string; section: WorkspaceSection | null } | null {
  const [root, planId, segment] = pathname.split('/').filter(Boolean);
  if (root !== 'plans' || !planId || planId === 'new') return null;
  return { planId, section: segment === undefined ? 'overview' : sectionOf(pathname) };
}

/** `/plans/<id>/<section>/...` -> the section, when it is one. */
export function sectionOf(pathname: string): WorkspaceSection | null {
  const section = pathname.split('/')[3] as WorkspaceSection | undefined;
  return section && WORKSPACE_SECTIONS.includes(section) ? section : null;
}
