import { Button, Fieldset } from '@trussworks/react-uswds';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { INCIDENT_LABELS, INCIDENT_TYPES, incidentFieldId, type IncidentDraft } from './debrief-model';
import { IncidentLocation } from './IncidentLocation';

const INCIDENT_OPTIONS = INCIDENT_TYPES.map((t) => ({ value: t, label: INCIDENT_LABELS[t] }));

/** One incident of the debrief's incidents step: type, when, what, to whom it was reported, where. */
export function IncidentFields({ incident, index, timeHint, onRemove }: { incident: IncidentDraft; index: number; timeHint?: string; onRemove: () => void }) {
  const n = index;
  return (
    <Fieldset legend={`Incident ${n + 1}`} className="border-1px border-base-lighter padding-2 margin-bottom-2">
      <FormSelectField name={`incidents.${n}.type`} id={incidentFieldId(incident.key, 'type')} label="Type" placeholder="- Select -" options={INCIDENT_OPTIONS} />
      <FormTextField name={`incidents.${n}.occurredAt`} id={incidentFieldId(incident.key, 'occurredAt')} label="When" type="datetime-local" hint={timeHint} />
      <FormTextField name={`incidents.${n}.description`} id={incidentFieldId(incident.key, 'description')} label="Description" multiline />
      <FormTextField name={`incidents.${n}.reportedTo`} id={incidentFieldId(incident.key, 'reportedTo')} label="Reported to" hint="Supervisor, internal affairs, oversight body…" />
      <IncidentLocation incident={incident} index={n} />
      <Button type="button" unstyled className="text-secondary-dark padding-y-1" onClick={onRemove}>
        Remove incident {n + 1}
      </Button>
    </Fieldset>
  );
}
