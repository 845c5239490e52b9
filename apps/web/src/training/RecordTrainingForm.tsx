import { TRAINING_EVIDENCE_MAX, trainingRecordSchema } from '@jointops/domain';
import { dateInputToIso } from '../corrective-actions/corrective-action-model';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { formatCalendarDate } from '../timeline/time';
import { CreateForm } from '../shared/CreateForm';
import type { RecordTrainingValues } from './useTrainingMutations';

export interface RecordTrainingFormProps {
  userId: string;
  courses: ReadonlyArray<{ id: string; code: string; title: string }>;
  /** Sends the record; throws what the server answered. */
  onSave: (values: RecordTrainingValues) => Promise<void>;
  /** "Now" for the future check (default: the browser's time). */
  now?: () => number;
}

type Values = { userId: string; courseId: string; completedOn: string; evidence: string };

const IDS = { courseId: 'training-course', completedOn: 'training-completed-on', evidence: 'training-evidence' };

/** The trainee's agency lead or ADMIN: one completion of a course, checked as the API checks it (not in the future). */
export function RecordTrainingForm({ userId, courses, onSave, now = Date.now }: RecordTrainingFormProps) {
  const empty: Values = { userId, courseId: '', completedOn: '', evidence: '' };
  const options = courses.map((course) => ({ value: course.id, label: `${course.code} ${course.title}` }));
  return (
    <CreateForm
      heading="Record training"
      headingId="training-record-heading"
      headingLevel="h2"
      schema={() => trainingRecordSchema(now())}
      empty={empty}
      ids={IDS}
      submitLabel="Record training"
      busyLabel="Recording…"
      create={async (values) => {
        await onSave({ userId, courseId: values.courseId, completedOn: dateInputToIso(values.completedOn) ?? values.completedOn, evidence: values.evidence.trim() });
        const course = courses.find((c) => c.id === values.courseId);
        return `Recorded ${course ? `${course.code} ${course.title}` : 'the course'}, completed ${formatCalendarDate(dateInputToIso(values.completedOn) ?? '') || values.completedOn}.`;
      }}
    >
      <FormSelectField name="courseId" label="Course" required options={options} placeholder="- Select -" />
      <FormTextField name="completedOn" label="Completed on" type="date" required hint="The day the course was completed; not in the future." />
      <FormTextField name="evidence" label="Evidence" required multiline hint={`Certificate number, instructor or other proof. At most ${TRAINING_EVIDENCE_MAX.toLocaleString('en-US')} characters.`} />
    </CreateForm>
  );
}
