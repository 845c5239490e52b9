import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Form, FormGroup, Label } from '@trussworks/react-uswds';
import { checkText, checkTitle, collectViolations, LIMITS, type FieldViolation } from '@jointops/domain';
import { ConflictNotice, ErrorSummary, TextField } from '@jointops/ui';
import { ResourceFieldsFragmentDoc, type ResourceFieldsFragment } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { writeConflictCurrent } from '../plans/plan-cache';
import { useEntityForm } from '../plans/useEntityForm';
import type { WorkspacePlan } from '../plans/workspace-types';
import { useResourceMutations } from './useResourceMutations';
import { useSnapshot } from '../plans/useSnapshot';

const FIELDS = [
  { key: 'kind', label: 'Kind' },
  { key: 'quantity', label: 'Quantity' },
  { key: 'notes', label: 'Notes' },
];

export interface ResourceFormProps {
  plan: WorkspacePlan;
  resource?: ResourceFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds a resource commitment for an agency, or edits one (kind, quantity, notes). */
export function ResourceForm({ plan, resource, onDone }: ResourceFormProps) {
  const opened = useSnapshot(resource);
  const client = useApolloClient();
  const prefix = resource ? `resource-${resource.id}-edit` : 'resource-new';
  const [ids] = useState(() => ({ agencyId: `${prefix}-agency`, kind: `${prefix}-kind`, quantity: `${prefix}-quantity`, notes: `${prefix}-notes` }));
  const form = useEntityForm(ids);
  const { addResource, updateResource } = useResourceMutations(plan.id);
  const [agencyId, setAgencyId] = useState(resource?.agency.id ?? '');
  const [kind, setKind] = useState(resource?.kind ?? '');
  const [quantity, setQuantity] = useState(resource ? String(resource.quantity) : '1');
  const [notes, setNotes] = useState(resource?.notes ?? '');

  const patch = () => ({ kind: kind.trim(), quantity: Number(quantity), notes });
  const save = async (expectedVersion?: number) => {
    const ok = await form.run(() => (resource ? updateResource(resource.id, expectedVersion ?? (opened ?? resource).version, patch()) : addResource({ agencyId, ...patch() })));
    if (!ok) return;
    if (!resource) {
      setKind('');
      setQuantity('1');
      setNotes('');
    }
    onDone(resource ? 'Resource saved.' : 'Resource added.');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.saving) return;
    const path = resource ? 'patch' : 'input';
    const violations: FieldViolation[] = collectViolations(checkTitle(`${path}.kind`, kind), checkText(`${path}.notes`, notes, LIMITS.textMax));
    const n = Number(quantity);
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) violations.push({ field: `${path}.quantity`, message: 'Quantity must be a whole number, 0 or more.' });
    if (!resource && !agencyId) violations.unshift({ field: 'input.agencyId', message: 'Choose the agency that commits this resource.' });
    if (form.check(violations)) void save();
  };
  const conflict = form.conflict;

  return (
    <Form onSubmit={onSubmit} noValidate aria-label={resource ? `Edit resource ${resource.kind}` : 'Add a resource'} className="maxw-full">
      <ErrorSummary errors={form.summary} headingLevel="h3" />
      {form.formError ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      {conflict && resource ? (
        <ConflictNotice
          fields={FIELDS}
          mine={patch()}
          theirs={conflict.current}
          busy={form.saving}
          onKeepTheirs={() => {
            writeConflictCurrent(client.cache, { typename: 'ResourceCommitment', id: resource.id, fragment: ResourceFieldsFragmentDoc, current: conflict.current, currentVersion: conflict.currentVersion });
            form.dismissConflict();
            onDone('Kept their version.');
          }}
          onApplyMine={() => void save(conflict.currentVersion)}
        />
      ) : null}
      {!resource ? (
        <FormGroup error={Boolean(form.errors.agencyId)}>
          <Label htmlFor={ids.agencyId} requiredMarker>
            Agency
          </Label>
          {form.errors.agencyId ? <p className="usa-error-message" id={`${ids.agencyId}-error`}>{form.errors.agencyId}</p> : null}
          <select id={ids.agencyId} className="usa-select" value={agencyId} aria-describedby={form.errors.agencyId ? `${ids.agencyId}-error` : undefined} onChange={(e) => (setAgencyId(e.target.value), form.clearError('agencyId'))}>
            <option value="">- Select -</option>
            {plan.agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name} ({agency.shortName})
              </option>
            ))}
          </select>
        </FormGroup>
      ) : null}
      <TextField id={ids.kind} label="Kind" required value={kind} onChange={(v) => (setKind(v), form.clearError('kind'))} error={form.errors.kind} hint="e.g. Officers, Vehicles, K9 units, Interpreters" />
      <TextField id={ids.quantity} label="Quantity" type="number" min={0} required value={quantity} onChange={(v) => (setQuantity(v), form.clearError('quantity'))} error={form.errors.quantity} />
      <TextField id={ids.notes} label="Notes" multiline value={notes} onChange={(v) => (setNotes(v), form.clearError('notes'))} error={form.errors.notes} />
      <div className="margin-top-3">
        <Button type="submit" disabled={form.saving}>
          {form.saving ? 'Saving…' : resource ? 'Save resource' : 'Add resource'}
        </Button>
        {resource ? (
          <Button type="button" unstyled onClick={() => onDone()} disabled={form.saving}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
