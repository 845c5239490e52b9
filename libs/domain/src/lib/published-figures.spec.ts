import { suppressCounts } from './complaints';
import { publishedPeriod, suppressLinkedCounts } from './published-figures';

/** Cell 0 the total, cells 1.. the parts. */
const single = (total: number, parts: number[]) => suppressLinkedCounts([total, ...parts], [{ total: 0, parts: parts.map((_, index) => index + 1) }]);

describe('suppressLinkedCounts', () => {
  it('is suppressCounts for a single total and its parts', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let round = 0; round < 500; round++) {
      const parts = Array.from({ length: 1 + random(6) }, () => (random(3) === 0 ? random(5) : random(30)));
      const total = parts.reduce((sum, part) => sum + part, 0);
      const expected = suppressCounts(total, parts);
      expect(single(total, parts)).toEqual([expected.total.suppressed, ...expected.parts.map((part) => part.suppressed)]);
    }
  });

  it("hides a second quarter when one quarter's small count would be the year's minus the others'", () => {
    // Cells: year 20, quarters 2, 6, 7, 5. Q1 alone hidden would be 20 - 18.
    expect(suppressLinkedCounts([20, 2, 6, 7, 5], [{ total: 0, parts: [1, 2, 3, 4] }])).toEqual([false, true, false, false, true]);
  });

  it('does not count on the known zeros of quarters that have not begun', () => {
    // Q3 and Q4 lie ahead (known zeros): Q2 = year - Q1 unless Q1 is hidden too.
    const known = [false, false, false, true, true];
    expect(suppressLinkedCounts([10, 7, 3, 0, 0], [{ total: 0, parts: [1, 2, 3, 4] }], known)).toEqual([false, true, true, true, true]);
    // Known or not, Q2 to Q4 hidden with Q1 shown would say "3 in Q2 to Q4" (10 - 7).
    expect(suppressLinkedCounts([10, 7, 3, 0, 0], [{ total: 0, parts: [1, 2, 3, 4] }])).toEqual([false, true, true, true, true]);
  });

  it("hides the fourth quarter when the year's count minus it would say how few the first three held", () => {
    // Year 6, Q4 5: with Q1 to Q3 hidden (1, 0, 0), 6 - 5 would pick out the one operation of Q1 to Q3.
    expect(suppressLinkedCounts([6, 1, 0, 0, 5], [{ total: 0, parts: [1, 2, 3, 4] }])).toEqual([false, true, true, true, true]);
    // Year 12, Q4 5: the hidden quarters hold 7 together, so Q4 stays shown.
    expect(suppressLinkedCounts([12, 4, 3, 0, 5], [{ total: 0, parts: [1, 2, 3, 4] }])).toEqual([false, true, true, true, false]);
  });

  it('follows a hidden cell into every sum it takes part in until nothing is recoverable', () => {
    // A quarter's total (cell 0, 6) with two parts (cells 1 and 2: 5 and 1), and a year (cell 3, 9) whose quarters are cells 0 and 4 (3).
    // The quarter hides 5 beside its 1; the year hides the quarter's 6 beside the other quarter's 3.
    const hidden = suppressLinkedCounts(
      [6, 5, 1, 9, 3],
      [
        { total: 0, parts: [1, 2] },
        { total: 3, parts: [0, 4] },
      ],
    );
    expect(hidden).toEqual([true, true, true, false, true]);
  });

  it('hides a total that its shown parts would give back', () => {
    // A quarter's total (cell 0, 12 = 7 + 5) hidden by its year (cell 4, 15 = 12 + 3): its shown parts would give it back, so the smaller goes too.
    const relations = [
      { total: 0, parts: [1, 2] },
      { total: 4, parts: [0, 3] },
    ];
    expect(suppressLinkedCounts([12, 7, 5, 3, 15], relations)).toEqual([true, false, true, true, false]);
  });
});

describe('publishedPeriod', () => {
  it('is the UTC year or quarter, last millisecond included', () => {
    expect(publishedPeriod(2026, null)).toEqual({ from: new Date('2026-01-01T00:00:00.000Z'), to: new Date('2026-12-31T23:59:59.999Z') });
    expect(publishedPeriod(2026, 2)).toEqual({ from: new Date('2026-04-01T00:00:00.000Z'), to: new Date('2026-06-30T23:59:59.999Z') });
    expect(publishedPeriod(2026, 4)).toEqual({ from: new Date('2026-10-01T00:00:00.000Z'), to: new Date('2026-12-31T23:59:59.999Z') });
  });
});
