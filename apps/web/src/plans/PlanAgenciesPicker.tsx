import type { AgencyRefFragment } from '@jointops/web-data';
import { agencyOptions, FormCheckboxGroup } from '../shared/form-fields';

export interface PlanAgenciesPickerProps {
  /** The form value it edits. */
  name: string;
  agencies: readonly AgencyRefFragment[];
  leadAgencyId: string | null;
}

/** Participating agencies for a new plan: the user's own agency leads and is always in. */
export function PlanAgenciesPicker({ name, agencies, leadAgencyId }: PlanAgenciesPickerProps) {
  const lead = agencies.find((agency) => agency.id === leadAgencyId);
  const others = agencies.filter((agency) => agency.id !== leadAgencyId);
  return (
    <FormCheckboxGroup
      name={name}
      legend="Participating agencies"
      hint={lead ? `${lead.name} (${lead.shortName}) leads this plan and always takes part.` : 'Your agency leads this plan and always takes part.'}
      options={agencyOptions(others)}
      optionId={(id) => `new-plan-agency-${id}`}
      empty={<p>No other agencies are registered.</p>}
    />
  );
}
