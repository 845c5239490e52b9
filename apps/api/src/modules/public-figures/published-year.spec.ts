import { publishYear, type YearCounts } from './published-year';

const NONE: YearCounts = { operations: [], incidents: [], complaints: [], actions: [], ahead: [false, false, false, false, false] };
const statuses = (figures: ReturnType<typeof publishYear>[number]) => Object.fromEntries(figures.complaintsByStatus.map(({ key, count }) => [key, count.value]));

describe('publishYear', () => {
  it('publishes every key of every breakdown for the year and each quarter, all suppressed when there is nothing', () => {
    const periods = publishYear(NONE);
    expect(periods).toHaveLength(5);
    for (const period of periods) {
      expect(period.operations).toEqual({ value: null, suppressed: true });
      expect(period.operationsByType.map((row) => row.key).at(-1)).toBe('UNSPECIFIED');
      expect(period.operationsByStatus.map((row) => row.key)).toEqual(['ACTIVE', 'COMPLETED', 'CLOSED']);
    }
  });

  it("counts on nothing from quarters that have not begun: the year's count beside the only quarter so far hides that quarter's", () => {
    // 12 complaints received and 6 referred, all in the first quarter; the year so far is the first quarter.
    const complaints = [
      { period: 0, category: 'OTHER', status: 'RECEIVED', count: 12 },
      { period: 0, category: 'OTHER', status: 'REFERRED', count: 6 },
      { period: 1, category: 'OTHER', status: 'RECEIVED', count: 12 },
      { period: 1, category: 'OTHER', status: 'REFERRED', count: 6 },
    ];
    const inMay = publishYear({ ...NONE, complaints, ahead: [false, false, false, true, true] });
    // Q3 and Q4 lie ahead, their zeros known to all: Q2's hidden zero would be the year's 12 minus the first quarter's 12, so that is hidden too.
    expect(statuses(inMay[0])).toEqual({ RECEIVED: 12, UNDER_REVIEW: null, REFERRED: null, CLOSED: null });
    expect(statuses(inMay[1])).toEqual({ RECEIVED: null, UNDER_REVIEW: null, REFERRED: null, CLOSED: null });
  });

  it('suppresses both partitions of the operations against their published total', () => {
    // All in the second quarter (period 2), so the year's (period 0) are the same.
    const operations = [0, 2].flatMap((period) => [
      { period, type: 'CHECKPOINT', status: 'ACTIVE', count: 9 },
      { period, type: 'CHECKPOINT', status: 'CLOSED', count: 3 },
      { period, type: 'TRANSPORT', status: 'COMPLETED', count: 8 },
    ]);
    const [year] = publishYear({ ...NONE, operations });
    expect(year.operations).toEqual({ value: 20, suppressed: false });
    const values = (rows: typeof year.operationsByStatus) => rows.map((row) => row.count.value);
    // By status 9, 8, 3: the 3 alone would be 20 - 17, so the 8 goes too.
    expect(values(year.operationsByStatus)).toEqual([9, null, null]);
    // By type 12, 8 and seven zeros: the zeros would be recoverable as zeros, so the 8 goes too.
    expect(values(year.operationsByType).filter((value) => value !== null)).toEqual([12]);
  });
});
