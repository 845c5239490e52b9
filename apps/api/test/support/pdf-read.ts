import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** What `pdf-read.cjs` answers per PDF, by what it is asked. */
export interface PdfReadings {
  text: string;
  pages: string[];
  ink: Array<{ ink: number; colour: number }>;
}

/** Reads several PDFs in one process (pdf.js takes a while to load): one answer per PDF, in order. */
export function readPdfs<K extends keyof PdfReadings>(what: K, pdfs: ReadonlyArray<ArrayBuffer | Uint8Array>): Array<PdfReadings[K]> {
  const input = JSON.stringify(pdfs.map((pdf) => Buffer.from(pdf as ArrayBuffer).toString('base64')));
  const json = execFileSync(process.execPath, [join(__dirname, 'pdf-read.cjs'), what], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(json) as Array<PdfReadings[K]>;
}

/** The whole text of a PDF. */
export const pdfText = (pdf: ArrayBuffer | Uint8Array): string => readPdfs('text', [pdf])[0]!;
/** The text of each page of a PDF, page header, footer and watermark included. */
export const pdfPages = (pdf: ArrayBuffer | Uint8Array): string[] => readPdfs('pages', [pdf])[0]!;
/** Each page of a PDF rendered to pixels: the share that is not white, and the share clearly coloured. */
export const pdfInk = (pdf: ArrayBuffer | Uint8Array): Array<{ ink: number; colour: number }> => readPdfs('ink', [pdf])[0]!;
