import { useQuery } from '@apollo/client/react';
import { formatTaskForceDay, trainingStanding } from '@jointops/domain';
import { DataTable, LoadingStatus, PageHeading } from '@jointops/ui';
import { PersonTrainingDocument, TrainingPeopleDocument } from '@jointops/web-data';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../shared/errors';
import { useMe } from '../plans/useMe';
import { formatCalendarDate } from '../timeline/time';
import { RecordTrainingForm } from './RecordTrainingForm';
import { StandingTag } from './StandingTag';
import { agencyTrainingPath, mayReadAgency, mayRecordFor } from './training-model';
import { useRecordTraining } from './useTrainingMutations';

/** `/training/people/:userId` (`me`: the signed-in user): a person's records; their agency's lead or ADMIN records more. */
export function PersonTrainingPage({ now }: { now?: number } = {}) {
  const { userId: param = 'me' } = useParams();
  const { me } = useMe();
  const self = param === 'me' || param === me?.id;
  const userId = self ? me?.id : param;
  const query = useQuery(PersonTrainingDocument, { variables: { userId: userId ?? '' }, skip: !userId });
  // Whom the page is about, when it is not the viewer: from the people the viewer may list.
  const people = useQuery(TrainingPeopleDocument, { skip: self || !me });
  const record = useRecordTraining();
  if (!me) return <LoadingStatus />;

  const person = self ? { displayName: me.displayName, agency: me.agency } : (people.data?.users.find((user) => user.id === userId) ?? null);
  const name = person?.displayName ?? query.data?.trainingRecords[0]?.user.displayName ?? null;
  const heading = self ? 'My training' : name ? `Training of ${name}` : 'Training';
  const at = now ?? Date.now();
  const courses = query.data?.courses ?? [];
  const courseById = new Map(courses.map((course) => [course.id, course]));
  const records = query.data?.trainingRecords ?? [];
  const agencyId = person?.agency.id ?? null;

  return (
    <>
      <title>{`${heading} · JointOps`}</title>
      <PageHeading lead={person ? `${person.agency.shortName}. Each completion, when it lapses, and where it stands today.` : undefined}>{heading}</PageHeading>
      {agencyId && !self && mayReadAgency(me, agencyId) ? (
        <p>
          <Link to={agencyTrainingPath(agencyId)}>Back to the agency's training matrix</Link>
        </p>
      ) : null}
      {query.error ? (
        <p role="alert" className="usa-error-message">
          {errorMessage(query.error)}
        </p>
      ) : !query.data ? (
        <LoadingStatus />
      ) : records.length === 0 ? (
        <p>No training recorded yet.</p>
      ) : (
        // On a phone each record stacks, its labels beside the values (six columns do not fit).
        <DataTable fullWidth stackedStyle="headers" caption={`Training records${name ? ` of ${name}` : ''}`} captionClassName="usa-sr-only" columns={['Course', 'Completed', 'Expires', 'Standing', 'Evidence', 'Recorded by']}>
          {records.map((row) => {
            const course = courseById.get(row.course.id);
            return (
              <tr key={row.id}>
                <th scope="row" data-label="Course">{course ? `${course.code} ${course.title}` : 'Unknown course'}</th>
                <td data-label="Completed">{formatCalendarDate(row.completedOn)}</td>
                <td data-label="Expires">{row.expiresOn ? formatTaskForceDay(row.expiresOn) : 'Never lapses'}</td>
                <td data-label="Standing">
                  <StandingTag standing={trainingStanding([row], at)} />
                </td>
                <td data-label="Evidence">{row.evidence}</td>
                <td data-label="Recorded by">{row.recordedBy.displayName}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {userId && query.data && mayRecordFor(me, agencyId) ? (
        <RecordTrainingForm
          userId={userId}
          courses={courses}
          onSave={async (values) => {
            await record(values);
          }}
        />
      ) : null}
    </>
  );
}
