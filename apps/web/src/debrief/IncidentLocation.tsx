import { Button, Fieldset } from '@trussworks/react-uswds';
import { formatCoordinates } from '@jointops/domain';
import { useState } from 'react';
import { useFormContext, type Path } from 'react-hook-form';
import { FormTextField } from '../shared/form-fields';
import { incidentFieldId, type DebriefValues, type IncidentDraft } from './debrief-model';

const REFUSED = 'Your location was not shared: the browser or the phone refused it. Type the latitude and longitude instead, or leave both empty.';
const NOT_FOUND = 'Your location could not be found. Type the latitude and longitude instead, or leave both empty.';

/**
 * Where an incident happened (optional): latitude and longitude in decimal degrees, both or
 * neither, or "Use my location" where the browser offers it. Saved as `location: [lon, lat]`.
 */
export function IncidentLocation({ incident, index }: { incident: IncidentDraft; index: number }) {
  const { setValue, clearErrors } = useFormContext<DebriefValues>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  const field = (name: 'latitude' | 'longitude') => `incidents.${index}.${name}` as Path<DebriefValues>;

  const locate = () => {
    if (!geolocation) return;
    setBusy(true);
    setStatus('Finding your location…');
    geolocation.getCurrentPosition(
      ({ coords }) => {
        setBusy(false);
        setValue(field('latitude'), coords.latitude.toFixed(5) as never);
        setValue(field('longitude'), coords.longitude.toFixed(5) as never);
        clearErrors([field('latitude'), field('longitude')]);
        const accuracy = Number.isFinite(coords.accuracy) ? ` (to within about ${Math.round(coords.accuracy)} m)` : '';
        setStatus(`Your location was filled in: ${formatCoordinates([coords.longitude, coords.latitude])}${accuracy}. Check it is where the incident happened.`);
      },
      (error) => {
        setBusy(false);
        setStatus(error.code === error.PERMISSION_DENIED ? REFUSED : NOT_FOUND);
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  return (
    <Fieldset legend="Where it happened (optional)" className="margin-top-2">
      <FormTextField name={field('latitude')} id={incidentFieldId(incident.key, 'latitude')} label="Latitude" hint="Both or neither, in decimal degrees: for example latitude 35.77961 and longitude -78.63818." />
      <FormTextField name={field('longitude')} id={incidentFieldId(incident.key, 'longitude')} label="Longitude" />
      {geolocation ? (
        <Button type="button" outline className="margin-top-1" disabled={busy} onClick={locate}>
          Use my location
        </Button>
      ) : null}
      <p role="status" aria-live="polite" className="margin-y-05 font-body-xs">
        {status}
      </p>
    </Fieldset>
  );
}
