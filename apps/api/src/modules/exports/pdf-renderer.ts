import { formatInZone } from '@jointops/domain';
import { dirname } from 'node:path';

/** pdfmake 0.3, configured once: its bundled Roboto (full Unicode), no remote or other local files. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as {
  setFonts(fonts: object): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Buffer> };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Roboto = require('pdfmake/fonts/Roboto') as { Roboto: Record<string, string> };

const fontDir = dirname(Roboto.Roboto.normal);
pdfmake.setFonts(Roboto);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

export type Content = object | string | Array<object | string>;

export function renderPdf(definition: object): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/** pdfmake's description of a laid-out node, as its pageBreakBefore callback receives it. */
interface LaidOutNode {
  headlineLevel?: number;
  startPosition: { top: number; pageNumber: number; pageInnerHeight: number };
}

/** Space a heading needs below it on its page for what it introduces (a table's header and first row, a paragraph's first lines). */
const KEEP_WITH_NEXT = 72;

/**
 * A heading is never left at the foot of a page: when the rest of the page cannot hold the start
 * of what follows it (here the space of a table header and its first row), it moves to the next page.
 */
function keepHeadingsWithNext(node: LaidOutNode, nodes: { getFollowingNodesOnPage(): LaidOutNode[] }): boolean {
  if (!node.headlineLevel) return false;
  const { top, pageInnerHeight } = node.startPosition;
  return nodes.getFollowingNodesOnPage().length === 0 || pageInnerHeight - top < KEEP_WITH_NEXT;
}

/** US Letter (612 × 792 pt) with 48 pt side margins: the width a full-width drawing takes. */
const PAGE_MARGINS = [48, 56, 48, 56] as const;
export const CONTENT_WIDTH = 612 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export interface DocumentOptions {
  /** Printed across every page, e.g. DRAFT. */
  watermark?: string;
}

/** Shared look: headings, small print, table layout and page furniture. */
export function document(title: string, subtitle: string, footerNote: string, content: Content[], options: DocumentOptions = {}): object {
  return {
    info: { title, creator: 'JointOps' },
    ...(options.watermark ? { watermark: { text: options.watermark, color: '#b50909', opacity: 0.15, bold: true, fontSize: 110 } } : {}),
    pageBreakBefore: keepHeadingsWithNext,
    pageSize: 'LETTER',
    pageMargins: [...PAGE_MARGINS],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 10, color: '#454545', margin: [0, 0, 0, 12] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      small: { fontSize: 8, color: '#565c65' },
      th: { bold: true, fillColor: '#f0f0f0' },
    },
    header: (page: number, pages: number) => ({ text: `${title} — page ${page} of ${pages}`, style: 'small', margin: [48, 24, 48, 0], alignment: 'right' }),
    footer: () => ({ text: footerNote, style: 'small', margin: [48, 16, 48, 0] }),
    content: [{ text: title, style: 'title' }, { text: subtitle, style: 'subtitle' }, ...content.map(asHeadline)],
  };
}

/** Marks h2 and h3 headings as headlines, so pageBreakBefore keeps them with what follows. */
function asHeadline(node: Content): Content {
  if (typeof node !== 'object' || Array.isArray(node)) return node;
  const style = (node as { style?: unknown }).style;
  return style === 'h2' || style === 'h3' ? { ...node, headlineLevel: style === 'h2' ? 1 : 2 } : node;
}

/** A table whose header row repeats on every page and is never printed without its first row. */
export function table(headers: string[], rows: Array<Array<string | number>>, widths?: Array<string | number>): object {
  if (rows.length === 0) return { text: 'None.', italics: true, margin: [0, 0, 0, 6] };
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: widths ?? headers.map(() => '*'),
      body: [headers.map((text) => ({ text, style: 'th' })), ...rows.map((row) => row.map((cell) => String(cell)))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

/** A plan time as the PDFs print it: in the plan's zone, with the abbreviation for that date ("2027-04-17 06:00 EDT"). */
export function inZone(value: Date | string | null | undefined, zone: string): string {
  return formatInZone(value, zone, 'iso') || '—';
}

/** A calendar date such as a due date (stored as midnight UTC): that date, whatever the zone ("2027-06-01"). */
export function calendarDate(value: Date | string | null | undefined): string {
  return formatInZone(value, 'UTC', 'isoDate') || '—';
}
