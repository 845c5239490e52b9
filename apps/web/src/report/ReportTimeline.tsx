import { formatSlip } from '@jointops/domain';
import { Table } from '@trussworks/react-uswds';
import type { AfterActionReportFieldsFragment } from '@jointops/web-data';
import { usePlanTime } from '../shared/plan-time';

type Deviation = AfterActionReportFieldsFragment['timelineDeviations'][number];


/** Planned and actual time of each timeline event, late ones marked. On a phone each event stacks, its fields named. */
export function ReportTimeline({ deviations, zoneLabel }: { deviations: readonly Deviation[]; zoneLabel: string }) {
  const time = usePlanTime();
  if (deviations.length === 0) return <p>No timeline events.</p>;
  return (
    <Table fullWidth scrollable stackedStyle="headers" caption={`Deviation from the plan (+ late, − early). Times in ${zoneLabel}.`}>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Start, planned / actual</th>
          <th scope="col">Start slip</th>
          <th scope="col">End, planned / actual</th>
          <th scope="col">End slip</th>
        </tr>
      </thead>
      <tbody>
        {deviations.map((d) => {
          const late = (d.startSlipMinutes ?? 0) > 0 || (d.endSlipMinutes ?? 0) > 0;
          const cell = late ? 'bg-secondary-lighter' : undefined;
          const times = (label: string, planned: string, actual: string | null | undefined) => (
            <td className={cell} data-label={label}>
              {time.format(planned)}
              <br />
              {actual ? time.format(actual) : 'Not recorded'}
            </td>
          );
          const slipCell = (label: string, minutes: number | null | undefined) => (
            <td className={`${cell ?? ''}${(minutes ?? 0) > 0 ? ' text-bold' : ''}`} data-label={label}>
              {formatSlip(minutes)}
            </td>
          );
          return (
            <tr key={d.event.id} data-testid={late ? 'late-row' : undefined}>
              <th scope="row" className={cell}>
                {d.event.title}
                {late ? <span className="usa-tag bg-secondary-dark margin-left-1">Late</span> : null}
              </th>
              {times('Start, planned / actual', d.event.startsAt, d.event.actualStartsAt)}
              {slipCell('Start slip', d.startSlipMinutes)}
              {times('End, planned / actual', d.event.endsAt, d.event.actualEndsAt)}
              {slipCell('End slip', d.endSlipMinutes)}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
