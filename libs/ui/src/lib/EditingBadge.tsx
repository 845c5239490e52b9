export interface EditingBadgeProps {
  /** Display names of the other people editing this item right now. */
  names: readonly string[];
  className?: string;
}

/** "Maria Lopez and Dana Whitfield are editing": two names at most, then "and N others". */
export function editingLabel(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} is editing`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are editing`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} ${names.length === 3 ? 'other' : 'others'} are editing`;
}

/** A small tag on an item someone else has open in an edit form. Renders nothing when nobody does. */
export function EditingBadge({ names, className }: EditingBadgeProps) {
  if (names.length === 0) return null;
  return (
    <span className={`usa-tag bg-accent-warm-lighter text-ink text-no-uppercase font-body-3xs ${className ?? 'margin-left-1'}`} data-testid="editing-badge">
      {editingLabel(names)}
    </span>
  );
}
