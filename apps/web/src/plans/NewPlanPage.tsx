import { useQuery } from '@apollo/client/react';
import { Alert, Button, Form, FormGroup, Label } from '@trussworks/react-uswds';
import { LIMITS } from '@jointops/domain';
import { ErrorSummary, PageHeading, TextField } from '@jointops/ui';
import { AllAgenciesDocument, ChecklistTemplateOptionsDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { validateNewPlan } from './new-plan-validation';
import { isoFromLocalInput } from './plan-format';
import { PlanAgenciesPicker } from './PlanAgenciesPicker';
import { useCreatePlan } from './useCreatePlan';
import { useEntityForm } from './useEntityForm';
import { useMe } from './useMe';

const IDS = { title: 'new-plan-title', summary: 'new-plan-summary', startsAt: 'new-plan-starts-at', endsAt: 'new-plan-ends-at', agencyIds: 'new-plan-agencies', checklistTemplateId: 'new-plan-template' };
const NO_TEMPLATE = 'none';

/** `/plans/new`: title, summary, window, participating agencies and a checklist template. */
export function NewPlanPage() {
  const navigate = useNavigate();
  const { me } = useMe();
  const agencies = useQuery(AllAgenciesDocument).data?.agencies ?? [];
  const templatesQuery = useQuery(ChecklistTemplateOptionsDocument);
  const templates = templatesQuery.data?.checklistTemplates ?? [];
  // Until the templates are known, "the first one" is unknown: do not create without it by accident.
  const templatesLoading = templatesQuery.loading && !templatesQuery.data;
  const { createPlan, creating } = useCreatePlan();
  const form = useEntityForm(IDS);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [templateChoice, setTemplateChoice] = useState<string | null>(null);
  const template = templateChoice ?? templates[0]?.id ?? NO_TEMPLATE;
  const leadAgencyId = me?.agency.id ?? null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating || form.saving || templatesLoading) return;
    if (!form.check(validateNewPlan({ title, summary, startsAt, endsAt }))) return;
    let createdId: string | null = null;
    await form.run(async () => {
      const plan = await createPlan({
        title: title.trim(),
        summary,
        agencyIds: agencyIds.filter((id) => id !== leadAgencyId),
        startsAt: isoFromLocalInput(startsAt),
        endsAt: isoFromLocalInput(endsAt),
        ...(template !== NO_TEMPLATE ? { checklistTemplateId: template } : {}),
      });
      createdId = plan.id;
    });
    if (createdId) navigate(`/plans/${createdId}`);
  };

  const set = (key: keyof typeof IDS, setter: (value: string) => void) => (value: string) => {
    setter(value);
    form.clearError(key);
  };

  return (
    <div className="grid-row">
      <div className="desktop:grid-col-8">
        <title>New plan · JointOps</title>
        <PageHeading lead="Start a joint operation plan. Everything can be changed later.">New plan</PageHeading>
        <ErrorSummary errors={form.summary} />
        {form.formError ? (
          <Alert type="error" slim role="alert" className="margin-bottom-3">
            <p className="usa-alert__text">{form.formError}</p>
          </Alert>
        ) : null}
        <Form onSubmit={onSubmit} noValidate large aria-label="New plan" className="maxw-full">
          <TextField id={IDS.title} label="Title" required value={title} onChange={set('title', setTitle)} error={form.errors.title} hint={`At most ${LIMITS.titleMax} characters.`} />
          <TextField id={IDS.summary} label="Summary" multiline value={summary} onChange={set('summary', setSummary)} error={form.errors.summary} hint="What the operation is for, where, and its scope." />
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <TextField id={IDS.startsAt} label="Window start" type="datetime-local" value={startsAt} onChange={set('startsAt', setStartsAt)} error={form.errors.startsAt} hint="Your local time" />
            </div>
            <div className="tablet:grid-col-6">
              <TextField id={IDS.endsAt} label="Window end" type="datetime-local" value={endsAt} onChange={set('endsAt', setEndsAt)} error={form.errors.endsAt} hint="Not before the start" />
            </div>
          </div>
          <div id={IDS.agencyIds} tabIndex={-1}>
            <PlanAgenciesPicker agencies={agencies} leadAgencyId={leadAgencyId} selected={agencyIds} onChange={setAgencyIds} />
            {form.errors.agencyIds ? <p className="usa-error-message">{form.errors.agencyIds}</p> : null}
          </div>
          <FormGroup error={Boolean(form.errors.checklistTemplateId)}>
            <Label htmlFor={IDS.checklistTemplateId}>Checklist template</Label>
            {form.errors.checklistTemplateId ? <p className="usa-error-message">{form.errors.checklistTemplateId}</p> : null}
            <select id={IDS.checklistTemplateId} className="usa-select" value={template} onChange={(e) => setTemplateChoice(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} (v{t.version}, {t.jurisdiction})
                </option>
              ))}
              <option value={NO_TEMPLATE}>No template</option>
            </select>
          </FormGroup>
          <div className="margin-top-4">
            <Button type="submit" disabled={creating || form.saving || templatesLoading}>
              {creating ? 'Creating…' : 'Create plan'}
            </Button>
            <Link to="/plans" className="usa-button usa-button--unstyled margin-left-2">
              Cancel
            </Link>
          </div>
        </Form>
      </div>
    </div>
  );
}
