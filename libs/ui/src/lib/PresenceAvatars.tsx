export interface PresencePerson {
  id: string;
  name: string;
  /** Short agency name, e.g. CBP. */
  agency: string;
  /** What they are doing, e.g. "editing objective 2"; omitted when unknown. */
  activity?: string | null;
  isMe?: boolean;
}

export interface PresenceAvatarsProps {
  people: readonly PresencePerson[];
  /** Accessible name of the list. */
  label?: string;
}

/** "Maria Lopez" -> "ML"; a single word gives its first two letters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return `${words[0]![0]}${words[words.length - 1]![0]}`.toUpperCase();
}

export function describePerson(person: PresencePerson): string {
  const who = `${person.name} (${person.agency})${person.isMe ? ', you' : ''}`;
  return person.activity ? `${who} — ${person.activity}` : who;
}

/** Initials avatars of who is in the plan; the full name, agency and activity in a tooltip and for screen readers. */
export function PresenceAvatars({ people, label = 'People in this plan now' }: PresenceAvatarsProps) {
  if (people.length === 0) return null;
  return (
    <ul className="usa-list usa-list--unstyled display-flex flex-align-center flex-wrap margin-0" aria-label={label} data-testid="presence-avatars">
      {people.map((person) => {
        const description = describePerson(person);
        return (
          <li key={person.id} className="margin-right-05 margin-bottom-05 maxw-none" title={description}>
            <span
              aria-hidden="true"
              className={`display-inline-flex flex-align-center flex-justify-center radius-pill width-4 height-4 font-body-3xs text-bold ${
                person.isMe ? 'bg-base-lighter text-ink border-1px border-base' : 'bg-primary-dark text-white'
              }`}
            >
              {initialsOf(person.name)}
            </span>
            <span className="usa-sr-only">{description}</span>
          </li>
        );
      })}
    </ul>
  );
}
