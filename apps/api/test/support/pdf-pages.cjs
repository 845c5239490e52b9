// Reads a JSON array of base64 PDFs from stdin and prints, as JSON, the text of each page of each.
// One process for many PDFs: pdf.js takes a while to load. Run as its own process for the same
// reason as pdf-text.cjs.
const { PDFParse } = require('pdf-parse');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const pdfs = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const result = [];
  for (const base64 of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(base64, 'base64')) });
    try {
      result.push((await parser.getText()).pages.map((page) => page.text));
    } finally {
      await parser.destroy();
    }
  }
  process.stdout.write(JSON.stringify(result));
});
