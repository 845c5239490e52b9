import { COURSE_CODE_MAX, COURSE_VALIDITY_MONTHS_MAX, courseSchema, LIMITS, OPERATION_TYPE_LABELS, OperationType, validityMonthsOf } from '@jointops/domain';
import { CreateForm } from '../shared/CreateForm';
import { FormCheckboxGroup, FormTextField } from '../shared/form-fields';
import { useCreateCourse } from './useTrainingMutations';

const IDS = { code: 'course-code', title: 'course-title', validityMonths: 'course-validity', requiredFor: 'course-required-for' };
const EMPTY = { code: '', title: '', validityMonths: '', requiredFor: [] as string[] };
type CourseValues = typeof EMPTY;
const TYPE_OPTIONS = Object.values(OperationType).map((type) => ({ value: type, label: OPERATION_TYPE_LABELS[type] }));

/** ADMIN: a new course, checked with the schema the API checks with. */
export function CreateCourseForm() {
  const createCourse = useCreateCourse();
  const create = async (values: CourseValues) => {
    const course = await createCourse({
      code: values.code.trim(),
      title: values.title.trim(),
      validityMonths: validityMonthsOf(values.validityMonths),
      requiredFor: values.requiredFor as OperationType[],
    });
    return `Created ${course.code} ${course.title}.`;
  };
  return (
    <CreateForm heading="Create course" headingId="training-create-course" schema={courseSchema} empty={EMPTY} ids={IDS} submitLabel="Create course" busyLabel="Creating…" create={create}>
      <FormTextField name="code" label="Code" required hint={`Unique, at most ${COURSE_CODE_MAX} characters, for example FA-101.`} />
      <FormTextField name="title" label="Title" required hint={`At most ${LIMITS.titleMax} characters.`} />
      <FormTextField name="validityMonths" label="Validity in months" type="number" min={1} hint={`1 to ${COURSE_VALIDITY_MONTHS_MAX}. Leave empty if a completion never lapses.`} />
      <FormCheckboxGroup name="requiredFor" legend="Required for" hint="Everyone assigned to an operation of these types must hold this course." options={TYPE_OPTIONS} />
    </CreateForm>
  );
}
