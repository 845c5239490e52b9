import { courseSchema, trainingRecordSchema, validityMonthsOf } from './training';
import { violationsOf } from './violations';

const course = { code: 'FA-101', title: 'First aid', validityMonths: 24, requiredFor: ['CHECKPOINT'] };
const NOW = Date.parse('2026-03-15T12:00:00Z');
const record = { userId: 'u1', courseId: 'c1', completedOn: '2026-03-01T00:00:00.000Z', evidence: 'Certificate 4411' };

describe('training schemas (the course and record forms, and the API)', () => {
  it('accepts a course, with or without a validity', () => {
    expect(violationsOf(courseSchema, course, 'input')).toEqual([]);
    expect(violationsOf(courseSchema, { ...course, validityMonths: null, requiredFor: [] }, 'input')).toEqual([]);
    expect(violationsOf(courseSchema, { ...course, validityMonths: '' }, 'input')).toEqual([]);
    expect(violationsOf(courseSchema, { ...course, validityMonths: '36' }, 'input')).toEqual([]);
  });

  it('names each refused course field under input', () => {
    expect(violationsOf(courseSchema, { code: '  ', title: '', validityMonths: 0, requiredFor: ['NOPE'] }, 'input')).toEqual([
      { field: 'input.code', message: 'Code is required.' },
      { field: 'input.title', message: 'Title is required.' },
      { field: 'input.validityMonths', message: 'Validity must be a whole number of months from 1 to 120, or empty if it never lapses.' },
      { field: 'input.requiredFor[0]', message: 'Choose operation types from the list.' },
    ]);
    expect(violationsOf(courseSchema, { ...course, code: 'x'.repeat(33) }, 'input')).toEqual([{ field: 'input.code', message: 'Code must be at most 32 characters.' }]);
    for (const months of [-3, 1.5, 121, 'twelve']) {
      expect(violationsOf(courseSchema, { ...course, validityMonths: months }).map((v) => v.field)).toEqual(['validityMonths']);
    }
  });

  it('reads a validity typed in the form as months, empty as never', () => {
    expect(validityMonthsOf('12')).toBe(12);
    expect(validityMonthsOf(' ')).toBeNull();
    expect(validityMonthsOf(null)).toBeNull();
    expect(validityMonthsOf(6)).toBe(6);
  });

  it('accepts a completion up to now (a minute of clock skew allowed) and refuses one in the future', () => {
    const schema = trainingRecordSchema(NOW);
    expect(violationsOf(schema, record)).toEqual([]);
    expect(violationsOf(schema, { ...record, completedOn: new Date(NOW + 30_000) })).toEqual([]);
    expect(violationsOf(schema, { ...record, completedOn: '2026-03-16T00:00:00.000Z' })).toEqual([{ field: 'completedOn', message: 'Completed on cannot be in the future.' }]);
  });

  it('names every missing or refused argument', () => {
    expect(violationsOf(trainingRecordSchema(NOW), { userId: '', courseId: '', completedOn: '', evidence: '   ' })).toEqual([
      { field: 'userId', message: 'Choose a person.' },
      { field: 'courseId', message: 'Choose a course.' },
      { field: 'completedOn', message: 'Completed on is required.' },
      { field: 'evidence', message: 'Evidence is required.' },
    ]);
    expect(violationsOf(trainingRecordSchema(NOW), { ...record, completedOn: 'soon', evidence: 'e'.repeat(1001) })).toEqual([
      { field: 'completedOn', message: 'Completed on is not a valid date.' },
      { field: 'evidence', message: 'Evidence must be at most 1,000 characters.' },
    ]);
  });
});
