import { Button, Tag } from '@trussworks/react-uswds';
import { REQUIRED_ITEM_MESSAGES, requirementLabel } from '@jointops/domain';
import { conflictOf, type ChecklistItemFieldsFragment, type ChecklistStatus } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { useReportFocus } from '../live/useReportFocus';
import { usePlanTime } from '../shared/plan-time';
import { focusWhenShown } from '../shared/focus';
import { ChecklistItemForm } from './ChecklistItemForm';
import { RemoveConfirm } from './RemoveConfirm';
import { RemoveRequiredConfirm } from './RemoveRequiredConfirm';
import { ResolveForm } from './ResolveForm';
import { STATUS_LABELS, STATUS_TAG_BACKGROUND } from './checklist-labels';
import { errorMessage } from '../shared/errors';
import { useSignOffGuard } from '../shared/sign-off-guard';
import type { useChecklistMutations } from './useChecklistMutations';

type Mode = 'view' | 'resolve' | 'edit' | 'remove';

export interface ChecklistItemCardProps {
  item: ChecklistItemFieldsFragment;
  canEdit: boolean;
  isLead: boolean;
  /** May remove a required item or change its requirement (with a reason): the rule from libs/domain. */
  mayAlterRequired: boolean;
  actions: ReturnType<typeof useChecklistMutations>;
  onSaved: (message: string) => void;
  onRemoved: (id: string) => void;
  /** The open items chosen for resolving together; with `onSelect`, each open item has a checkbox. */
  selectedIds?: ReadonlySet<string>;
  onSelect?: (id: string, selected: boolean) => void;
}

/** One checklist item: requirement, tags, citation, resolution, reviewer, and its actions. */
export function ChecklistItemCard({ item, canEdit, isLead, mayAlterRequired, actions, onSaved, onRemoved, selectedIds, onSelect }: ChecklistItemCardProps) {
  const time = usePlanTime();
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = `checklist-${item.id}-text`;
  // A required item's wording and existence are the agency lead's call: others see why they cannot act.
  const locked = item.required && !mayAlterRequired;
  const lockedHintId = `checklist-${item.id}-locked`;
  const actionsRef = useRef<HTMLDivElement>(null);
  const focusActions = useRef(false);
  useReportFocus(mode === 'resolve' || mode === 'edit' ? `checklist:${item.id}` : null);
  const signOffs = useSignOffGuard();
  useEffect(() => {
    if (mode !== 'view' || !focusActions.current) return;
    focusActions.current = false;
    actionsRef.current?.querySelector('button')?.focus();
  }, [mode]);

  const afterConflict = (e: unknown): boolean => {
    const conflict = conflictOf(e);
    if (!conflict) return false;
    actions.keepTheirs(item.id, conflict.currentVersion, conflict.current);
    setError('Someone else changed this item first. Its latest version is shown; try again if you still want to.');
    return true;
  };

  const reopen = async () => {
    if (!(await signOffs.confirm())) return;
    setBusy(true);
    setError(null);
    try {
      await actions.resolve(item.id, item.version, 'OPEN', item.note);
      onSaved('Saved: item reopened.');
      // Reopen gives way to Resolve: focus goes there, not to the page's start.
      void focusWhenShown(`checklist-${item.id}-resolve`);
    } catch (e) {
      if (!afterConflict(e)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!(await signOffs.confirm())) return;
    setBusy(true);
    setError(null);
    try {
      await actions.remove(item.id, item.version);
      onRemoved(item.id);
    } catch (e) {
      if (afterConflict(e)) setMode('view');
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  /** A required item goes with a reason; its form shows the server's refusals, but a conflict closes it. */
  const removeRequired = async (reason: string) => {
    setError(null);
    try {
      await actions.remove(item.id, item.version, reason);
      onRemoved(item.id);
    } catch (e) {
      if (!afterConflict(e)) throw e;
      setMode('view');
    }
  };

  const done = (message: string) => {
    focusActions.current = true;
    setMode('view');
    onSaved(message);
  };
  const cancel = () => {
    focusActions.current = true;
    setMode('view');
  };
  const keepTheirs = (version: number, current: Record<string, unknown>) => actions.keepTheirs(item.id, version, current);

  return (
    <li id={`checklist-${item.id}`} className="border-bottom-1px border-base-lighter padding-y-2" aria-labelledby={headingId}>
      <p id={headingId} className="margin-top-0 margin-bottom-1 text-bold measure-5">
        {item.text}
      </p>
      {canEdit && onSelect && item.status === 'OPEN' ? (
        <div className="usa-checkbox margin-bottom-1 bg-transparent">
          <input
            className="usa-checkbox__input"
            id={`checklist-${item.id}-select`}
            type="checkbox"
            checked={selectedIds?.has(item.id) ?? false}
            onChange={(event) => onSelect(item.id, event.target.checked)}
            aria-describedby={headingId}
          />
          <label className="usa-checkbox__label margin-top-0 font-body-xs" htmlFor={`checklist-${item.id}-select`}>
            Select to resolve together
          </label>
        </div>
      ) : null}
      <div className="display-flex flex-wrap flex-align-center">
        <Tag className="margin-right-1" background={STATUS_TAG_BACKGROUND[item.status as ChecklistStatus]}>
          {STATUS_LABELS[item.status]}
        </Tag>
        <span className={`usa-tag margin-right-1 ${item.required ? 'bg-secondary-dark' : 'bg-base-lighter text-ink'}`}>{requirementLabel(item.required)}</span>
        {item.citation ? <span className="font-body-2xs text-base-dark margin-right-1">Citation: {item.citation}</span> : null}
        <EditingBadgeFor entityKey={`checklist:${item.id}`} className="" />
      </div>
      {item.status !== 'OPEN' ? (
        <div className="margin-y-1 font-body-xs">
          <dl className="margin-0">
            <dt className="text-bold display-inline">{item.status === 'SATISFIED' ? 'Evidence: ' : 'Justification: '}</dt>
            <dd className="margin-left-0 display-inline">{item.note}</dd>
          </dl>
          {item.reviewedBy || item.reviewedAt ? (
            <p className="text-base-dark margin-top-05 margin-bottom-0">
              Reviewed by {item.reviewedBy?.displayName ?? 'unknown'}
              {item.reviewedAt ? <> on {<time dateTime={item.reviewedAt}>{time.format(item.reviewedAt)}</time>}</> : null}
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="usa-error-message" role="alert">
          {error}
        </p>
      ) : null}
      {canEdit && mode === 'view' ? (
        <div ref={actionsRef} className="margin-top-1">
          {item.status === 'OPEN' ? (
            <Button id={`checklist-${item.id}-resolve`} type="button" className="margin-right-1" onClick={() => setMode('resolve')} aria-describedby={headingId}>
              Resolve
            </Button>
          ) : (
            <Button type="button" outline className="margin-right-1" disabled={busy} onClick={() => void reopen()} aria-describedby={headingId}>
              Reopen
            </Button>
          )}
          <Button type="button" outline className="margin-right-1" disabled={locked} onClick={() => setMode('edit')} aria-describedby={locked ? `${headingId} ${lockedHintId}` : headingId}>
            Edit
          </Button>
          <Button type="button" unstyled className="text-secondary-dark" disabled={locked} onClick={() => setMode('remove')} aria-describedby={locked ? `${headingId} ${lockedHintId}` : headingId}>
            Remove
          </Button>
          {locked ? (
            <p id={lockedHintId} className="usa-hint margin-top-05 margin-bottom-0">
              {REQUIRED_ITEM_MESSAGES.leadOnly}
            </p>
          ) : null}
        </div>
      ) : null}
      {canEdit && mode === 'resolve' ? (
        <ResolveForm
          item={item}
          isLead={isLead}
          onResolve={(version, status, note) => actions.resolve(item.id, version, status, note)}
          onKeepTheirs={keepTheirs}
          onDone={done}
          onCancel={cancel}
        />
      ) : null}
      {canEdit && mode === 'edit' ? (
        <ChecklistItemForm
          item={item}
          idPrefix={`edit-${item.id}`}
          askReason={item.required}
          onSave={(values, version, reason) => actions.update(item.id, version ?? item.version, values, reason)}
          onKeepTheirs={keepTheirs}
          onDone={done}
          onCancel={cancel}
        />
      ) : null}
      {canEdit && mode === 'remove' && !item.required ? (
        <RemoveConfirm what="this checklist item" busy={busy} onConfirm={() => void remove()} onCancel={cancel} />
      ) : null}
      {canEdit && mode === 'remove' && item.required && !locked ? (
        <RemoveRequiredConfirm itemId={item.id} onConfirm={removeRequired} onCancel={cancel} />
      ) : null}
    </li>
  );
}
