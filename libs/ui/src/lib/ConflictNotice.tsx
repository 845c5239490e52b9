import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import type { CSSProperties } from 'react';
import { useEffect, useId, useRef } from 'react';

export interface ConflictField {
  key: string;
  label: string;
}

export interface ConflictNoticeProps {
  /** The fields the form edits, in display order. Only those that differ are listed. */
  fields: ReadonlyArray<ConflictField>;
  /** What the user typed. */
  mine: Record<string, unknown>;
  /** The entity as it stands on the server (`extensions.current` of the CONFLICT answer). */
  theirs: Record<string, unknown>;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
  /** Who saved the newer version, when known. */
  by?: string;
  /** Disables both buttons, e.g. while "Apply mine on top" is being sent. */
  busy?: boolean;
}

/** How a field value reads in the comparison table. */
export function formatConflictValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatConflictValue).join(', ');
  if (typeof value === 'object') {
    const named = value as { displayName?: unknown; shortName?: unknown; title?: unknown; name?: unknown; id?: unknown };
    return String(named.displayName ?? named.shortName ?? named.title ?? named.name ?? named.id ?? JSON.stringify(value));
  }
  return String(value);
}

/** The fields whose values differ between the two versions. */
export function differingFields(fields: ReadonlyArray<ConflictField>, mine: Record<string, unknown>, theirs: Record<string, unknown>): ConflictField[] {
  return fields.filter((field) => field.key in theirs && formatConflictValue(mine[field.key]) !== formatConflictValue(theirs[field.key]));
}

/**
 * Shown when an update answered CONFLICT: someone saved a newer version while this user was
 * editing. Nothing typed is lost; the user picks "Keep theirs" or "Apply mine on top".
 */
export function ConflictNotice({ fields, mine, theirs, onKeepTheirs, onApplyMine, by = 'Someone', busy = false }: ConflictNoticeProps) {
  const headingId = useId();
  const differing = differingFields(fields, mine, theirs);
  // The save the person pressed did not happen: focus goes to why, and to the two ways on.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Alert type="warning" role="alert" aria-labelledby={headingId} className="margin-bottom-2">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="usa-alert__heading">
        {by} saved a newer version while you were editing
      </h3>
      {differing.length === 0 ? (
        <p className="usa-alert__text">Your changes and theirs are the same in every field shown here.</p>
      ) : (
        <DiffTable fields={differing} mine={mine} theirs={theirs} />
      )}
      <ButtonGroup className="jo-notice-actions">
        <Button type="button" outline onClick={onKeepTheirs} disabled={busy}>
          Keep theirs
        </Button>
        <Button type="button" onClick={onApplyMine} disabled={busy}>
          Apply mine on top
        </Button>
      </ButtonGroup>
    </Alert>
  );
}

/**
 * Long values wrap inside their cell, so the table fits its alert box from 320 px up. The wrapper
 * takes the alert body's indent beside the icon (`margin-left` on every child); a table of width
 * 100% with that margin would stick out of the box by the indent.
 */
const FITTED_TABLE: CSSProperties = { tableLayout: 'fixed', width: '100%', maxWidth: '100%' };
const WRAPPED_CELL: CSSProperties = { overflowWrap: 'anywhere', wordBreak: 'break-word' };

/** The fields that differ, theirs (saved) beside yours (not saved): the conflict and newer-version notices. */
export function DiffTable({ fields, mine, theirs, theirsLabel = 'Theirs (saved)' }: { fields: ReadonlyArray<ConflictField>; mine: Record<string, unknown>; theirs: Record<string, unknown>; theirsLabel?: string }) {
  return (
    <div className="maxw-full">
      <table className="usa-table usa-table--compact width-full" style={FITTED_TABLE}>
        <caption>Fields that differ</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...WRAPPED_CELL, width: '28%' }}>
              Field
            </th>
            <th scope="col" style={WRAPPED_CELL}>
              {theirsLabel}
            </th>
            <th scope="col" style={WRAPPED_CELL}>
              Yours (not saved)
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.key} data-field={field.key}>
              <th scope="row" style={WRAPPED_CELL}>
                {field.label}
              </th>
              <td className="text-pre-wrap" style={WRAPPED_CELL}>
                {formatConflictValue(theirs[field.key])}
              </td>
              <td className="text-pre-wrap" style={WRAPPED_CELL}>
                {formatConflictValue(mine[field.key])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
