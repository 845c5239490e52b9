import { Alert } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useSession } from '../auth/session';
import { DownloadPdfButton } from '../exports/DownloadPdfButton';
import { uploadErrorMessage } from './agreement-model';

export interface AgreementDocumentProps {
  agreementId: string;
  documentName: string | null;
  /** ADMIN, and the agreement is not terminated. */
  canUpload: boolean;
  onUploaded: () => void;
}

/** The signed PDF: a download for whoever reads the agreement, and an upload for ADMIN. */
export function AgreementDocument({ agreementId, documentName, canUpload, onUploaded }: AgreementDocumentProps) {
  const { endSession } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: string | null }>({ busy: false, error: null, done: null });
  const href = `/agreements/${agreementId}/document`;

  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setState({ busy: false, error: 'Choose the signed PDF first.', done: null });
    setState({ busy: true, error: null, done: null });
    try {
      const response = await fetch(href, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(file.name) }, body: file });
      if (response.status === 401) return void endSession('expired');
      if (!response.ok) return setState({ busy: false, error: uploadErrorMessage(response.status), done: null });
      setState({ busy: false, error: null, done: `Uploaded ${file.name}.` });
      if (input.current) input.current.value = '';
      onUploaded();
    } catch {
      setState({ busy: false, error: uploadErrorMessage(0), done: null });
    }
  };

  return (
    <section aria-labelledby="agreement-document-heading" className="margin-top-4">
      <h2 id="agreement-document-heading">Signed document</h2>
      {documentName ? <DownloadPdfButton href={href} label={`Download ${documentName}`} /> : <p>No signed document has been uploaded yet.</p>}
      {canUpload ? (
        <form className="usa-form margin-top-2" aria-label="Upload the signed PDF" onSubmit={(e) => (e.preventDefault(), void upload())}>
          <label className="usa-label" htmlFor="agreement-document-file">
            Signed PDF (at most 20 MB){documentName ? '; replaces the current one' : ''}
          </label>
          <input id="agreement-document-file" className="usa-file-input" type="file" accept="application/pdf,.pdf" ref={input} />
          <button type="submit" className="usa-button margin-top-1" disabled={state.busy} aria-busy={state.busy}>
            {state.busy ? 'Uploading…' : 'Upload signed PDF'}
          </button>
          <div role="status" aria-live="polite">
            {state.done ? (
              <Alert type="success" slim>
                {state.done}
              </Alert>
            ) : null}
          </div>
          {state.error ? (
            <Alert type="error" slim role="alert">
              {state.error}
            </Alert>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
