import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { checkText, checkTitle, collectViolations, LIMITS } from '@jointops/domain';
import { ConflictNotice, ErrorSummary, TextField } from '@jointops/ui';
import { PlanOverviewFragmentDoc, type PlanPatch } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { validateWindow } from './new-plan-validation';
import { formatDateTime, isoFromLocalInput, localInputFromIso } from './plan-format';
import { writeConflictCurrent } from './plan-cache';
import { useEntityForm } from './useEntityForm';
import { usePlanMutations } from './usePlanMutations';
import type { WorkspacePlan } from './workspace-types';
import { useSnapshot } from './useSnapshot';

const IDS = { title: 'plan-title', summary: 'plan-summary', startsAt: 'plan-starts-at', endsAt: 'plan-ends-at' };
const FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'summary', label: 'Summary' },
  { key: 'startsAt', label: 'Window start' },
  { key: 'endsAt', label: 'Window end' },
];

/** Edits title, summary and window with `updatePlan(expectedVersion)`; keeps the input on CONFLICT. */
export function PlanDetailsForm({ plan, onDone }: { plan: WorkspacePlan; onDone: (message?: string) => void }) {
  const opened = useSnapshot(plan);
  const client = useApolloClient();
  const { updatePlan } = usePlanMutations(plan.id);
  const form = useEntityForm(IDS);
  const [title, setTitle] = useState(plan.title);
  const [summary, setSummary] = useState(plan.summary);
  const [startsAt, setStartsAt] = useState(localInputFromIso(plan.startsAt));
  const [endsAt, setEndsAt] = useState(localInputFromIso(plan.endsAt));

  const patch = (): PlanPatch => ({ title: title.trim(), summary, startsAt: isoFromLocalInput(startsAt), endsAt: isoFromLocalInput(endsAt) });
  const save = async (expectedVersion: number) => {
    if (await form.run(() => updatePlan(expectedVersion, patch()))) onDone('Plan details saved.');
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.saving) return;
    const violations = [...collectViolations(checkTitle('patch.title', title), checkText('patch.summary', summary, LIMITS.textMax)), ...validateWindow('patch', startsAt, endsAt)];
    if (form.check(violations)) void save((opened ?? plan).version);
  };
  const set = (key: keyof typeof IDS, setter: (v: string) => void) => (value: string) => {
    setter(value);
    form.clearError(key);
  };

  const conflict = form.conflict;
  const display = (values: Record<string, unknown>) => ({ ...values, startsAt: formatDateTime(values['startsAt'] as string | null), endsAt: formatDateTime(values['endsAt'] as string | null) });

  return (
    <Form onSubmit={onSubmit} noValidate aria-label="Plan details" className="maxw-full">
      <ErrorSummary errors={form.summary} headingLevel="h3" />
      {form.formError ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      {conflict ? (
        <ConflictNotice
          fields={FIELDS}
          mine={display(patch())}
          theirs={display(conflict.current)}
          busy={form.saving}
          onKeepTheirs={() => {
            writeConflictCurrent(client.cache, { typename: 'Plan', id: plan.id, fragment: PlanOverviewFragmentDoc, fragmentName: 'PlanOverview', current: conflict.current, currentVersion: conflict.currentVersion });
            form.dismissConflict();
            onDone('Kept their version.');
          }}
          onApplyMine={() => void save(conflict.currentVersion)}
        />
      ) : null}
      <TextField id={IDS.title} label="Title" required value={title} onChange={set('title', setTitle)} error={form.errors.title} />
      <TextField id={IDS.summary} label="Summary" multiline value={summary} onChange={set('summary', setSummary)} error={form.errors.summary} />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6">
          <TextField id={IDS.startsAt} label="Window start" type="datetime-local" value={startsAt} onChange={set('startsAt', setStartsAt)} error={form.errors.startsAt} hint="Your local time" />
        </div>
        <div className="tablet:grid-col-6">
          <TextField id={IDS.endsAt} label="Window end" type="datetime-local" value={endsAt} onChange={set('endsAt', setEndsAt)} error={form.errors.endsAt} />
        </div>
      </div>
      <div className="margin-top-3">
        <Button type="submit" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save details'}
        </Button>
        <Button type="button" unstyled onClick={() => onDone()} disabled={form.saving}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
