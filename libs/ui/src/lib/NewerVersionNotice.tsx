import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { useId } from 'react';
import { differingFields, DiffTable, type ConflictField } from './ConflictNotice';

export interface NewerVersionNoticeProps {
  /** The fields the form edits, in display order. Only those that differ are listed. */
  fields: ReadonlyArray<ConflictField>;
  /** What is in the form now (not saved). */
  mine: Record<string, unknown>;
  /** The version saved meanwhile, in the same shape. */
  theirs: Record<string, unknown>;
  /** Who saved it, when known. */
  by?: string | null;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  headingLevel?: 'h2' | 'h3' | 'h4';
}

/**
 * Inside an open edit form, as soon as someone else saves the same item: who did, what differs
 * from the form, field by field, and the choice before saving, "Take theirs" (the form takes the
 * saved values) or "Keep mine" (the next save goes on top of theirs). Announced politely: it
 * arrives while the user is typing.
 */
export function NewerVersionNotice({ fields, mine, theirs, by, onTakeTheirs, onKeepMine, headingLevel = 'h3' }: NewerVersionNoticeProps) {
  const headingId = useId();
  const Heading = headingLevel;
  const differing = differingFields(fields, mine, theirs);
  return (
    <Alert type="info" role="status" aria-labelledby={headingId} className="margin-bottom-2" data-testid="newer-version">
      <Heading id={headingId} className="usa-alert__heading">
        {by || 'Someone'} saved a newer version
      </Heading>
      <p className="usa-alert__text">
        {differing.length === 0
          ? 'It matches your form in every field shown here.'
          : 'Before you save, compare it with your form. Nothing you typed is lost until you choose.'}
      </p>
      {differing.length > 0 ? <DiffTable fields={differing} mine={mine} theirs={theirs} /> : null}
      <ButtonGroup className="jo-notice-actions">
        <Button type="button" outline onClick={onTakeTheirs}>
          Take theirs
        </Button>
        <Button type="button" outline onClick={onKeepMine}>
          Keep mine
        </Button>
      </ButtonGroup>
    </Alert>
  );
}
