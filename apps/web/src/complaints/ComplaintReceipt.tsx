import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import './complaints.css';
import { formatPublicDateTime, sentence, usePublicLanguage, useText, type Dictionary } from '../shared/public-language';
import { WHAT_HAPPENS_NEXT } from './complaint-labels';
import { COMPLAINT_STATUS_PATH, NEW_COMPLAINT_PATH } from './complaint-paths';

const TEXT: Dictionary<{ heading: string; received: (at: string) => string; code: string; keep: string; copy: string; copied: string; copyFailed: string; next: string; check: string; another: string }> = {
  en: {
    heading: 'Your complaint was sent',
    received: (at) => sentence(`Received ${at}`),
    code: 'Your tracking code',
    keep: 'Write this code down or copy it now. It is the only way to check your complaint, and we cannot show it to you again.',
    copy: 'Copy code',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the code and copy it yourself.',
    next: 'What happens next',
    check: 'Check the status of your complaint',
    another: 'File another complaint',
  },
  es: {
    heading: 'Su queja fue enviada',
    received: (at) => sentence(`Recibida el ${at}`),
    code: 'Su código de seguimiento',
    keep: 'Anote este código o cópielo ahora. Es la única forma de consultar su queja y no podemos volver a mostrárselo.',
    copy: 'Copiar código',
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar: seleccione el código y cópielo usted.',
    next: 'Qué sigue',
    check: 'Consultar el estado de su queja',
    another: 'Presentar otra queja',
  },
};

/** After filing: the tracking code, large, with a copy button, and what happens next. */
export function ComplaintReceipt({ trackingCode, receivedAt, onAnother }: { trackingCode: string; receivedAt: string; onAnother: () => void }) {
  const language = usePublicLanguage();
  const text = useText(TEXT);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const copyCode = async () => {
    try {
      await navigator.clipboard.writeText(trackingCode);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section aria-labelledby="complaint-receipt-heading">
      <div className="usa-alert usa-alert--success">
        <div className="usa-alert__body">
          <h2 id="complaint-receipt-heading" ref={headingRef} tabIndex={-1} className="usa-alert__heading">
            {text.heading}
          </h2>
          <p className="usa-alert__text">{text.received(formatPublicDateTime(receivedAt, language))}</p>
        </div>
      </div>
      <h2 className="margin-bottom-1">{text.code}</h2>
      <p className="margin-top-0 font-mono-lg text-bold jo-tracking-code" data-testid="tracking-code">
        {trackingCode}
      </p>
      <p>{text.keep}</p>
      <Button type="button" outline onClick={() => void copyCode()}>
        {text.copy}
      </Button>
      <span role="status" className="margin-left-1">
        {copy === 'copied' ? text.copied : copy === 'failed' ? text.copyFailed : ''}
      </span>
      <h2>{text.next}</h2>
      <p>{WHAT_HAPPENS_NEXT[language]}</p>
      <ul className="usa-list usa-list--unstyled">
        <li className="margin-bottom-1">
          <Link to={COMPLAINT_STATUS_PATH} state={{ trackingCode }} className="usa-link">
            {text.check}
          </Link>
        </li>
        <li>
          <Link to={NEW_COMPLAINT_PATH} className="usa-link" onClick={onAnother}>
            {text.another}
          </Link>
        </li>
      </ul>
    </section>
  );
}
