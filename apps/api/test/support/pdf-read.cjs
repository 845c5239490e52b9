// Reads PDFs for the tests: `node pdf-read.cjs <text|pages|ink>` takes a JSON array of base64 PDFs
// on stdin and prints, as JSON, one answer per PDF:
// - text:  the whole text;
// - pages: the text of each page;
// - ink:   each page rendered to pixels (pdf.js through pdf-parse's getScreenshot, on
//          @napi-rs/canvas, which pdf-parse brings): `ink`, the share of pixels that are not
//          white, and `colour`, the share clearly coloured (a channel 60 or more above another).
//          A page that drew nothing has ink 0.
// Its own process: pdf.js loads its worker with a dynamic import, which jest's module sandbox does
// not allow, and takes a while to load, so one process reads many PDFs.
const { PDFParse } = require('pdf-parse');

async function measure(png) {
  const { createCanvas, loadImage } = require('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let ink = 0;
  let colour = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (r < 250 || g < 250 || b < 250) ink++;
    if (Math.max(r, g, b) - Math.min(r, g, b) >= 60) colour++;
  }
  const pixels = data.length / 4;
  return { ink: ink / pixels, colour: colour / pixels };
}

const READERS = {
  text: async (parser) => (await parser.getText()).text,
  pages: async (parser) => (await parser.getText()).pages.map((page) => page.text),
  ink: async (parser) => {
    const shots = await parser.getScreenshot({ scale: 0.75, imageDataUrl: false, imageBuffer: true });
    const pages = [];
    for (const page of shots.pages) pages.push(await measure(page.data));
    return pages;
  },
};

const read = READERS[process.argv[2]];
if (!read) {
  process.stderr.write(`usage: node pdf-read.cjs <${Object.keys(READERS).join('|')}> < pdfs.json\n`);
  process.exit(2);
}

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const pdfs = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const result = [];
  for (const base64 of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(base64, 'base64')) });
    try {
      result.push(await read(parser));
    } finally {
      await parser.destroy();
    }
  }
  process.stdout.write(JSON.stringify(result));
});
