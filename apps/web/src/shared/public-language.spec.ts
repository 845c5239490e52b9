import { formatPublicDateTime, sentence } from './public-language';

describe('times on the public pages', () => {
  it('are on the clocks oversight reads complaints by, and name the zone, whatever the browser’s zone', () => {
    // 20:12 UTC on 4 December is 3:12 PM in North Carolina (standard time); oversight shows "3:12 PM EST".
    expect(formatPublicDateTime('2026-12-04T20:12:00.000Z', 'en')).toBe('December 4, 2026 at 3:12 PM EST');
    expect(formatPublicDateTime('2026-12-04T20:12:00.000Z', 'es')).toBe('4 de diciembre de 2026 a las 3:12 p.m. EST');
    expect(formatPublicDateTime('2026-05-03T12:00:00.000Z', 'en')).toBe('May 3, 2026 at 8:00 AM EDT');
    expect(formatPublicDateTime('not a time', 'en')).toBe('not a time');
  });
});

describe('sentence', () => {
  it('ends a sentence with one full stop, also after a time that ends in one ("p.m.")', () => {
    expect(sentence('Recibida el 4 de diciembre de 2026 a las 8:12 p.m.')).toBe('Recibida el 4 de diciembre de 2026 a las 8:12 p.m.');
    expect(sentence('Received December 4, 2026 at 8:12 PM')).toBe('Received December 4, 2026 at 8:12 PM.');
    expect(sentence('Received December 4, 2026 at 3:12 PM EST ')).toBe('Received December 4, 2026 at 3:12 PM EST.');
    expect(sentence('Is it closed?')).toBe('Is it closed?');
  });
});
