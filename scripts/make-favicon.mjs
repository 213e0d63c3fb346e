// Writes static/favicon.png, the page's icon, from static/favicon.svg (its source):
//   node scripts/make-favicon.mjs
// Why a PNG: every history entry the page writes (a country chosen) is a
// same-document navigation, after which Chromium loads the icon again, and an SVG
// icon is parsed into a document of its own each time, on the main thread of the
// click (docs/PERFORMANCE.md, round 7). A PNG is decoded off it.
// The icon is drawn at 32 px by Chromium, then stored as an indexed PNG: each pixel
// is a blend of the icon's blue and white and an opacity, each in 8 steps, which
// keeps the file under 400 bytes (a full-colour PNG of it is over 1 KiB).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch, ROOT } from "../e2e/lib.mjs";

const SIZE = 32;
const STEPS = 8;
const BLUE = [0x1f, 0x4e, 0x8c];

const svg = fs.readFileSync(path.join(ROOT, "static", "favicon.svg"), "utf8");
const browser = await launch();
let rgba;
try {
  const page = await browser.newPage();
  await page.setContent("<canvas></canvas>");
  rgba = await page.evaluate(async ({ svg, size }) => {
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(svg)}`;
    await img.decode();
    const c = document.querySelector("canvas");
    c.width = c.height = size;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0, size, size);
    return Array.from(g.getImageData(0, 0, size, size).data);
  }, { svg, size: SIZE });
} finally {
  await browser.close();
}

const step = (x) => Math.round(Math.min(1, Math.max(0, x)) * (STEPS - 1)) / (STEPS - 1);
const palette = [];
const index = new Map();
const pixels = [];
for (let i = 0; i < rgba.length; i += 4) {
  const alpha = Math.round(step(rgba[i + 3] / 255) * 255);
  const white = step((rgba[i] - BLUE[0]) / (255 - BLUE[0]));
  const colour = alpha === 0 ? [0, 0, 0, 0] : [...BLUE.map((c) => Math.round(c + (255 - c) * white)), alpha];
  const key = colour.join();
  if (!index.has(key)) {
    index.set(key, palette.length);
    palette.push(colour);
  }
  pixels.push(index.get(key));
}
if (palette.length > 256) throw new Error(`${palette.length} colours do not fit a palette`);

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc(body), body.length + 4);
  return out;
};
// Rows of one byte per pixel, each after filter type 0.
const rows = Buffer.alloc(SIZE * (SIZE + 1));
for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) rows[y * (SIZE + 1) + 1 + x] = pixels[y * SIZE + x];
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per index
header[9] = 3; // indexed colour
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk("IHDR", header),
  chunk("PLTE", Buffer.from(palette.flatMap((p) => p.slice(0, 3)))),
  chunk("tRNS", Buffer.from(palette.map((p) => p[3]))),
  chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const out = path.join(ROOT, "static", "favicon.png");
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(ROOT, out)}: ${SIZE}×${SIZE}, ${palette.length} colours, ${png.length} bytes`);
