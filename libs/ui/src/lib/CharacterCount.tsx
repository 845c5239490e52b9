import { useEffect, useState } from 'react';

/** How a character count speaks, in the page's language. */
export interface CharacterCountWords {
  /** "5,000 characters allowed": nothing typed yet. */
  allowed: (max: number) => string;
  /** "4,990 characters left" / "1 character left". */
  left: (count: number) => string;
  /** "12 characters over limit". */
  over: (count: number) => string;
  /** Read with the field, for screen readers: "You can enter up to 5,000 characters". */
  info: (max: number) => string;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

export const ENGLISH_CHARACTER_COUNT: CharacterCountWords = {
  allowed: (max) => `${plural(max, 'character', 'characters')} allowed`,
  left: (count) => `${plural(count, 'character', 'characters')} left`,
  over: (count) => `${plural(count, 'character', 'characters')} over limit`,
  info: (max) => `You can enter up to ${plural(max, 'character', 'characters')}`,
};

export interface CharacterCountSetup {
  /** The most characters the field takes (the shared rule's limit). */
  max: number;
  words?: CharacterCountWords;
}

/** What the count says for `length` characters typed. */
export function characterCountMessage(length: number, { max, words = ENGLISH_CHARACTER_COUNT }: CharacterCountSetup): string {
  if (length === 0) return words.allowed(max);
  return length > max ? words.over(length - max) : words.left(max - length);
}

/** How long typing pauses before screen readers are told the count (USWDS's own wait). */
export const CHARACTER_COUNT_ANNOUNCE_MS = 1000;

/**
 * The USWDS character count's messages under a field (`usa-character-count`): the count, shown and
 * marked invalid over the limit (hidden from screen readers, which would hear every key), and the
 * same words in a polite live region once typing pauses. `infoId` is the id the field's
 * aria-describedby names, for the limit itself.
 */
export function CharacterCountStatus({ length, setup, infoId }: { length: number; setup: CharacterCountSetup; infoId: string }) {
  const words = setup.words ?? ENGLISH_CHARACTER_COUNT;
  const message = characterCountMessage(length, setup);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message), CHARACTER_COUNT_ANNOUNCE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <>
      <span id={infoId} className="usa-character-count__message usa-sr-only">
        {words.info(setup.max)}
      </span>
      <div className={`usa-character-count__status usa-hint${length > setup.max ? ' usa-character-count__status--invalid' : ''}`} aria-hidden="true" data-testid="character-count">
        {message}
      </div>
      <div className="usa-character-count__sr-status usa-sr-only" aria-live="polite">
        {length === 0 ? '' : announced}
      </div>
    </>
  );
}
