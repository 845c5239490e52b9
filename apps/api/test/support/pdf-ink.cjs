// Reads a JSON array of base64 PDFs from stdin, renders each page to pixels (pdf.js through
// pdf-parse's getScreenshot, on @napi-rs/canvas, which pdf-parse brings) and prints, as JSON, for
// each page of each PDF: `ink`, the share of pixels that are not white, and `colour`, the share of
// clearly coloured ones (a channel 60 or more above another). A page that drew nothing has ink 0.
// Its own process for the same reason as pdf-pages.cjs (pdf.js takes a while to load).
const { PDFParse } = require('pdf-parse');
const { createCanvas, loadImage } = require('@napi-rs/canvas');

async function measure(png) {
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

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const pdfs = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const result = [];
  for (const base64 of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(base64, 'base64')) });
    try {
      const shots = await parser.getScreenshot({ scale: 0.75, imageDataUrl: false, imageBuffer: true });
      const pages = [];
      for (const page of shots.pages) pages.push(await measure(page.data));
      result.push(pages);
    } finally {
      await parser.destroy();
    }
  }
  process.stdout.write(JSON.stringify(result));
});
