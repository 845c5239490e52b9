import { useOutletContext } from 'react-router';
import type { PlanAccess } from './permissions';
import type { WorkspaceMe, WorkspacePlan } from './workspace-types';

export interface WorkspaceContext extends PlanAccess {
  plan: WorkspacePlan;
  me: WorkspaceMe;
}

/** What PlanWorkspacePage hands to the section routes below it. */
export function useWorkspace(): WorkspaceContext {
  return useOutletContext<WorkspaceContext>();
}
