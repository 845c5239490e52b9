import { useQuery } from '@apollo/client/react';
import { Button, ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReportPeriod } from '@jointops/domain';
import { AllAgenciesDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { periodProblem } from './effectiveness-model';

export interface PeriodChoice {
  period: ReportPeriod;
  agencyId: string | null;
}

/**
 * The dashboard's period (two calendar days, both included) and, for oversight staff, the agency
 * whose operations to count. Applied on submit; a period the report cannot answer is named here.
 */
export function PeriodForm({ value, agencyFilter, onApply }: { value: PeriodChoice; agencyFilter: boolean; onApply: (choice: PeriodChoice) => void }) {
  const [draft, setDraft] = useState<PeriodChoice>(value);
  const [problem, setProblem] = useState<string | null>(null);
  const agencies = useQuery(AllAgenciesDocument, { skip: !agencyFilter });
  const invalid = problem ? { 'aria-describedby': 'effectiveness-period-error', 'aria-invalid': true } : {};

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft.period);
    setProblem(found);
    if (!found) onApply(draft);
  };

  return (
    <form className="display-flex flex-wrap flex-align-end margin-bottom-3" onSubmit={apply} aria-label="Report period" noValidate>
      <FormGroup error={Boolean(problem)} className="margin-right-2 margin-top-0">
        <Label htmlFor="effectiveness-from">From</Label>
        <input className="usa-input" id="effectiveness-from" type="date" value={draft.period.from} onChange={(e) => setDraft({ ...draft, period: { ...draft.period, from: e.target.value } })} {...invalid} />
      </FormGroup>
      <FormGroup error={Boolean(problem)} className="margin-right-2 margin-top-0">
        <Label htmlFor="effectiveness-to">To</Label>
        <input className="usa-input" id="effectiveness-to" type="date" value={draft.period.to} onChange={(e) => setDraft({ ...draft, period: { ...draft.period, to: e.target.value } })} {...invalid} />
      </FormGroup>
      {agencyFilter ? (
        <FormGroup className="margin-right-2 margin-top-0">
          <Label htmlFor="effectiveness-agency">Agency</Label>
          <select className="usa-select" id="effectiveness-agency" value={draft.agencyId ?? ''} onChange={(e) => setDraft({ ...draft, agencyId: e.target.value || null })}>
            <option value="">All agencies</option>
            {(agencies.data?.agencies ?? []).map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.shortName} — {agency.name}
              </option>
            ))}
          </select>
        </FormGroup>
      ) : null}
      <Button type="submit" className="margin-top-2">
        Show figures
      </Button>
      {problem ? (
        <ErrorMessage id="effectiveness-period-error" className="width-full">
          {problem}
        </ErrorMessage>
      ) : null}
    </form>
  );
}
