#!/usr/bin/env node
/**
 * Draws the installable web app's icons (apps/web/public/icons/*.png) with nothing but node's zlib:
 * a shield in the USWDS primary blue with "JO" in white. The PNGs are committed; run this again
 * only to change them: `node tools/make-icons.mjs`.
 *
 * - icon-192.png, icon-512.png: the shield on a transparent background ("any" purpose);
 * - icon-maskable-512.png: full-bleed blue with the letters inside the central safe zone (a circle
 *   of 80% of the width), which launchers may crop to any shape.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'public', 'icons');
const PRIMARY = [0x00, 0x5e, 0xa2]; // USWDS primary (#005ea2)
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis: 16 samples a pixel smooth the edges

// ---- Shapes, in unit coordinates (0..1, y down) ----------------------------------------------

/** A shield: straight sides from the top down to `shoulder`, then an elliptic curve to the point. */
function inShield(x, y, { left = 0.16, right = 0.84, top = 0.1, shoulder = 0.5, bottom = 0.93 } = {}) {
  if (y < top || y > bottom) return false;
  const half = (right - left) / 2;
  const centre = (left + right) / 2;
  if (y <= shoulder) return Math.abs(x - centre) <= half;
  const t = (y - shoulder) / (bottom - shoulder);
  return Math.abs(x - centre) <= half * Math.sqrt(1 - t * t);
}

/** "JO", centred on (cx, cy), `size` the letters' height. */
function inLetters(x, y, cx, cy, size) {
  const stroke = size * 0.17;
  const h = size / 2;
  // O: an elliptic ring, right of centre.
  const ox = cx + size * 0.3;
  const rx = size * 0.28;
  const ry = h;
  const outer = ((x - ox) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  const inner = ((x - ox) / (rx - stroke)) ** 2 + ((y - cy) / (ry - stroke)) ** 2 <= 1;
  if (outer && !inner) return true;
  // J: a stem on the right, a bar on top, and a hook (half ring) at the bottom, left of centre.
  const jRight = cx - size * 0.06;
  const jStemLeft = jRight - stroke;
  const hookR = size * 0.22;
  const hookCy = cy + h - hookR;
  if (x >= jStemLeft && x <= jRight && y >= cy - h && y <= hookCy) return true;
  if (x >= jStemLeft - size * 0.14 && x <= jRight && y >= cy - h && y <= cy - h + stroke) return true;
  const hookCx = jRight - hookR;
  const d = Math.hypot(x - hookCx, y - hookCy);
  return y >= hookCy && d <= hookR && d >= hookR - stroke;
}

// ---- Raster and PNG -----------------------------------------------------------------------

function draw(size, paint) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
          sum[3] += 1;
        }
      }
      const at = (py * size + px) * 4;
      const n = SAMPLES * SAMPLES;
      if (sum[3] > 0) for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(sum[c] / sum[3]);
      pixels[at + 3] = Math.round((255 * sum[3]) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const shieldIcon = (x, y) => (inLetters(x, y, 0.5, 0.45, 0.34) ? WHITE : inShield(x, y) ? PRIMARY : null);
const maskableIcon = (x, y) => (inLetters(x, y, 0.5, 0.5, 0.36) ? WHITE : PRIMARY);

mkdirSync(OUT, { recursive: true });
for (const [name, size, paint] of [
  ['icon-192.png', 192, shieldIcon],
  ['icon-512.png', 512, shieldIcon],
  ['icon-maskable-512.png', 512, maskableIcon],
]) {
  writeFileSync(join(OUT, name), png(size, draw(size, paint)));
  console.log(`wrote ${join(OUT, name)}`);
}
