import { useApolloClient } from '@apollo/client/react';
import { PresenceAvatars, type PresencePerson } from '@jointops/ui';
import type { WorkspacePlan } from '../plans/workspace-types';
import { cachedItemsOf, describeFocus } from './describe-focus';
import { usePresenceContext } from './presence-context';

/** Header strip: who else has this plan open, and what they are doing (you are listed last, marked). */
const PRESENCE_ROW_HEIGHT = '2.5rem';

export function WorkspacePresence({ plan }: { plan: WorkspacePlan }) {
  const { people, meId } = usePresenceContext();
  const itemsOf = cachedItemsOf(useApolloClient().cache, plan);
  const list: PresencePerson[] = people
    .map((entry) => ({
      id: entry.user.id,
      name: entry.user.displayName,
      agency: entry.user.agency.shortName,
      activity: describeFocus(entry.focus, itemsOf),
      isMe: entry.user.id === meId,
    }))
    .sort((a, b) => Number(a.isMe) - Number(b.isMe) || a.name.localeCompare(b.name));
  const others = list.filter((person) => !person.isMe).length;
  // The row keeps its height when nobody else is here, so people joining never push the
  // page down under someone's pointer.
  if (others === 0) return <div className="margin-bottom-1" style={{ minHeight: PRESENCE_ROW_HEIGHT }} aria-hidden="true" />;
  return (
    <div className="display-flex flex-align-center flex-wrap margin-bottom-1" style={{ minHeight: PRESENCE_ROW_HEIGHT }} data-testid="workspace-presence">
      <span className="font-body-2xs text-base-dark margin-right-1">
        {others === 1 ? '1 other person' : `${others} other people`} in this plan with you:
      </span>
      <PresenceAvatars people={list} />
    </div>
  );
}
