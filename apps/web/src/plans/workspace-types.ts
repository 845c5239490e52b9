import type { PlanWorkspaceQuery } from '@jointops/web-data';

/** The plan as the workspace query loads it: every section reads from this one object. */
export type WorkspacePlan = NonNullable<PlanWorkspaceQuery['plan']>;

/** The signed-in user, as sections need it. */
export interface WorkspaceMe {
  id: string;
  roles: string[];
  agencyId: string;
}

/** Props every workspace section receives (ChecklistSection and TimelineSection included). */
export interface WorkspaceSectionProps {
  plan: WorkspacePlan;
  canEdit: boolean;
  me: WorkspaceMe;
}
