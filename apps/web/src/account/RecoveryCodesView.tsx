import { Alert, Button } from '@trussworks/react-uswds';
import { useState } from 'react';

interface RecoveryCodesViewProps {
  codes: string[];
  /** "I have saved them": go on. Without it the codes stay until the page is left. */
  onDone?: () => void;
}

/** The ten recovery codes, shown once, with ways to keep them: copy, download, print. */
export function RecoveryCodesView({ codes, onDone }: RecoveryCodesViewProps) {
  const [copied, setCopied] = useState(false);
  const text = `JointOps recovery codes (each works once)\n\n${codes.join('\n')}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    link.download = 'jointops-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <div className="jo-recovery-codes">
      <Alert type="success" className="margin-bottom-2">
        <h3 className="usa-alert__heading">Authenticator app set up</h3>
        <p className="usa-alert__text">Keep these recovery codes somewhere safe, away from your device. If you lose the device, each code signs you in once. They are shown only now.</p>
      </Alert>
      <ol className="jo-recovery-codes__list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="margin-top-2 jo-no-print">
        <Button type="button" outline onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy codes'}
        </Button>
        <Button type="button" outline onClick={download}>
          Download
        </Button>
        <Button type="button" outline onClick={() => window.print()}>
          Print
        </Button>
        {onDone ? (
          <Button type="button" onClick={onDone}>
            I saved my codes, continue
          </Button>
        ) : null}
      </div>
      <p className="usa-sr-only" role="status">
        {copied ? 'Recovery codes copied.' : ''}
      </p>
    </div>
  );
}
