import { useLazyQuery } from '@apollo/client/react';
import { Button, Form } from '@trussworks/react-uswds';
import { normalizeTrackingCode, trackingCodeProblem, TRACKING_CODE_LENGTH } from '@jointops/domain';
import { ErrorAlert, PageHeading, TextField } from '@jointops/ui';
import { PublicComplaintStatusDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { focusWhenShown } from '../shared/focus';
import { PublicLanguageRoot, useText, type Dictionary } from '../shared/public-language';
import { NEW_COMPLAINT_PATH } from './complaint-paths';
import { ComplaintStatusResult } from './ComplaintStatusResult';

const TEXT: Dictionary<{ title: string; heading: string; lead: string; label: string; hint: string; required: string; length: (count: number) => string; character: string; submit: string; checking: string; notFound: string; failed: string; file: string }> = {
  en: {
    title: 'Check a complaint · JointOps',
    heading: 'Check the status of a complaint',
    lead: 'Enter the tracking code you got when you filed. You do not need an account.',
    label: 'Tracking code',
    hint: 'Five groups of four letters and numbers, like K7QM-4XTA-9RCP-HW2N-3FJD. Capitals and dashes do not matter.',
    required: 'Enter your tracking code.',
    length: (count) => `A tracking code has ${TRACKING_CODE_LENGTH} letters and numbers; this has ${count}. Check that you typed all of it.`,
    character: 'A tracking code has only letters and numbers, and no 0, O, 1, I, L or U. Check what you typed.',
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
    length: (count) => `Un código de seguimiento tiene ${TRACKING_CODE_LENGTH} letras y números; este tiene ${count}. Compruebe que lo escribió completo.`,
    character: 'Un código de seguimiento tiene solo letras y números, sin 0, O, 1, I, L ni U. Revise lo que escribió.',
    submit: 'Consultar estado',
    checking: 'Consultando…',
    notFound: 'No encontramos ninguna queja con este código. Compruebe que lo escribió tal como lo recibió.',
    failed: 'No pudimos consultar el estado en este momento. Revise su conexión e inténtelo de nuevo.',
    file: 'Presentar una queja',
  },
};

const ANSWER_ID = 'complaint-status-answer';
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
  // What is wrong with the field, before asking: empty, or not the shape of a code (said in the
  // page's language at the time it is shown).
  const [problem, setProblem] = useState<ReturnType<typeof trackingCodeProblem> | 'empty'>(null);
  const fieldError = problem === 'empty' ? text.required : problem?.kind === 'length' ? text.length(problem.count) : problem ? text.character : null;
  const [lookup, { data, loading, error, called }] = useLazyQuery(PublicComplaintStatusDocument, { fetchPolicy: 'network-only' });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = code.trim();
    const found = trimmed ? trackingCodeProblem(trimmed) : 'empty';
    setProblem(found);
    if (found) {
      document.getElementById(TRACKING_CODE_FIELD_ID)?.focus();
      return;
    }
    void lookup({ variables: { trackingCode: normalizeTrackingCode(trimmed)! } })
      .catch(() => undefined)
      // The button is disabled while it looks: focus, if it was there (now on <body>), goes to the answer.
      .finally(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active.tagName === 'BUTTON') void focusWhenShown(ANSWER_ID);
      });
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
          error={fieldError}
          onChange={(value) => {
            setCode(value);
            setProblem(null);
          }}
        />
        <Button type="submit" className="margin-top-2" disabled={loading}>
          {loading ? text.checking : text.submit}
        </Button>
      </Form>
      {/* A field that is not a code asks for one: the answer about the code asked before goes. */}
      <div id={ANSWER_ID} aria-live="polite" className="margin-top-3">
        {fieldError ? null : (
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
