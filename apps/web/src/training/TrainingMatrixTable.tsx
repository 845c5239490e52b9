import { Link } from 'react-router';
import { formatTaskForceDay } from '@jointops/domain';
import { StandingTag } from './StandingTag';
import { personTrainingPath, type MatrixCell, type TrainingMatrix } from './training-model';

function CellDetail({ cell }: { cell: MatrixCell }) {
  if (cell.standing === 'MISSING') return null;
  const when = cell.expiresOn ? formatTaskForceDay(cell.expiresOn) : null;
  return <span className="display-block font-sans-3xs margin-top-05">{when == null ? 'Never lapses' : cell.standing === 'EXPIRED' ? `Expired ${when}` : `Until ${when}`}</span>;
}

/** People (rows) × required courses (columns), each cell a standing in words and a tag. */
export function TrainingMatrixTable({ matrix, caption }: { matrix: TrainingMatrix; caption: string }) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className="usa-table usa-table--borderless width-full">
        <caption className="usa-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            {matrix.courses.map((course) => (
              <th key={course.id} scope="col">
                <abbr title={course.title}>{course.code}</abbr>
                <span className="usa-sr-only"> {course.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.person.id}>
              <th scope="row">
                <Link to={personTrainingPath(row.person.id)}>{row.person.displayName}</Link>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.courseId} data-course={cell.courseId}>
                  <StandingTag standing={cell.standing} />
                  <CellDetail cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
