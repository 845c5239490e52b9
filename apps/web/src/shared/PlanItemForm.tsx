import { Button, Form } from '@trussworks/react-uswds';
import { ConflictNotice, differingFields, EditingBadge, ErrorAlert, ErrorSummary, NewerVersionNotice, type ConflictField } from '@jointops/ui';
import { conflictOf, type ConflictInfo } from '@jointops/web-data';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type Path } from 'react-hook-form';
import { serverFormErrors } from './errors';
import { FormIdsContext } from './form-fields';
import { rebaseValues } from './rebase-values';
import { useSignOffGuard } from './sign-off-guard';
import type { SchemaForm } from './useSchemaForm';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

/** Said when Save is pressed on an edit that changed nothing: nothing is sent (in review it would void every sign-off). */
export const NOTHING_CHANGED_MESSAGE = 'Nothing changed, so nothing was saved.';

/** Said when an edit closes on a CONFLICT whose other save held exactly what this one sent, or when theirs is kept. */
export const keptTheirsMessage = (same?: boolean): string => (same ? 'Someone else had already saved the same; nothing more to save.' : 'Kept their version.');

export interface ConflictSetup<V> {
  /** The fields compared, in display order. */
  fields: readonly ConflictField[];
  /** What the user typed, as the notice shows it. */
  mine: (values: V) => Record<string, unknown>;
  /** The entity as the server holds it (`extensions.current`), as the notice shows it. */
  theirs?: (current: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Puts their version in the cache. On a CONFLICT answer at once, so that the form moves onto it
   * (the fields this user did not touch take theirs); "Keep theirs" then closes the form through
   * `onKeptTheirs`.
   */
  keepTheirs: (conflict: ConflictInfo) => void;
}

/** An edited item as it stands now: live events rewrite the cached entity under the open form. */
export interface LiveItem<V> {
  /** The version the form was opened on. */
  openedVersion: number;
  /** Its version now. */
  version: number;
  /** Its saved values, in the form's shape. */
  values: V;
  /** Who saved the latest version, when known. */
  savedBy?: string | null;
  /** The others who have this item open in a form right now. */
  editingBy?: readonly string[];
}

export interface PlanItemFormProps<V extends FieldValues> {
  /** From `useSchemaForm`. */
  form: SchemaForm<V>;
  /** Field key → its control's id, in the order the error summary lists them (the first error gets focus). */
  ids: Readonly<Record<string, string>>;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  busyLabel?: string;
  /** Sends the values; throws what the server answered. `expectedVersion` is set by "Apply mine on top". */
  onSave: (values: V, expectedVersion: number | undefined) => Promise<void>;
  /** Adds an unstyled "Cancel" button. */
  onCancel?: () => void;
  /** Another way out instead of the button, e.g. a link. */
  cancel?: ReactNode;
  /** When editing: a CONFLICT answer shows what differs and lets the user choose. */
  conflict?: ConflictSetup<V>;
  /** Theirs stands (chosen, or `same`: they had saved exactly what this form sent, so there was no choice to make). */
  onKeptTheirs?: (same?: boolean) => void;
  /** When editing: someone else's save shows inline (with the conflict setup's fields), and who else edits it. */
  live?: LiveItem<V>;
  headingLevel?: 'h2' | 'h3' | 'h4';
  large?: boolean;
  className?: string;
  /**
   * When given, a submit of a form whose values are as it opened sends nothing and calls this
   * instead (an edit that changes nothing would still be a new revision, and in review it would
   * void every agency's sign-off).
   */
  onUnchanged?: () => void;
  /** Holds the submit button (and ignores submits), e.g. until choices have loaded. */
  disabled?: boolean;
  /** The field focused when the form opens (its first field shown, if this one is not). */
  autoFocus?: string;
  /** The sentence for a refusal that names no field of the form (default: `errorMessage`). */
  describeError?: (error: unknown) => string;
  /** The form field a server field path belongs to (default: its last name, `input.title` → `title`). */
  fieldOf?: (field: string) => string;
  /** Leaves out the error summary: for a form of one field, whose error stands next to it. */
  noSummary?: boolean;
  /** The submit button in the secondary style, for a destructive step ("Yes, remove"). */
  secondary?: boolean;
  children: ReactNode;
}

/**
 * The frame of every plan form: the error summary (each entry links to its field), a sentence for
 * errors that belong to no field, the conflict notice, the fields, and the buttons. Checks the
 * values with the form's schema before sending; on a refusal, server field errors go to their
 * fields and the first field in error gets focus. Warns before the page is left with unsaved edits.
 */
export function PlanItemForm<V extends FieldValues>(props: PlanItemFormProps<V>) {
  const { form, ids, label, submitLabel, busyLabel = 'Saving…', onSave, onCancel, onUnchanged, cancel, conflict: setup, onKeptTheirs, live, headingLevel = 'h3', large, className = 'maxw-full', disabled, autoFocus, describeError, fieldOf, noSummary, secondary, children } = props;
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const { errors, isSubmitting: busy, isDirty } = form.formState;
  const signOffs = useSignOffGuard();
  // The latest version the user has seen and chosen about ("Take theirs" / "Keep mine").
  const [seenVersion, setSeenVersion] = useState(live?.openedVersion ?? 0);
  const newer = live && !busy && !conflict && live.version > seenVersion ? live : null;
  // Someone else saved this item: the fields this user has not changed take their values at once,
  // so that neither "Keep mine" nor "Apply mine on top" writes an old value back over theirs.
  const rebasedOn = useRef(live?.openedVersion ?? 0);
  useEffect(() => {
    if (!live || busy || live.version <= rebasedOn.current) return;
    rebasedOn.current = live.version;
    const base = form.formState.defaultValues as Partial<V> | undefined;
    const { values, kept } = rebaseValues(base, form.getValues(), live.values);
    // Their version is the new starting point (fields only the form has, like a reason, keep theirs).
    form.reset({ ...base, ...live.values } as V);
    for (const key of kept) form.setValue(key as Path<V>, values[key] as never, { shouldDirty: true });
    // Only when a newer version arrives (or a save that held it back ends).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live?.version, busy]);
  // While saving, the form no longer holds the guard: a save that navigates (a new plan) must not be asked about.
  useUnsavedChangesGuard(isDirty && !busy);
  const keys = Object.keys(ids);
  const focusFirst = (inError: (key: string) => boolean) => {
    const first = keys.find(inError);
    if (first) document.getElementById(ids[first]!)?.focus();
    return Boolean(first);
  };
  // A refusal that names no field of the form: focus goes to its sentence, not back to <body>.
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The named field, or the form's first field shown (an edit may not show them all).
    if (autoFocus) (document.getElementById(ids[autoFocus] ?? autoFocus) ?? keys.map((key) => document.getElementById(ids[key]!)).find(Boolean))?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (values: V, expectedVersion: number | undefined) => {
    setFormError(null);
    try {
      await onSave(values, expectedVersion);
      setConflict(null);
    } catch (error) {
      const found = conflictOf(error);
      if (found && setup) {
        // Their version may be ahead of its live event (or the connection is down): it goes into the
        // cache now, and the effect above moves the form onto it. The notice then shows only what
        // this user changed, and "Apply mine on top" sends no old value back over theirs.
        if (!live || live.version < found.currentVersion) setup.keepTheirs(found);
        // They saved what this form sent, field for field: nothing to choose between.
        if (differingFields(setup.fields, setup.mine(values), setup.theirs ? setup.theirs(found.current) : found.current).length === 0) {
          setConflict(null);
          return onKeptTheirs?.(true);
        }
        return setConflict(found);
      }
      const { fields, general } = serverFormErrors(error, keys, describeError, fieldOf);
      for (const [key, message] of Object.entries(fields)) form.setError(key as Path<V>, { type: 'server', message });
      setFormError(general);
      if (!focusFirst((key) => Boolean(fields[key])) && general) setTimeout(() => errorRef.current?.focus(), 0);
    }
  };
  const submit = (explicitVersion?: number) => {
    if (form.formState.isSubmitting || disabled) return;
    // After "Take theirs" or "Keep mine", the save goes on top of the version the user chose about.
    const expectedVersion = explicitVersion ?? (live && seenVersion > live.openedVersion ? seenVersion : undefined);
    if (onUnchanged && !form.formState.isDirty && explicitVersion === undefined) return onUnchanged();
    if (!form.check()) {
      setFormError(null);
      focusFirst((key) => Boolean(form.getFieldState(key as Path<V>).error));
      return;
    }
    // In review, the editor first learns whose sign-offs the change would void (and may back out).
    void signOffs.confirm().then((go) => (go ? form.handleSubmit((values) => save(values, expectedVersion))() : undefined));
  };

  const summary = keys.flatMap((key) => {
    const message = errors[key]?.message;
    return typeof message === 'string' ? [{ fieldId: ids[key]!, message }] : [];
  });

  return (
    <FormProvider {...form}>
      <FormIdsContext.Provider value={ids}>
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          noValidate
          large={large}
          aria-label={label}
          className={className}
        >
          {noSummary ? null : <ErrorSummary errors={summary} headingLevel={headingLevel} />}
          <div ref={errorRef} tabIndex={-1}>
            <ErrorAlert message={formError} />
          </div>
          {live?.editingBy?.length ? (
            <p className="margin-top-0 margin-bottom-1">
              <EditingBadge names={live.editingBy} className="margin-left-0" />
            </p>
          ) : null}
          {newer && setup ? (
            <NewerVersionNotice
              fields={setup.fields}
              mine={setup.mine(form.watch())}
              theirs={setup.mine(newer.values)}
              by={newer.savedBy}
              headingLevel={headingLevel}
              onTakeTheirs={() => {
                form.reset(newer.values);
                setSeenVersion(newer.version);
                focusFirst(() => true);
              }}
              onKeepMine={() => {
                setSeenVersion(newer.version);
                focusFirst(() => true);
              }}
            />
          ) : null}
          {conflict && setup ? (
            <ConflictNotice
              fields={setup.fields}
              mine={setup.mine(form.watch())}
              theirs={setup.theirs ? setup.theirs(conflict.current) : conflict.current}
              by={live?.savedBy ?? undefined}
              busy={busy}
              onKeepTheirs={() => {
                if (!live || live.version < conflict.currentVersion) setup.keepTheirs(conflict);
                setConflict(null);
                onKeptTheirs?.();
              }}
              onApplyMine={() => submit(conflict.currentVersion)}
            />
          ) : null}
          {children}
          <div className="margin-top-3">
            {/* While saving the buttons are aria-disabled, not disabled: a disabled button loses focus,
                and the person would land on the page's start (submit() ignores a second press). */}
            <Button type="submit" secondary={secondary} disabled={disabled} aria-disabled={busy || undefined}>
              {busy ? busyLabel : submitLabel}
            </Button>
            {onCancel ? (
              <Button type="button" unstyled onClick={() => busy || onCancel()} aria-disabled={busy || undefined}>
                Cancel
              </Button>
            ) : (
              cancel
            )}
          </div>
        </Form>
      </FormIdsContext.Provider>
    </FormProvider>
  );
}
