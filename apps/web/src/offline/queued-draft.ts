import type { DebriefFieldsFragment, DebriefInput } from '@jointops/web-data';
import type { QueuedWrite } from './store/types';

/**
 * The debrief draft as the officer left it on this device: the server's draft (from the offline
 * copy) with a waiting save's input laid over it, so the wizard reopens at the step and with the
 * answers they reached offline instead of starting again (and then overwriting what waits).
 */
export function draftWithQueued(
  draft: DebriefFieldsFragment | null,
  queue: readonly QueuedWrite[],
  objectives: ReadonlyArray<{ id: string; title: string }>,
  author: DebriefFieldsFragment['author'],
  agency: DebriefFieldsFragment['agency'],
): DebriefFieldsFragment | null {
  const waiting = queue.filter((write) => write.kind === 'saveDebrief' && write.state !== 'refused').at(-1);
  if (!waiting || waiting.kind !== 'saveDebrief') return draft;
  const input: DebriefInput = waiting.variables.input;
  const titles = new Map(objectives.map((objective) => [objective.id, objective.title]));
  const base: DebriefFieldsFragment = draft ?? {
    id: `queued-${waiting.planId}`,
    version: 0,
    status: 'DRAFT' as DebriefFieldsFragment['status'],
    submittedAt: null,
    author,
    agency,
    outcomes: [],
    incidents: [],
    strengths: [],
    improvements: [],
    narrative: '',
    lastStep: 0,
  };
  return {
    ...base,
    outcomes: (input.outcomes ?? []).map((o) => ({ objective: { id: String(o.objectiveId), title: titles.get(String(o.objectiveId)) ?? '' }, outcome: o.outcome, notes: o.notes ?? '' })),
    incidents: (input.incidents ?? []).map((i) => ({ type: i.type, occurredAt: i.occurredAt, description: i.description, reportedTo: i.reportedTo ?? '', location: i.location ?? null })),
    strengths: [...(input.strengths ?? [])],
    improvements: [...(input.improvements ?? [])],
    narrative: input.narrative ?? '',
    lastStep: input.lastStep ?? base.lastStep,
  } as DebriefFieldsFragment;
}
