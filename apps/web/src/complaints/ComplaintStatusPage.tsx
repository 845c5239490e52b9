import { useLazyQuery } from '@apollo/client/react';
import { Button, Form } from '@trussworks/react-uswds';
import { normalizeTrackingCode } from '@jointops/domain';
import { ErrorAlert, PageHeading, TextField } from '@jointops/ui';
import { PublicComplaintStatusDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { PublicLanguageRoot, useText, type Dictionary } from '../shared/public-language';
import { NEW_COMPLAINT_PATH } from './complaint-paths';
import { ComplaintStatusResult } from './ComplaintStatusResult';

const TEXT: Dictionary<{ title: string; heading: string; lead: string; label: string; hint: string; required: string; submit: string; checking: string; notFound: string; failed: string; file: string }> = {
  en: {
    title: 'Check a complaint · JointOps',
    heading: 'Check the status of a complaint',
    lead: 'Enter the tracking code you got when you filed. You do not need an account.',
    label: 'Tracking code',
    hint: 'Five groups of four letters and numbers, like K7QM-4XTA-9RCP-HW2N-3FJD. Capitals and dashes do not matter.',
    required: 'Enter your tracking code.',
    submit: 'Check status',
    checking: 'Checking…',
    notFound: 'We found no complaint with this code. Check that you typed it as you received it.',
    failed: 'We could not check the status right now. Check your connection and try again.',
    file: 'File a complaint',
  },
  es: {
    title: 'Consultar una queja · JointOps',
    heading: 'Consultar el estado de una queja',
    lead: 'Escriba el código de seguimiento que recibió al presentar la queja. No necesita una cuenta.',
    label: 'Código de seguimiento',
    hint: 'Cinco grupos de cuatro letras y números, como K7QM-4XTA-9RCP-HW2N-3FJD. No importan las mayúsculas ni los guiones.',
    required: 'Escriba su código de seguimiento.',
    submit: 'Consultar estado',
    checking: 'Consultando…',
    notFound: 'No encontramos ninguna queja con este código. Compruebe que lo escribió tal como lo recibió.',
    failed: 'No pudimos consultar el estado en este momento. Revise su conexión e inténtelo de nuevo.',
    file: 'Presentar una queja',
  },
};

export const TRACKING_CODE_FIELD_ID = 'complaint-tracking-code';

/** `/complaints/status`: anyone holding a tracking code sees where the complaint stands. */
export function ComplaintStatusPage() {
  return (
    <PublicLanguageRoot className="grid-row">
      <div className="grid-col-12 tablet:grid-col-10 desktop:grid-col-8">
        <ComplaintStatus />
      </div>
    </PublicLanguageRoot>
  );
}

function ComplaintStatus() {
  const text = useText(TEXT);
  const location = useLocation();
  // Handed over from the receipt in the router's state: a code never goes into the address.
  const [code, setCode] = useState(() => (location.state as { trackingCode?: string } | null)?.trackingCode ?? '');
  const [missing, setMissing] = useState(false);
  const [lookup, { data, loading, error, called }] = useLazyQuery(PublicComplaintStatusDocument, { fetchPolicy: 'network-only' });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    setMissing(!trimmed);
    if (!trimmed) {
      document.getElementById(TRACKING_CODE_FIELD_ID)?.focus();
      return;
    }
    // A code that cannot be one is still asked about: the answer is the same "not found".
    void lookup({ variables: { trackingCode: normalizeTrackingCode(trimmed) ?? trimmed } }).catch(() => undefined);
  };

  const status = data?.complaintStatus;
  return (
    <>
      <title>{text.title}</title>
      <PageHeading lead={text.lead}>{text.heading}</PageHeading>
      <Form onSubmit={onSubmit} noValidate aria-label={text.heading} className="maxw-full">
        <TextField
          id={TRACKING_CODE_FIELD_ID}
          label={text.label}
          hint={text.hint}
          value={code}
          autoComplete="off"
          error={missing ? text.required : null}
          onChange={(value) => {
            setCode(value);
            setMissing(false);
          }}
        />
        <Button type="submit" className="margin-top-2" disabled={loading}>
          {loading ? text.checking : text.submit}
        </Button>
      </Form>
      {/* An empty submit asks for a code: the answer about the code asked before goes. */}
      <div aria-live="polite" className="margin-top-3">
        {missing ? null : (
          <>
            {error && !loading ? <ErrorAlert message={text.failed} /> : null}
            {called && !loading && !error && data && !status ? <ErrorAlert message={text.notFound} /> : null}
            {status && !loading ? <ComplaintStatusResult status={status} /> : null}
          </>
        )}
      </div>
      <p className="margin-top-4">
        <Link to={NEW_COMPLAINT_PATH} className="usa-link">
          {text.file}
        </Link>
      </p>
    </>
  );
}
