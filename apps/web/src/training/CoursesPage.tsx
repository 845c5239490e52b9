import { useQuery } from '@apollo/client/react';
import { DataTable, PageHeading } from '@jointops/ui';
import { TrainingCoursesDocument } from '@jointops/web-data';
import { adminListStatus } from '../admin/AdminListStatus';
import { useMe } from '../plans/useMe';
import { CreateCourseForm } from './CreateCourseForm';
import { mayCreateCourse, requiredForLabel, validityLabel } from './training-model';

/** `/training/courses`: every course; ADMIN also creates them. */
export function CoursesPage() {
  const { me } = useMe();
  const query = useQuery(TrainingCoursesDocument);
  const courses = query.data?.courses ?? [];
  return (
    <>
      <title>Courses · JointOps</title>
      <PageHeading lead="The courses people complete, how long a completion stays current, and the operations that require them.">Courses</PageHeading>
      {adminListStatus('courses', query) ??
        (courses.length === 0 ? (
          <p>No courses yet.</p>
        ) : (
          <DataTable fullWidth stackedStyle="headers" caption="Courses" captionClassName="usa-sr-only" columns={['Code', 'Title', 'Validity', 'Required for']}>
            {courses.map((course) => (
              <tr key={course.id}>
                <th scope="row" data-label="Code">{course.code}</th>
                <td data-label="Title">{course.title}</td>
                <td data-label="Validity">{validityLabel(course.validityMonths)}</td>
                <td data-label="Required for">{requiredForLabel(course.requiredFor)}</td>
              </tr>
            ))}
          </DataTable>
        ))}
      {mayCreateCourse(me) ? <CreateCourseForm /> : null}
    </>
  );
}
