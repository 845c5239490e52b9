import { DataTable, EmptyState } from '@jointops/ui';
import { Link } from 'react-router';
import { formatDateTime } from '../timeline/time';
import { figureOf, planLink, type FigureKey, type OperationRow } from './effectiveness-model';

const COLUMNS = ['Operation', 'Window', 'Objectives met / partially / not met', 'Median start slip (min)', 'Incidents', 'Complaints', 'Actions closed on time', 'Closed late', 'Overdue'];

/** The operations behind the figures (or behind the one chosen), each with its own figures and a link to the plan. */
export function OperationsTable({ rows, total, figure, everyOperation, clearSearch }: { rows: OperationRow[]; total: number; figure: FigureKey | null; everyOperation: boolean; clearSearch: string }) {
  const chosen = figureOf(figure);
  const caption = chosen ? `Operations behind “${chosen.label}”: ${rows.length} of ${total}.` : `${total} closed operation${total === 1 ? '' : 's'}.`;
  return (
    <section aria-labelledby="effectiveness-operations" className="margin-top-4">
      <h2 id="effectiveness-operations">Operations</h2>
      {chosen ? (
        <p>
          <Link to={{ search: clearSearch }} className="usa-link">
            Show every operation
          </Link>
        </p>
      ) : null}
      {total === 0 ? (
        <EmptyState heading="No closed operations in this period">
          <p>Operations are counted here once their after-action report is finalized.</p>
        </EmptyState>
      ) : (
        <DataTable fullWidth scrollable striped compact className="jo-operations-table" caption={caption} captionClassName="text-left" columns={COLUMNS}>
          {rows.map((row) => (
            <tr key={row.plan.id} data-testid="effectiveness-operation">
              <th scope="row">
                <Link to={planLink(row.plan.id, everyOperation)} className="usa-link">
                  {row.plan.title}
                </Link>
                <span className="display-block font-body-2xs text-base-dark text-normal">
                  Led by <abbr title={row.plan.leadAgency.name}>{row.plan.leadAgency.shortName}</abbr>
                </span>
              </th>
              <td>{row.plan.startsAt ? formatDateTime(row.plan.startsAt, row.plan.timeZone) : 'No window'}</td>
              <td>
                {row.objectivesMet} / {row.objectivesPartiallyMet} / {row.objectivesNotMet}
              </td>
              <td>{row.medianStartSlipMinutes == null ? 'no recorded starts' : row.medianStartSlipMinutes.toFixed(1)}</td>
              <td>{row.incidents}</td>
              <td>{row.complaints}</td>
              <td>{row.correctiveActionsClosedOnTime}</td>
              <td>{row.correctiveActionsClosedLate}</td>
              <td>{row.correctiveActionsOverdue}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
