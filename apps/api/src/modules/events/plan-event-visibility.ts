import { canReadDebrief, type DebriefReader } from '@jointops/domain';
import type { PlanEvent } from './plan-event.entity';

/**
 * Whether the content of an event (its node, its data) is withheld from this reader. Events of a
 * draft debrief keep their seq, type and hash for everyone, so the chain still verifies, but what
 * the draft says is its author's (and oversight's) until it is submitted. A snapshot without a
 * status counts as a draft.
 */
export function withheldFrom(reader: DebriefReader | undefined, event: Pick<PlanEvent, 'entityType' | 'data' | 'actorId'>): boolean {
  if (event.entityType !== 'DEBRIEF' || event.data === null) return false;
  if (!reader) return true;
  const status = typeof event.data.status === 'string' ? event.data.status : 'DRAFT';
  const authorId = typeof event.data.authorId === 'string' ? event.data.authorId : event.actorId;
  return !canReadDebrief(reader, { status, authorId });
}
