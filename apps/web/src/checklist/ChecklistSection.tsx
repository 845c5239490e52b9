import { Button } from '@trussworks/react-uswds';
import { can } from '@jointops/domain';
import { EmptyState, LiveStatus } from '@jointops/ui';
import type { ChecklistSectionPlanFragment } from '@jointops/web-data';
import { useRef, useState } from 'react';
import { ApplyTemplate } from './ApplyTemplate';
import { ChecklistGroup } from './ChecklistGroup';
import { ChecklistItemForm } from './ChecklistItemForm';
import { BulkResolveForm } from './BulkResolveForm';

import { groupByCategory, requiredProgress } from './checklist-labels';
import { useChecklistMutations } from './useChecklistMutations';
import { SelectionBar } from './SelectionBar';
import { useOfferUndo } from '../shared/undo';

export interface SectionMe {
  id: string;
  roles: string[];
  agencyId: string;
}

export interface ChecklistSectionProps {
  plan: ChecklistSectionPlanFragment;
  canEdit: boolean;
  me: SectionMe;
}

/** The plan's legal and policy checklist, grouped by category, with resolve, add, edit and remove. */
export function ChecklistSection({ plan, canEdit, me }: ChecklistSectionProps) {
  const actions = useChecklistMutations(plan.id);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const lastAdded = useRef<string | undefined>(undefined);
  const participants = { agencyIds: plan.agencies.map((agency) => agency.id) };
  const isLead = can(me, 'checklist.markNotApplicable', participants);
  const mayAlterRequired = can(me, 'checklist.alterRequired', participants);
  const groups = groupByCategory(plan.checklist);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Only open items of the plan as it is now stay selected (one resolved elsewhere drops out).
  const selectedItems = plan.checklist.filter((item) => selected.has(item.id) && item.status === 'OPEN');
  const onSelect = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const progress = requiredProgress(plan.checklist);

  const onSaved = (message: string) => setStatus(message);
  const onAdded = (message: string, id?: string) => {
    setAdding(false);
    setStatus(message);
    // Focus the new item once it has rendered.
    setTimeout(() => (id ? document.getElementById(`checklist-${id}`)?.querySelector('button') : addButtonRef.current)?.focus(), 0);
  };
  const offerUndo = useOfferUndo();
  const onRemoved = (id: string) => {
    setStatus('Saved: checklist item removed.');
    headingRef.current?.focus();
    const position = plan.checklist.findIndex((item) => item.id === id);
    const removed = plan.checklist[position];
    if (!removed) return;
    const { category, text, required, citation, status: itemStatus, note } = removed;
    offerUndo({
      message: `Removed checklist item "${text}".`,
      undo: () => actions.restore({ category, text, required, citation, position, status: itemStatus, ...(itemStatus === 'OPEN' ? {} : { note }) }),
      elementId: (restoredId) => `checklist-${restoredId}`,
      fallbackFocusId: 'checklist-heading',
      onRestored: () => setStatus(''),
    });
  };

  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" ref={headingRef} tabIndex={-1} className="margin-top-0">
        Checklist
      </h2>
      <LiveStatus message={status} />
      {plan.checklist.length === 0 ? (
        <EmptyState heading="No checklist items yet" headingLevel="h3" action={canEdit ? <ApplyTemplate onApply={actions.applyTemplate} onDone={onSaved} /> : undefined}>
          <p>
            The legal and policy checklist lists what must be in place before this operation goes ahead.
            {canEdit ? ' Start from a template for your jurisdiction, or add items one by one.' : ''}
          </p>
        </EmptyState>
      ) : (
        <p className="font-body-md text-bold" data-testid="checklist-progress">
          {progress.resolved} of {progress.required} required items resolved
        </p>
      )}
      {canEdit ? (
        adding ? (
          <ChecklistItemForm
            idPrefix="checklist-new"
            requiredIsFinal={!mayAlterRequired}
            onSave={async (values) => {
              const item = await actions.add(values);
              lastAdded.current = item?.id;
            }}
            onDone={(message) => onAdded(message, lastAdded.current)}
            onCancel={() => onAdded('', undefined)}
          />
        ) : (
          <Button type="button" outline className="margin-y-2" ref={addButtonRef} onClick={() => setAdding(true)}>
            Add a custom item
          </Button>
        )
      ) : null}
      {canEdit && selectedItems.length > 0 ? (
        <BulkResolveForm
          items={selectedItems}
          isLead={isLead}
          onResolve={(items, resolution, note) => actions.resolveMany(items, resolution, note)}
          onDone={(message) => {
            setSelected(new Set());
            setStatus(message);
            headingRef.current?.focus();
          }}
        />
      ) : null}
      {groups.map((group) => (
        <ChecklistGroup
          key={group.category}
          group={group}
          canEdit={canEdit}
          isLead={isLead}
          mayAlterRequired={mayAlterRequired}
          actions={actions}
          onSaved={onSaved}
          onRemoved={onRemoved}
          selectedIds={selected}
          onSelect={onSelect}
        />
      ))}
      {canEdit && selectedItems.length > 0 ? <SelectionBar count={selectedItems.length} onClear={() => setSelected(new Set())} /> : null}
    </section>
  );
}
