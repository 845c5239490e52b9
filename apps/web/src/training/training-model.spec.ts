import { buildMatrix, cellText, matrixCsv, mayCreateCourse, mayReadAgency, mayReadEveryAgency, mayRecordFor, requiredForLabel, validityLabel } from './training-model';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const course = (id: string, code: string, requiredFor: string[], validityMonths: number | null = 12) => ({ id, code, title: `${code} course`, validityMonths, requiredFor }) as never;
const COURSES = [course('c-fa', 'FA-101', ['CHECKPOINT']), course('c-eth', 'ETH', ['OTHER'], null), course('c-rad', 'RAD', ['TRANSPORT']), course('c-opt', 'OPT', [])];
const PEOPLE = [
  { id: 'u-zoe', displayName: 'Zoe Park', active: true },
  { id: 'u-al', displayName: 'Al Diaz', active: true },
  { id: 'u-gone', displayName: 'Gone Person', active: false },
];
const rec = (userId: string, courseId: string, expiresOn: string | null) => ({ user: { id: userId }, course: { id: courseId }, expiresOn }) as never;
const RECORDS = [
  rec('u-al', 'c-fa', '2027-02-01T04:59:59.999Z'),
  rec('u-al', 'c-fa', '2026-02-01T04:59:59.999Z'),
  rec('u-al', 'c-rad', '2026-07-02T03:59:59.999Z'),
  rec('u-zoe', 'c-fa', '2026-06-02T03:59:59.999Z'),
  rec('u-zoe', 'c-eth', null),
  rec('u-gone', 'c-fa', null),
];

describe('the agency training matrix', () => {
  const matrix = buildMatrix(PEOPLE, COURSES, RECORDS, NOW);

  it('has the active people by name as rows and the required courses by code as columns', () => {
    expect(matrix.rows.map((row) => row.person.displayName)).toEqual(['Al Diaz', 'Zoe Park']);
    expect(matrix.courses.map((c) => c.code)).toEqual(['ETH', 'FA-101', 'RAD']);
  });

  it('gives each cell its standing at now from the best completion: current, expiring within 30 days, expired, missing', () => {
    const standings = matrix.rows.map((row) => row.cells.map((cell) => [cell.courseId, cell.standing, cell.expiresOn]));
    expect(standings).toEqual([
      [
        ['c-eth', 'MISSING', null],
        ['c-fa', 'CURRENT', '2027-02-01T04:59:59.999Z'],
        ['c-rad', 'EXPIRING', '2026-07-02T03:59:59.999Z'],
      ],
      [
        ['c-eth', 'CURRENT', null],
        ['c-fa', 'EXPIRED', '2026-06-02T03:59:59.999Z'],
        ['c-rad', 'MISSING', null],
      ],
    ]);
  });

  it('words each cell for the CSV', () => {
    const [al, zoe] = matrix.rows;
    expect(al!.cells.map(cellText)).toEqual(['Missing', 'Current (expires 2027-01-31)', 'Expiring (expires 2026-07-01)']);
    expect(zoe!.cells.map(cellText)).toEqual(['Current (never lapses)', 'Expired (2026-06-01)', 'Missing']);
  });

  it('exports one CSV row a person, one column a required course', () => {
    expect(matrixCsv(matrix)).toBe(
      [
        'Person,ETH ETH course,FA-101 FA-101 course,RAD RAD course',
        'Al Diaz,Missing,Current (expires 2027-01-31),Expiring (expires 2026-07-01)',
        'Zoe Park,Current (never lapses),Expired (2026-06-01),Missing',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes names a spreadsheet would misread', () => {
    const csv = matrixCsv(buildMatrix([{ id: 'u1', displayName: '=Lee, Sam', active: true }], COURSES, [], NOW));
    expect(csv.split('\r\n')[1]).toBe(`"'=Lee, Sam",Missing,Missing,Missing`);
  });
});

describe('training words and who may do what', () => {
  const lead = { id: 'u-lead', roles: ['AGENCY_LEAD'], agency: { id: 'a-1' } };
  const admin = { id: 'u-admin', roles: ['ADMIN'], agency: { id: 'a-9' } };
  const oversight = { id: 'u-ig', roles: ['OVERSIGHT'], agency: { id: 'a-8' } };
  const officer = { id: 'u-off', roles: ['OFFICER'], agency: { id: 'a-1' } };

  it('words validity and requirements', () => {
    expect([validityLabel(null), validityLabel(1), validityLabel(24)]).toEqual(['Never lapses', '1 month', '24 months']);
    expect([requiredForLabel([]), requiredForLabel(['CHECKPOINT', 'WARRANT_SERVICE'])]).toEqual(['Not required', 'Checkpoint, Warrant service']);
  });

  it('asks the rules the API enforces', () => {
    expect([lead, admin, oversight, officer].map((me) => mayRecordFor(me, 'a-1'))).toEqual([true, true, false, false]);
    expect(mayRecordFor(lead, 'a-2')).toBe(false);
    expect([lead, admin, oversight, officer].map((me) => mayReadAgency(me, 'a-1'))).toEqual([true, true, true, false]);
    expect([lead, admin, oversight, officer].map(mayReadEveryAgency)).toEqual([false, true, true, false]);
    expect([lead, admin, oversight, officer].map(mayCreateCourse)).toEqual([false, true, false, false]);
  });
});
