import { readPdfs } from '../../../test/support/pdf-read';
import { calendarDate, document, inZone, renderPdf, table } from './pdf-renderer';

/** The text of each page of each document, page furniture (header, footer, watermark) included. */
async function pagesOfEach(definitions: object[]): Promise<string[][]> {
  return readPdfs('pages', await Promise.all(definitions.map((definition) => renderPdf(definition))));
}

/** The body lines of a page: without the title block, the page header, the footer and the watermark. */
const bodyLines = (page: string) => page.split('\n').filter((line) => line.trim() && !/^(Title|Subtitle|Footer note|DRAFT)$/.test(line.trim()) && !/— page \d+ of \d+$/.test(line));

describe('PDF layout', () => {
  // With 34 to 44 filler lines the heading and the table fall across the foot of page 1 in every
  // way they can: all on page 1, heading alone, heading with the table header alone, and so on.
  it('never leaves a heading or a table header at the foot of a page without what follows it', async () => {
    const rows = [['Civil rights complaint', 'First row'], ['Use of force', 'Second row']];
    const documents = Array.from({ length: 11 }, (_, index) => {
      const filler = Array.from({ length: 34 + index }, (_, i) => ({ text: `Filler line ${i + 1}` }));
      return document('Title', 'Subtitle', 'Footer note', [...filler, { text: 'Incidents', style: 'h2' }, table(['Type', 'Description'], rows)]);
    });
    let moved = 0;
    for (const pages of await pagesOfEach(documents)) {
      for (const page of pages) {
        const body = bodyLines(page);
        expect(body.at(-1)).not.toBe('Incidents');
        expect(body.at(-1)).not.toBe('Type Description');
      }
      if (pages.length > 1 && bodyLines(pages.at(-1)!)[0] === 'Incidents') moved++;
      // Wherever the heading went, its table header and first row are on its page.
      const withHeading = pages.map(bodyLines).find((body) => body.includes('Incidents'))!;
      const at = withHeading.indexOf('Incidents');
      expect(withHeading.slice(at, at + 3)).toEqual(['Incidents', 'Type Description', 'Civil rights complaint First row']);
    }
    expect(moved).toBeGreaterThan(0);
  }, 120_000);

  it('keeps a table header with its first row when no heading comes before it', async () => {
    const documents = Array.from({ length: 8 }, (_, index) => {
      const filler = Array.from({ length: 38 + index }, (_, i) => ({ text: `Filler line ${i + 1}` }));
      return document('Title', 'Subtitle', 'Footer note', [...filler, table(['Type', 'Description'], [['Civil rights complaint', 'First row']])]);
    });
    let split = 0;
    for (const pages of await pagesOfEach(documents)) {
      for (const page of pages) expect(bodyLines(page).at(-1)).not.toBe('Type Description');
      if (pages.length > 1) split++;
    }
    expect(split).toBeGreaterThan(0);
  }, 120_000);

  it('prints the watermark on every page when asked, and none otherwise', async () => {
    const long = Array.from({ length: 150 }, (_, i) => ({ text: `Line ${i + 1}` }));
    const [draft, final] = await pagesOfEach([document('Title', 'Subtitle', 'Footer note', long, { watermark: 'DRAFT' }), document('Title', 'Subtitle', 'Footer note', long)]);
    expect(draft.length).toBeGreaterThanOrEqual(3);
    for (const page of draft) expect(page.split('\n').map((line) => line.trim())).toContain('DRAFT');
    for (const page of final) expect(page).not.toContain('DRAFT');
  }, 60_000);

  it('prints plan times in the plan’s zone with that date’s abbreviation, and due dates as calendar dates', () => {
    expect(inZone(new Date('2027-04-17T10:00:00Z'), 'America/New_York')).toBe('2027-04-17 06:00 EDT');
    expect(inZone('2027-01-17T11:00:00Z', 'America/New_York')).toBe('2027-01-17 06:00 EST');
    expect(inZone('2027-04-17T11:00:00Z', 'America/Chicago')).toBe('2027-04-17 06:00 CDT');
    expect(inZone(null, 'America/New_York')).toBe('—');
    expect(calendarDate(new Date('2027-06-01T00:00:00Z'))).toBe('2027-06-01');
  });
});
