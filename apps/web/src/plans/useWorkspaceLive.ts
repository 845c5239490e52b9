import { useConnectionState } from '@jointops/web-data';
import { useLocation } from 'react-router';
import { usePlanLive } from '../live/usePlanLive';
import { usePlanPresence } from '../live/usePlanPresence';
import { useRemovedWhileEditing } from '../live/removed-while-editing';
import type { WorkspacePlan } from './workspace-types';

/** `/plans/<id>/<section>...` -> `section:<section>`. */
export function sectionFocusOf(pathname: string): string | null {
  const section = pathname.split('/')[3];
  return section ? `section:${section}` : null;
}

/** Live events, presence and connection state of the open workspace (one subscription each per plan). */
export function useWorkspaceLive(planId: string, plan: WorkspacePlan | null, meId: string | null) {
  const { pathname } = useLocation();
  const live = usePlanLive(planId, plan ? plan.lastSeq : null);
  const presence = usePlanPresence(plan && !live.noAccess ? planId : '', meId, sectionFocusOf(pathname));
  const connection = useConnectionState();
  const removed = useRemovedWhileEditing(planId, presence.ownFocus ?? null, meId);
  return { live, presence, connection, removed };
}
