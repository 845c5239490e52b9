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

/** Shared look: headings, small print, table layout and page furniture. */
export function document(title: string, subtitle: string, footerNote: string, content: Content[]): object {
  return {
    info: { title, creator: 'JointOps' },
    pageSize: 'LETTER',
    pageMargins: [48, 56, 48, 56],
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
    content: [{ text: title, style: 'title' }, { text: subtitle, style: 'subtitle' }, ...content],
  };
}

export function table(headers: string[], rows: Array<Array<string | number>>, widths?: Array<string | number>): object {
  if (rows.length === 0) return { text: 'None.', italics: true, margin: [0, 0, 0, 6] };
  return {
    table: {
      headerRows: 1,
      widths: widths ?? headers.map(() => '*'),
      body: [headers.map((text) => ({ text, style: 'th' })), ...rows.map((row) => row.map((cell) => String(cell)))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

export function utc(value: Date | string | null | undefined): string {
  if (!value) return '—';
  return `${new Date(value).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
