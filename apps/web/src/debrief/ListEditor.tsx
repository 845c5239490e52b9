import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';

export interface ListEditorProps {
  id: string;
  /** Singular noun, e.g. "strength". */
  noun: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
}

/** A list of short texts: one textarea per item, "Add" below, "Remove" beside each. Empty items are dropped on save. */
export function ListEditor({ id, noun, items, onChange }: ListEditorProps) {
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    document.getElementById(`${id}-${focusIndex}`)?.focus();
    setFocusIndex(null);
  }, [focusIndex, id]);

  const set = (index: number, value: string) => onChange(items.map((item, i) => (i === index ? value : item)));
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    setTimeout(() => document.getElementById(`${id}-add`)?.focus(), 0);
  };

  return (
    <div>
      {items.length === 0 ? <p className="text-base-dark">No {noun}s yet.</p> : null}
      <ol ref={listRef} className="usa-list usa-list--unstyled">
        {items.map((item, index) => (
          <li key={index} className="margin-bottom-2">
            <label className="usa-label margin-top-0" htmlFor={`${id}-${index}`}>
              {noun[0]!.toUpperCase() + noun.slice(1)} {index + 1}
            </label>
            <textarea id={`${id}-${index}`} className="usa-textarea height-auto" rows={2} value={item} onChange={(e) => set(index, e.target.value)} />
            <Button type="button" unstyled className="text-secondary-dark padding-y-1" onClick={() => remove(index)} aria-label={`Remove ${noun} ${index + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        outline
        id={`${id}-add`}
        onClick={() => {
          onChange([...items, '']);
          setFocusIndex(items.length);
        }}
      >
        Add {/^[aeiou]/i.test(noun) ? 'an' : 'a'} {noun}
      </Button>
    </div>
  );
}
