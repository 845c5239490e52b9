import { useMutation } from '@apollo/client/react';
import {
  AgencyTrainingDocument,
  CreateCourseDocument,
  PersonTrainingDocument,
  RecordTrainingDocument,
  TrainingCoursesDocument,
  type CourseInput,
  type TrainingCourseFragment,
  type TrainingRecordRowFragment,
} from '@jointops/web-data';
import { useCallback } from 'react';

/** createCourse, adding the course to the cached list (every training query reads the same `courses`). */
export function useCreateCourse() {
  const [mutate] = useMutation(CreateCourseDocument);
  return useCallback(
    async (input: CourseInput): Promise<TrainingCourseFragment> => {
      const result = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          const course = data?.createCourse;
          if (!course) return;
          cache.updateQuery({ query: TrainingCoursesDocument }, (current) => (current && !current.courses.some((c) => c.id === course.id) ? { courses: [...current.courses, course] } : undefined));
        },
      });
      if (!result.data?.createCourse) throw new Error('The course was not created.');
      return result.data.createCourse;
    },
    [mutate],
  );
}

export interface RecordTrainingValues {
  userId: string;
  courseId: string;
  /** Midnight UTC of the completion's calendar date. */
  completedOn: string;
  evidence: string;
}

/** recordTraining; the person's page and the agency matrix on screen read their records again. */
export function useRecordTraining() {
  const [mutate] = useMutation(RecordTrainingDocument);
  return useCallback(
    async (variables: RecordTrainingValues): Promise<TrainingRecordRowFragment> => {
      const result = await mutate({ variables, refetchQueries: [PersonTrainingDocument, AgencyTrainingDocument], awaitRefetchQueries: true });
      if (!result.data?.recordTraining) throw new Error('The training was not recorded.');
      return result.data.recordTraining;
    },
    [mutate],
  );
}
