import { useQuery } from '@apollo/client/react';
import { createPlanSchema, DEFAULT_TIME_ZONE, LIMITS, type OperationType } from '@jointops/domain';
import { PageHeading, SelectField } from '@jointops/ui';
import { ChecklistTemplatesDocument, PlanAgencyChoicesDocument } from '@jointops/web-data';
import { Link, useNavigate } from 'react-router';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { OperationTypeField } from '../shared/OperationTypeField';
import { TimeZoneField } from '../shared/TimeZoneField';
import { useSchemaForm } from '../shared/useSchemaForm';
import { isoFromLocalInput } from './plan-format';
import { PlanAgenciesPicker } from './PlanAgenciesPicker';
import { useCreatePlan } from './useCreatePlan';
import { useMe } from './useMe';

type NewPlanValues = {
  title: string;
  summary: string;
  /** datetime-local values, on the clocks of `timeZone`. */
  startsAt: string;
  endsAt: string;
  /** IANA zone the plan is shown and printed in. */
  timeZone: string;
  /** '' until chosen. */
  operationType: string;
  agencyIds: string[];
  /** '' until the user picks one: the first template is then meant. */
  checklistTemplateId: string;
};

const IDS = { title: 'new-plan-title', summary: 'new-plan-summary', startsAt: 'new-plan-starts-at', endsAt: 'new-plan-ends-at', timeZone: 'new-plan-time-zone', operationType: 'new-plan-operation-type', agencyIds: 'new-plan-agencies', checklistTemplateId: 'new-plan-template' };
const NO_TEMPLATE = 'none';
const EMPTY: NewPlanValues = { title: '', summary: '', startsAt: '', endsAt: '', timeZone: DEFAULT_TIME_ZONE, operationType: '', agencyIds: [], checklistTemplateId: '' };

/** `/plans/new`: title, summary, window, participating agencies and a checklist template. */
export function NewPlanPage() {
  const navigate = useNavigate();
  const { me } = useMe();
  const agencies = useQuery(PlanAgencyChoicesDocument).data?.agencies ?? [];
  const templatesQuery = useQuery(ChecklistTemplatesDocument);
  const templates = templatesQuery.data?.checklistTemplates ?? [];
  // Until the templates are known, "the first one" is unknown: do not create without it by accident.
  const templatesLoading = templatesQuery.loading && !templatesQuery.data;
  const { createPlan } = useCreatePlan();
  const form = useSchemaForm<NewPlanValues>(createPlanSchema, EMPTY);
  const template = form.watch('checklistTemplateId') || templates[0]?.id || NO_TEMPLATE;
  const leadAgencyId = me?.agency.id ?? null;
  const zone = form.watch('timeZone') || DEFAULT_TIME_ZONE;

  return (
    <div className="grid-row">
      <div className="desktop:grid-col-8">
        <title>New plan · JointOps</title>
        <PageHeading lead="Start a joint operation plan. Everything can be changed later.">New plan</PageHeading>
        <PlanItemForm
          form={form}
          ids={IDS}
          label="New plan"
          large
          headingLevel="h2"
          submitLabel="Create plan"
          busyLabel="Creating…"
          disabled={templatesLoading}
          onSave={async (values) => {
            const plan = await createPlan({
              title: values.title.trim(),
              summary: values.summary,
              agencyIds: values.agencyIds.filter((id) => id !== leadAgencyId),
              startsAt: isoFromLocalInput(values.startsAt, values.timeZone),
              endsAt: isoFromLocalInput(values.endsAt, values.timeZone),
              timeZone: values.timeZone,
              operationType: (values.operationType || null) as OperationType | null,
              ...(template !== NO_TEMPLATE ? { checklistTemplateId: template } : {}),
            });
            navigate(`/plans/${plan.id}`);
          }}
          cancel={
            <Link to="/plans" className="usa-button usa-button--unstyled margin-left-2">
              Cancel
            </Link>
          }
        >
          <FormTextField name="title" label="Title" required hint={`At most ${LIMITS.titleMax} characters.`} />
          <FormTextField name="summary" label="Summary" multiline hint="What the operation is for, where, and its scope." />
          <OperationTypeField name="operationType" />
          <TimeZoneField name="timeZone" />
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <FormTextField name="startsAt" label="Window start" type="datetime-local" hint={`${zone} time`} />
            </div>
            <div className="tablet:grid-col-6">
              <FormTextField name="endsAt" label="Window end" type="datetime-local" hint={`${zone} time, not before the start`} />
            </div>
          </div>
          <PlanAgenciesPicker name="agencyIds" agencies={agencies} leadAgencyId={leadAgencyId} />
          <SelectField
            id={IDS.checklistTemplateId}
            label="Checklist template"
            value={template}
            onChange={(value) => form.setValue('checklistTemplateId', value, { shouldDirty: true })}
            error={form.formState.errors.checklistTemplateId?.message}
            options={[...templates.map((t) => ({ value: t.id, label: `${t.name} (v${t.version}, ${t.jurisdiction})` })), { value: NO_TEMPLATE, label: 'No template' }]}
          />
        </PlanItemForm>
      </div>
    </div>
  );
}
