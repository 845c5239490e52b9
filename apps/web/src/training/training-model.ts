import { can, OPERATION_TYPE_LABELS, taskForceDayOf, TrainingStanding, trainingStanding, type OperationType } from '@jointops/domain';
import type { TrainingCourseFragment, TrainingRecordRowFragment } from '@jointops/web-data';
import { toCsv } from '../shared/csv';
import { permissionUser } from '../shared/permissions/useCan';

/**
 * What the training pages show, worked out from what they load (docs/architecture.md#training):
 * the words of a standing, who may do what (asked of `can`, the API's rules), and the agency
 * matrix with its CSV.
 */

export type Me = { id: string; roles: readonly string[]; agency: { id: string } };

export const TRAINING_PATH = '/training';
export const COURSES_PATH = '/training/courses';
export const MY_TRAINING_PATH = '/training/people/me';
export const personTrainingPath = (userId: string) => `/training/people/${userId}`;
export const agencyTrainingPath = (agencyId?: string | null) => (agencyId ? `/training/agencies/${agencyId}` : '/training/agencies');

export const STANDING_LABELS: Record<TrainingStanding, string> = {
  CURRENT: 'Current',
  EXPIRING: 'Expiring',
  EXPIRED: 'Expired',
  MISSING: 'Missing',
};

/** The USWDS tag of each standing: the word is always shown, the colour only repeats it. */
export const STANDING_TAG_CLASSES: Record<TrainingStanding, string> = {
  CURRENT: 'bg-green',
  EXPIRING: 'bg-gold text-ink',
  EXPIRED: 'bg-secondary-dark',
  MISSING: 'bg-base-lighter text-ink',
};

export function validityLabel(months: number | null | undefined): string {
  if (months == null) return 'Never lapses';
  return months === 1 ? '1 month' : `${months} months`;
}

export function requiredForLabel(types: readonly OperationType[]): string {
  return types.length === 0 ? 'Not required' : types.map((type) => OPERATION_TYPE_LABELS[type] ?? type).join(', ');
}


// ── Who may do what: the API's rules, asked only to decide what to show ──

export const mayCreateCourse = (me: Me | null | undefined): boolean => (me ? can(permissionUser(me), 'course.create') : false);
export const mayRecordFor = (me: Me | null | undefined, agencyId: string | null | undefined): boolean =>
  me != null && agencyId != null && can(permissionUser(me), 'training.record', null, { agencyId });
/** ADMIN and OVERSIGHT read every agency's matrix and pick one. */
export const mayReadEveryAgency = (me: Me | null | undefined): boolean => (me ? can(permissionUser(me), 'training.read') : false);
export const mayReadAgency = (me: Me | null | undefined, agencyId: string | null | undefined): boolean =>
  me != null && agencyId != null && can(permissionUser(me), 'training.read', null, { agencyId });

/** The agency a matrix opens on without one named: a lead's own; for ADMIN and OVERSIGHT, their own too (they may pick another). */
export function defaultMatrixAgency(me: Me | null | undefined): string | null {
  return me && mayReadAgency(me, me.agency.id) ? me.agency.id : null;
}

// ── The matrix: people × required courses ──

export interface MatrixCell {
  courseId: string;
  standing: TrainingStanding;
  /** The latest expiry of the person's completions of the course; null when one never lapses or none exists. */
  expiresOn: string | null;
}

export interface MatrixRow {
  person: { id: string; displayName: string };
  cells: MatrixCell[];
}

export interface TrainingMatrix {
  courses: TrainingCourseFragment[];
  rows: MatrixRow[];
}

/** Courses some operation type requires: the matrix's columns, by code. */
export function requiredCourses<C extends { code: string; requiredFor: readonly unknown[] }>(courses: readonly C[]): C[] {
  return courses.filter((course) => course.requiredFor.length > 0).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true, sensitivity: 'base' }));
}

/** The standing of each active person in each required course at `now`. */
export function buildMatrix(
  people: ReadonlyArray<{ id: string; displayName: string; active: boolean }>,
  courses: readonly TrainingCourseFragment[],
  records: ReadonlyArray<Pick<TrainingRecordRowFragment, 'expiresOn' | 'user' | 'course'>>,
  now: number,
): TrainingMatrix {
  const columns = requiredCourses(courses);
  const byCell = new Map<string, Array<{ expiresOn: string | null }>>();
  for (const record of records) {
    const key = `${record.user.id}:${record.course.id}`;
    byCell.set(key, [...(byCell.get(key) ?? []), record]);
  }
  const rows = people
    .filter((person) => person.active)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }))
    .map((person) => ({
      person: { id: person.id, displayName: person.displayName },
      cells: columns.map((course) => {
        const held = byCell.get(`${person.id}:${course.id}`) ?? [];
        const lapses = held.length > 0 && held.every((record) => record.expiresOn != null);
        const expiresOn = lapses ? held.map((record) => record.expiresOn as string).sort().at(-1) ?? null : null;
        return { courseId: course.id, standing: trainingStanding(held, now), expiresOn };
      }),
    }));
  return { courses: columns, rows };
}

/** A cell in words, as the CSV holds it: `Current (expires 2027-05-20)`, `Expired (2025-01-31)`, `Missing`. */
export function cellText(cell: MatrixCell): string {
  const label = STANDING_LABELS[cell.standing];
  if (cell.standing === 'MISSING') return label;
  if (cell.expiresOn == null) return `${label} (never lapses)`;
  return cell.standing === 'EXPIRED' ? `${label} (${taskForceDayOf(cell.expiresOn)})` : `${label} (expires ${taskForceDayOf(cell.expiresOn)})`;
}

/** The matrix as a CSV: one row a person, one column a required course (its code and title). */
export function matrixCsv(matrix: TrainingMatrix): string {
  return toCsv(
    ['Person', ...matrix.courses.map((course) => `${course.code} ${course.title}`)],
    matrix.rows.map((row) => [row.person.displayName, ...row.cells.map(cellText)]),
  );
}
