import type { PlanPartKey } from '@jointops/domain';
import { WEB_PLAN_PARTS } from '../plans/plan-parts';
import type { WorkspacePlan } from '../plans/workspace-types';
import { SECTION_LABELS, type WorkspaceSection } from '../plans/WorkspaceNav';

/** A presence focus in words, e.g. `objective:<id>` -> `editing Objective 2 "Secure the perimeter"`. */
export function describeFocus(focus: string | null | undefined, plan: WorkspacePlan): string | null {
  if (!focus) return null;
  const [kind, id = ''] = focus.split(':', 2) as [string, string?];
  if (kind === 'section') return `viewing ${SECTION_LABELS[id as WorkspaceSection] ?? id}`;
  const part = WEB_PLAN_PARTS.find((spec) => spec.focus.kind === kind);
  return part ? (part.focus.describe as (items: WorkspacePlan[PlanPartKey], id: string) => string)(plan[part.part.key], id) : null;
}
