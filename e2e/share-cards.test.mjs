// Share cards in the built page: the head names a 1200×630 card with Open Graph and
// Twitter card tags and a description, and a card exists for every dataset and
// language (read from dist/, PNG headers decoded).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "./lib.mjs";

/** Width, height and whether every chunk's CRC and the image data check out. */
function decodePng(file) {
  const b = fs.readFileSync(file);
  assert.deepEqual([...b.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], `${file} is a PNG`);
  let at = 8, width = 0, height = 0;
  const idat = [];
  while (at < b.length) {
    const len = b.readUInt32BE(at);
    const type = b.toString("latin1", at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + len);
    if (type === "IHDR") [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === "IDAT") idat.push(data);
    at += 12 + len;
    if (type === "IEND") break;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  return { width, height, raw };
}

const meta = (html, attr, key) => html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`))?.[1];

test("the page's head names its share card with Open Graph and Twitter tags and a description", () => {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const image = meta(html, "property", "og:image");
  assert.equal(image, "cards/prodef-en.png");
  assert.equal(meta(html, "name", "twitter:image"), image);
  assert.equal(meta(html, "name", "twitter:card"), "summary_large_image");
  assert.equal(meta(html, "property", "og:image:width"), "1200");
  assert.equal(meta(html, "property", "og:image:height"), "630");
  assert.match(meta(html, "property", "og:title"), /^PRODEF · Protection of the Rights of Children/);
  const description = meta(html, "name", "description");
  assert.match(description, /more than 70 volunteers deployed/);
  assert.equal(meta(html, "property", "og:description"), description);
  assert.equal((html.match(/<meta name="description"/g) ?? []).length, 1, "one description");
  const { width, height, raw } = decodePng(path.join(DIST, image));
  assert.deepEqual([width, height], [1200, 630]);
  assert.ok(raw.length > 1200 * 630, "the image data inflates to a full picture");
});

test("a card for every dataset and language, each 1200×630", () => {
  const index = JSON.parse(fs.readFileSync(path.join(DIST, "data", "index.json"), "utf8"));
  for (const d of index.datasets) {
    for (const lang of ["en", "fr", "es"]) {
      const { width, height } = decodePng(path.join(DIST, "cards", `${d.id}-${lang}.png`));
      assert.deepEqual([width, height], [1200, 630], `${d.id}-${lang}`);
    }
  }
});
