import { canMoveComplaint, formatTrackingCode, normalizeTrackingCode, suppressCount, suppressCounts, trackingCodeProblem, TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from './complaints';

const values = (result: ReturnType<typeof suppressCounts>) => ({ total: result.total.value, parts: result.parts.map((part) => part.value) });

describe('suppressCounts', () => {
  it('publishes everything when every count is 5 or more', () => {
    expect(values(suppressCounts(17, [5, 12]))).toEqual({ total: 17, parts: [5, 12] });
  });

  it('hides a total under 5 and all its parts', () => {
    const result = suppressCounts(4, [4, 0]);
    expect(result.total).toEqual({ value: null, suppressed: true });
    expect(result.parts.every((part) => part.suppressed)).toBe(true);
  });

  it('hides a second part when a single small part could be recovered from the total (complementary suppression)', () => {
    // 3 alone would be 23 - 12 - 8; hiding the smallest other part (8) leaves 11 spread over two cells.
    expect(values(suppressCounts(23, [12, 3, 8]))).toEqual({ total: 23, parts: [12, null, null] });
  });

  it('hides zeros, and a shown part too when the hidden ones would all be recoverable as zero', () => {
    expect(values(suppressCounts(12, [12, 0, 0]))).toEqual({ total: 12, parts: [null, null, null] });
    expect(values(suppressCounts(20, [12, 8, 0, 0]))).toEqual({ total: 20, parts: [12, null, null, null] });
  });

  it('leaves two or more small parts hidden without more when they hold 5 or more together', () => {
    expect(values(suppressCounts(16, [10, 3, 3]))).toEqual({ total: 16, parts: [10, null, null] });
  });

  it('hides a shown part too when the hidden ones hold fewer than 5 together (16 - 15 would say one case)', () => {
    expect(values(suppressCounts(16, [15, 1, 0]))).toEqual({ total: 16, parts: [null, null, null] });
    expect(values(suppressCounts(24, [15, 7, 1, 1]))).toEqual({ total: 24, parts: [15, null, null, null] });
  });

  it('a lone count is hidden under 5', () => {
    expect(suppressCount(4)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(0)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(5)).toEqual({ value: 5, suppressed: false });
  });
});

describe('tracking codes', () => {
  it('uses an alphabet without look-alikes, large enough for 80 bits', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(TRACKING_CODE_ALPHABET).not.toContain(lookAlike);
    expect(TRACKING_CODE_LENGTH * Math.log2(TRACKING_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
  });

  it('reads a code back whatever its case and separators, and refuses anything else', () => {
    const code = 'K7QM4XTA9BCDEFGH2345';
    expect(formatTrackingCode(code)).toBe('K7QM-4XTA-9BCD-EFGH-2345');
    expect(normalizeTrackingCode('k7qm-4xta 9bcd-efgh-2345')).toBe(code);
    expect(normalizeTrackingCode('K7QM-4XTA-9BCD-EFGH-234')).toBeNull();
    expect(normalizeTrackingCode('K7QM-4XTA-9BCD-EFGH-2340')).toBeNull();
  });

  it('says why what was typed cannot be a code: how many characters it has, or a character no code has', () => {
    expect(trackingCodeProblem('k7qm-4xta 9bcd-efgh-2345')).toBeNull();
    expect(trackingCodeProblem('K7QM-4XTA-9BCD-EFGH-234')).toEqual({ kind: 'length', count: 19 });
    expect(trackingCodeProblem('K7QM-4XTA-9BCD-EFGH-23456')).toEqual({ kind: 'length', count: 21 });
    expect(trackingCodeProblem('K7QM-4XTA-9BCD-EFGH-2340')).toEqual({ kind: 'character' });
    expect(trackingCodeProblem('K7QM-4XTA-9BCD-EFGH-23.5')).toEqual({ kind: 'character' });
  });
});

describe('complaint status', () => {
  it('moves forward and never out of CLOSED', () => {
    expect(canMoveComplaint('RECEIVED', 'UNDER_REVIEW')).toBe(true);
    expect(canMoveComplaint('REFERRED', 'CLOSED')).toBe(true);
    expect(canMoveComplaint('CLOSED', 'UNDER_REVIEW')).toBe(false);
    expect(canMoveComplaint('UNDER_REVIEW', 'RECEIVED')).toBe(false);
  });
});
