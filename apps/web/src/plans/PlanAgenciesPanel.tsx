import { useQuery } from '@apollo/client/react';
import { Button, Label } from '@trussworks/react-uswds';
import { ConfirmAction, ErrorAlert, LiveStatus } from '@jointops/ui';
import { PlanAgencyChoicesDocument } from '@jointops/web-data';
import { useState } from 'react';
import { focusFirstShown } from '../shared/focus';
import { useItemAction } from '../shared/useItemAction';
import { agencyChoiceOptions, NO_SIGNER_HINT, someWithoutSigner } from './agency-choices';
import { usePlanMutations } from './usePlanMutations';
import type { WorkspacePlan } from './workspace-types';

/** Participating agencies; lead-agency planners and leads add and remove them. */
export function PlanAgenciesPanel({ plan, canManage }: { plan: WorkspacePlan; canManage: boolean }) {
  const { addAgency, removeAgency, busy } = usePlanMutations(plan.id);
  const all = useQuery(PlanAgencyChoicesDocument, { skip: !canManage }).data?.agencies ?? [];
  const candidates = all.filter((agency) => !plan.agencies.some((a) => a.id === agency.id));
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { error, run } = useItemAction();
  const act = (action: () => Promise<void>, message: string) => {
    setStatus(null);
    return run(action, () => {
      setStatus(message);
      // The row removed, or the list the agency was chosen from, is gone or disabled: focus goes to
      // the add list when it is shown (to add another), else to the section's heading.
      void focusFirstShown(['plan-add-agency', 'plan-agencies-heading'], 300);
    });
  };

  return (
    <section aria-labelledby="plan-agencies-heading" className="margin-top-4">
      <h2 id="plan-agencies-heading" tabIndex={-1}>
        Participating agencies
      </h2>
      <ErrorAlert message={error} />
      <LiveStatus message={status} />
      <ul className="usa-list usa-list--unstyled">
        {plan.agencies.map((agency) => (
          <li key={agency.id} className="margin-bottom-1 display-flex flex-align-center flex-wrap">
            <span className="margin-right-2">
              {agency.name} ({agency.shortName}){agency.id === plan.leadAgency.id ? ' · lead agency' : ''}
            </span>
            {canManage && agency.id !== plan.leadAgency.id ? (
              <ConfirmAction label="Remove" subject={agency.shortName} busy={busy} onConfirm={() => act(() => removeAgency(agency.id), `${agency.shortName} removed.`)} />
            ) : null}
          </li>
        ))}
      </ul>
      {canManage && candidates.length > 0 ? (
        <form
          className="usa-form maxw-full display-flex flex-align-end flex-wrap"
          aria-label="Add an agency"
          onSubmit={(event) => {
            event.preventDefault();
            const agency = candidates.find((a) => a.id === choice);
            if (agency) void act(() => addAgency(agency.id), `${agency.shortName} added.`).then(() => setChoice(''));
          }}
        >
          <div className="margin-right-2">
            <Label htmlFor="plan-add-agency">Add an agency</Label>
            {someWithoutSigner(candidates) ? (
              <span id="plan-add-agency-hint" className="usa-hint maxw-tablet display-block">
                {NO_SIGNER_HINT}
              </span>
            ) : null}
            <select
              id="plan-add-agency"
              className="usa-select"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              aria-describedby={someWithoutSigner(candidates) ? 'plan-add-agency-hint' : undefined}
            >
              <option value="">- Select -</option>
              {agencyChoiceOptions(candidates).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" outline disabled={busy || !choice}>
            Add agency
          </Button>
        </form>
      ) : null}
    </section>
  );
}
