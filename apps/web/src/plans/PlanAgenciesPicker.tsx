import { FormCheckboxGroup } from '../shared/form-fields';
import { agencyChoiceOptions, NO_SIGNER_HINT, someWithoutSigner, type AgencyChoice } from './agency-choices';

export interface PlanAgenciesPickerProps {
  /** The form value it edits. */
  name: string;
  agencies: readonly AgencyChoice[];
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
      hint={[lead ? `${lead.name} (${lead.shortName}) leads this plan and always takes part.` : 'Your agency leads this plan and always takes part.', someWithoutSigner(others) ? NO_SIGNER_HINT : ''].join(' ').trim()}
      options={agencyChoiceOptions(others)}
      optionId={(id) => `new-plan-agency-${id}`}
      empty={<p>No other agencies are registered.</p>}
    />
  );
}
