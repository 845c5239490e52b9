import type { WorkspacePlan } from '../plans/workspace-types';
import { SECTION_LABELS, type WorkspaceSection } from '../plans/WorkspaceNav';

const quoted = (text: string, max = 60) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** A presence focus in words, e.g. `objective:<id>` -> `editing Objective 2 "Secure the perimeter"`. */
export function describeFocus(focus: string | null | undefined, plan: WorkspacePlan): string | null {
  if (!focus) return null;
  const [kind, id = ''] = focus.split(':', 2) as [string, string?];
  switch (kind) {
    case 'section': {
      const label = SECTION_LABELS[id as WorkspaceSection] ?? id;
      return `viewing ${label}`;
    }
    case 'objective': {
      const ordered = [...plan.objectives].sort((a, b) => a.position - b.position);
      const index = ordered.findIndex((o) => o.id === id);
      return index < 0 ? 'editing an objective' : `editing Objective ${index + 1} ${quoted(ordered[index]!.title)}`;
    }
    case 'role': {
      const role = plan.roles.find((r) => r.id === id);
      return role ? `editing the role ${role.title} (${role.agency.shortName})` : 'editing a role';
    }
    case 'checklist': {
      const item = plan.checklist.find((c) => c.id === id);
      return item ? `editing the checklist item ${quoted(item.text)}` : 'editing a checklist item';
    }
    case 'timeline': {
      const event = plan.timeline.find((t) => t.id === id);
      return event ? `editing the timeline event ${quoted(event.title)}` : 'editing a timeline event';
    }
    case 'resource': {
      const resource = plan.resources.find((r) => r.id === id);
      return resource ? `editing the resource ${resource.kind} (${resource.agency.shortName})` : 'editing a resource';
    }
    case 'comms': {
      const channel = plan.comms.find((c) => c.id === id);
      return channel ? `editing the channel ${quoted(channel.name)}` : 'editing a communications channel';
    }
    default:
      return null;
  }
}
