/** An agency offered to take part in a plan, with whether someone could sign the plan for it. */
export interface AgencyChoice {
  id: string;
  name: string;
  shortName: string;
  hasAgencyLead?: boolean | null;
}

/** Said beside an agency that has no agency lead: it could not sign, so the plan could not be approved. */
export const NO_SIGNER_NOTE = 'no agency lead to sign';

export const NO_SIGNER_HINT =
  'An agency marked “no agency lead to sign” has nobody who may approve the plan for it; with it taking part, the plan cannot be submitted for review until an administrator gives one of its people the agency lead role.';

/** `Agency name (SHORT)` choices, each agency without a lead marked as such. */
export function agencyChoiceOptions(agencies: readonly AgencyChoice[]): Array<{ value: string; label: string }> {
  return agencies.map((agency) => ({ value: agency.id, label: `${agency.name} (${agency.shortName})${agency.hasAgencyLead === false ? ` · ${NO_SIGNER_NOTE}` : ''}` }));
}

/** Whether any of the agencies has no lead (the hint is shown only then). */
export const someWithoutSigner = (agencies: readonly AgencyChoice[]): boolean => agencies.some((agency) => agency.hasAgencyLead === false);
