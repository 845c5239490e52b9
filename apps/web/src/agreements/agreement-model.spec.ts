import { agreementStatus, applyFilters, filtersFrom, uploadErrorMessage } from './agreement-model';

const NOW = Date.parse('2027-05-10T12:00:00Z');
const make = (id: string, kind: string, effectiveFrom: string, expiresOn: string | null, terminatedAt: string | null = null) => ({ id, kind, effectiveFrom, expiresOn, terminatedAt });

const open = make('open', 'MOU', '2026-01-01T00:00:00Z', null);
const soon = make('soon', 'MOA', '2026-01-01T00:00:00Z', '2027-08-01T23:59:59.999Z');
const later = make('later', 'MOU', '2026-01-01T00:00:00Z', '2028-01-01T23:59:59.999Z');
const lapsed = make('lapsed', 'MOU', '2025-01-01T00:00:00Z', '2027-01-01T23:59:59.999Z');
const ended = make('ended', 'DATA_SHARING_AGREEMENT', '2026-01-01T00:00:00Z', null, '2027-04-01T00:00:00Z');
const future = make('future', 'MOA', '2027-09-01T00:00:00Z', null);

describe('the agreements register', () => {
  it('tells each agreement’s standing: active, expiring within 90 days, expired, terminated, not yet in force', () => {
    expect([open, soon, later, lapsed, ended, future].map((a) => agreementStatus(a, NOW))).toEqual(['ACTIVE', 'EXPIRING', 'ACTIVE', 'EXPIRED', 'TERMINATED', 'NOT_YET']);
    // 90 days to the millisecond is still "expiring"; one more is not.
    const edge = NOW + 90 * 86_400_000;
    expect(agreementStatus(make('e', 'MOU', '2026-01-01T00:00:00Z', new Date(edge).toISOString()), NOW)).toBe('EXPIRING');
    expect(agreementStatus(make('e', 'MOU', '2026-01-01T00:00:00Z', new Date(edge + 1).toISOString()), NOW)).toBe('ACTIVE');
  });

  it('reads its filters from the URL, ignoring values it does not know', () => {
    expect(filtersFrom(new URLSearchParams('agency=a1&kind=MOA&show=expiring'))).toEqual({ agencyId: 'a1', kind: 'MOA', show: 'expiring' });
    expect(filtersFrom(new URLSearchParams('kind=LETTER&show=someday'))).toEqual({ agencyId: null, kind: null, show: null });
  });

  it('filters by kind, by "active" (in force now, expiring ones too) and by "expiring within 90 days"', () => {
    const all = [open, soon, later, lapsed, ended, future];
    const ids = (filters: Parameters<typeof applyFilters>[1]) => applyFilters(all, filters, NOW).map((a) => a.id);
    expect(ids({ agencyId: null, kind: null, show: null })).toEqual(['open', 'soon', 'later', 'lapsed', 'ended', 'future']);
    expect(ids({ agencyId: null, kind: 'MOU', show: null })).toEqual(['open', 'later', 'lapsed']);
    expect(ids({ agencyId: null, kind: null, show: 'active' })).toEqual(['open', 'soon', 'later']);
    expect(ids({ agencyId: null, kind: null, show: 'expiring' })).toEqual(['soon']);
    expect(ids({ agencyId: null, kind: 'MOU', show: 'expiring' })).toEqual([]);
  });

  it('words a refused upload in its own words', () => {
    expect(uploadErrorMessage(413)).toBe('The signed document must be at most 20 MB.');
    expect(uploadErrorMessage(400)).toBe('The signed document must be a PDF file.');
    expect(uploadErrorMessage(415)).toBe('The signed document must be a PDF file.');
  });
});
