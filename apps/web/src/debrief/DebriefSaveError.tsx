import { Button } from '@trussworks/react-uswds';

export interface DebriefSaveErrorProps {
  message: string;
  /** The draft was saved from the author's other device or tab: offer to keep this page's version or reload. */
  conflict: boolean;
  busy: boolean;
  onKeepThisVersion: () => void;
}

/** Why a step or the submission was not saved, with a way out when the author's own other copy is newer. */
export function DebriefSaveError({ message, conflict, busy, onKeepThisVersion }: DebriefSaveErrorProps) {
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{message}</p>
        {conflict ? (
          <div className="margin-top-1">
            <Button type="button" disabled={busy} onClick={onKeepThisVersion}>
              Keep this page’s version
            </Button>
            <Button type="button" outline disabled={busy} onClick={() => window.location.reload()}>
              Reload the page
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
