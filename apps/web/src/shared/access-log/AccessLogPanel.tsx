import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { AccessLogUsersDocument, hasErrorCode } from '@jointops/web-data';
import { useMemo, useState } from 'react';
import { SelectField } from '@jointops/ui';
import { toCsv } from '../csv';
import { errorMessage as generalErrorMessage } from '../errors';
import { ACCESS_ACTIONS, ACTION_LABELS, isAccessAction, kindLabel } from './access-log';
import { AccessLogStatus, accessLogStatus } from './AccessLogStatus';
import { AccessLogTable } from './AccessLogTable';
import { readWholeAccessLog, useAccessLog, type AccessLogFilters, type AccessRecordRow } from './useAccessLog';
import { DownloadCsvButton, ExportFailure } from './RecordedExportControls';
import { useRecordedExport } from './useRecordedExport';

const ACTION_OPTIONS = ACCESS_ACTIONS.map((action) => ({ value: action, label: ACTION_LABELS[action] }));

/** Who read or exported the plan, and who was refused: newest first, filtered by person and action, older pages on request. */
export function AccessLogPanel({ planId }: { planId: string }) {
  const [filters, setFilters] = useState<AccessLogFilters>({ userId: null, action: null });
  const log = useAccessLog(planId, filters);
  const users = useQuery(AccessLogUsersDocument).data?.users;
  const userOptions = useMemo(
    () =>
      [...(users ?? [])]
        .sort((a, b) => a.agency.shortName.localeCompare(b.agency.shortName) || a.displayName.localeCompare(b.displayName))
        .map((user) => ({ value: user.id, label: `${user.displayName} (${user.agency.shortName})` })),
    [users],
  );
  const filtered = filters.userId !== null || filters.action !== null;
  const forbidden = hasErrorCode(log.error, 'FORBIDDEN');
  const client = useApolloClient();
  const exporter = useRecordedExport(planId, 'ACCESS_LOG_CSV');
  // Every matching record, not only the pages on screen.
  const makeCsv = async () => ({ filename: `access-log-${planId.slice(0, 8)}.csv`, content: accessLogCsv(await readWholeAccessLog(client, planId, filters)) });

  return (
    <section aria-labelledby="access-heading" className="margin-y-3">
      <h2 id="access-heading">Access log</h2>
      <p className="margin-top-0">Who read or exported the plan, and who was refused; newest first. Repeated refusals of one person are counted on one line.</p>
      {forbidden ? (
        <Alert type="info" slim>
          <p className="usa-alert__text">The access log is open to oversight and to the lead agency’s agency lead only.</p>
        </Alert>
      ) : (
        <>
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <SelectField
                id="access-filter-user"
                label="Person"
                value={filters.userId ?? ''}
                options={userOptions}
                placeholder="Everyone"
                onChange={(value) => setFilters((current) => ({ ...current, userId: value || null }))}
              />
            </div>
            <div className="tablet:grid-col-4">
              <SelectField
                id="access-filter-action"
                label="Action"
                value={filters.action ?? ''}
                options={ACTION_OPTIONS}
                placeholder="All actions"
                onChange={(value) => setFilters((current) => ({ ...current, action: isAccessAction(value) ? value : null }))}
              />
            </div>
          </div>
          {log.error ? (
            <Alert type="error" slim role="alert">
              <p className="usa-alert__text">The access log could not be loaded. {generalErrorMessage(log.error)}</p>
            </Alert>
          ) : null}
          {log.records.length > 0 ? <AccessLogTable records={log.records} /> : null}
          <AccessLogStatus>{accessLogStatus(log, filtered ? 'No records match these filters.' : 'Nobody has accessed this plan yet.', filtered)}</AccessLogStatus>
          <div className="display-flex flex-wrap flex-align-center">
            {log.hasOlder ? (
              <Button type="button" outline onClick={log.loadOlder} disabled={log.loading}>
                {log.loading ? 'Loading…' : 'Load older'}
              </Button>
            ) : null}
            <DownloadCsvButton exporter={exporter} make={makeCsv} filtered={filtered} disabled={log.records.length === 0} />
          </div>
          <ExportFailure exporter={exporter} what="The access log" />
        </>
      )}
    </section>
  );
}

export function accessLogCsv(records: readonly AccessRecordRow[]): string {
  return toCsv(
    ['Time (UTC)', 'Person', 'Agency', 'Action', 'Times', 'What', 'User ID'],
    records.map((record) => [record.at, record.user.displayName, record.user.agency.shortName, ACTION_LABELS[record.action as keyof typeof ACTION_LABELS] ?? record.action, record.count, kindLabel(record.kind), record.user.id]),
  );
}
