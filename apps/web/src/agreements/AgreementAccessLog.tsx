import { useApolloClient } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { PAGE_SIZES } from '@jointops/domain';
import { AgreementAccessLogDocument } from '@jointops/web-data';
import { useCallback } from 'react';
import { AccessLogStatus, accessLogStatus } from '../shared/access-log/AccessLogStatus';
import { AccessLogTable } from '../shared/access-log/AccessLogTable';
import { useCursorPages } from '../shared/access-log/useCursorPages';
import { errorMessage } from '../shared/errors';
import { PlanTimeZoneProvider } from '../shared/plan-time';
import type { useCan } from '../shared/permissions/useCan';

/** Oversight and the agency leads of the parties read an agreement's access log (the server decides; this only hides what it would refuse). */
export function mayReadAgreementAccessLog(can: ReturnType<typeof useCan>, parties: ReadonlyArray<{ id: string }>): boolean {
  return parties.some((party) => can('agreement.readAccessLog', null, { agencyId: party.id }));
}

/** Who downloaded the agreement's signed document and who was refused, newest first, older pages on request. */
export function AgreementAccessLog({ agreementId }: { agreementId: string }) {
  const client = useApolloClient();
  const load = useCallback(
    async (before: string | null) => {
      // No cache: the log only grows, and each view wants it as it is now.
      const { data } = await client.query({ query: AgreementAccessLogDocument, variables: { agreementId, before, first: PAGE_SIZES.accessLog }, fetchPolicy: 'no-cache' });
      return data?.agreementAccessLog;
    },
    [client, agreementId],
  );
  const log = useCursorPages(load);

  return (
    <section aria-labelledby="agreement-access-heading" className="margin-top-4">
      <h2 id="agreement-access-heading">Access log</h2>
      <p className="margin-top-0">Who downloaded the signed document, and who was refused; newest first (times in UTC).</p>
      {log.error ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The access log could not be loaded. {errorMessage(log.error)}</p>
        </Alert>
      ) : null}
      {log.records.length > 0 ? (
        // An agreement has no plan zone: its times are in UTC, as its history's are.
        <PlanTimeZoneProvider zone="UTC">
          <AccessLogTable records={log.records} caption="Access log of the agreement, newest first" />
        </PlanTimeZoneProvider>
      ) : null}
      <AccessLogStatus>{accessLogStatus(log, 'Nobody has downloaded the signed document yet.')}</AccessLogStatus>
      {log.hasOlder ? (
        <Button type="button" outline onClick={log.loadOlder} disabled={log.loading}>
          {log.loading ? 'Loading…' : 'Load older'}
        </Button>
      ) : null}
    </section>
  );
}
