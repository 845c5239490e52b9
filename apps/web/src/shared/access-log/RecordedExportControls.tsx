import { Alert, Button } from '@trussworks/react-uswds';
import { errorMessage } from '../errors';
import type { MadeFile, RecordedExport } from './useRecordedExport';

/**
 * "Download CSV" for a file recorded in the access log before it is saved (useRecordedExport).
 * While it prepares the button is aria-disabled, not disabled: a disabled button would drop the focus.
 */
export function DownloadCsvButton({ exporter, make, filtered, disabled }: { exporter: RecordedExport; make: () => MadeFile | Promise<MadeFile>; filtered: boolean; disabled: boolean }) {
  return (
    <Button type="button" outline disabled={disabled} aria-disabled={exporter.working || undefined} aria-busy={exporter.working} onClick={() => exporter.working || exporter.run(make)}>
      {exporter.working ? 'Preparing CSV…' : `Download CSV${filtered ? ' (filtered)' : ''}`}
    </Button>
  );
}

/** Why the file was not saved: `what` names it ("The event log"). */
export function ExportFailure({ exporter, what }: { exporter: RecordedExport; what: string }) {
  return exporter.error ? (
    <Alert type="error" slim role="alert">
      <p className="usa-alert__text">
        {what} could not be exported. {errorMessage(exporter.error)}
      </p>
    </Alert>
  ) : null;
}
