import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';

export interface ListEditorProps {
  id: string;
  /** Singular noun, e.g. "strength". */
  noun: string;
  items: readonly string[];
  /** An item's error, by its index (shown under its label). */
  errors?: Readonly<Record<number, string | null>>;
  onChange: (items: string[]) => void;
}

/** A list of short texts: one textarea per item, "Add" below, "Remove" beside each. Empty items are dropped on save. */
export function ListEditor({ id, noun, items, errors = {}, onChange }: ListEditorProps) {
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
          <li key={index} className={`margin-bottom-2 usa-form-group margin-top-0${errors[index] ? ' usa-form-group--error' : ''}`}>
            <label className={`usa-label margin-top-0${errors[index] ? ' usa-label--error' : ''}`} htmlFor={`${id}-${index}`}>
              {noun[0]!.toUpperCase() + noun.slice(1)} {index + 1}
            </label>
            {errors[index] ? (
              <span className="usa-error-message" id={`${id}-${index}-error`}>
                {errors[index]}
              </span>
            ) : null}
            <textarea
              id={`${id}-${index}`}
              className={`usa-textarea height-auto${errors[index] ? ' usa-input--error' : ''}`}
              rows={2}
              value={item}
              aria-invalid={errors[index] ? true : undefined}
              aria-describedby={errors[index] ? `${id}-${index}-error` : undefined}
              onChange={(e) => set(index, e.target.value)}
            />
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
