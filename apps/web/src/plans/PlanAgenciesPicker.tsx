import { Checkbox, Fieldset } from '@trussworks/react-uswds';
import type { AgencyRefFragment } from '@jointops/web-data';

export interface PlanAgenciesPickerProps {
  agencies: readonly AgencyRefFragment[];
  leadAgencyId: string | null;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Participating agencies for a new plan: the user's own agency leads and is always in. */
export function PlanAgenciesPicker({ agencies, leadAgencyId, selected, onChange }: PlanAgenciesPickerProps) {
  const lead = agencies.find((agency) => agency.id === leadAgencyId);
  const others = agencies.filter((agency) => agency.id !== leadAgencyId);
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <Fieldset legend="Participating agencies" className="margin-top-3">
      <p className="usa-hint" id="new-plan-agencies-hint">
        {lead ? `${lead.name} (${lead.shortName}) leads this plan and always takes part.` : 'Your agency leads this plan and always takes part.'}
      </p>
      {others.length === 0 ? <p>No other agencies are registered.</p> : null}
      {others.map((agency) => (
        <Checkbox
          key={agency.id}
          id={`new-plan-agency-${agency.id}`}
          name="agencyIds"
          value={agency.id}
          label={`${agency.name} (${agency.shortName})`}
          checked={selected.includes(agency.id)}
          onChange={(e) => toggle(agency.id, e.target.checked)}
        />
      ))}
    </Fieldset>
  );
}
