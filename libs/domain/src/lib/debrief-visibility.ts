import { can } from './permissions';

export interface DebriefReader {
  id: string;
  roles: readonly string[];
}

export interface DebriefVisibility {
  status: string;
  authorId: string;
}

/**
 * A draft debrief is its author's own, and oversight's; once submitted, every member of the plan
 * reads it. (Seeing the plan at all is decided elsewhere.) Events that carry a draft keep their
 * place in the log, but their content is withheld from everyone else.
 */
export function canReadDebrief(reader: DebriefReader, debrief: DebriefVisibility): boolean {
  return debrief.status !== 'DRAFT' || can(reader, 'debrief.readDraft', null, { authorId: debrief.authorId });
}
