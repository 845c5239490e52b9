import { useMutation } from '@apollo/client/react';
import { RecordPlanExportDocument, type PlanExportKind } from '@jointops/web-data';
import { useState } from 'react';
import { downloadFile } from '../csv';

export interface MadeFile {
  filename: string;
  content: string;
}

/**
 * A file the browser makes of the plan's records it has read (the event log, the access log): the
 * export is recorded in the plan's access log first, then the file is handed out. A file whose
 * export could not be recorded is not handed out; `error` says why.
 */
export interface RecordedExport {
  /** Makes the file, records its export, then saves it. */
  run: (make: () => MadeFile | Promise<MadeFile>) => void;
  working: boolean;
  error: unknown;
}

export function useRecordedExport(planId: string, kind: PlanExportKind): RecordedExport {
  const [record] = useMutation(RecordPlanExportDocument);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (make: () => MadeFile | Promise<MadeFile>) => {
    setWorking(true);
    setError(null);
    Promise.resolve()
      .then(make)
      .then(async (file) => {
        await record({ variables: { planId, kind } });
        downloadFile(file.filename, file.content);
      })
      .catch((failure: unknown) => setError(failure))
      .finally(() => setWorking(false));
  };
  return { run, working, error };
}
