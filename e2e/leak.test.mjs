// The leak corpus in a browser: datasets whose per-country and per-year counts are
// partly below the threshold are published with the native command (as the build
// does) and loaded; every channel a visitor has is recorded (each response body,
// the map's legend classes and canvas pixels, the DOM and aria text, the order of
// the rows, the CSV and PNG downloads) and the test fails if a hidden count can be
// read, or bounded more narrowly than "fewer than 5", from any of them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT, serve, launch, open, points, publishedSite } from "./lib.mjs";

const N = 5;
const LEAK = path.join(ROOT, "tests", "leak");
const DATA = path.join(ROOT, "data", "datasets");
// Source datasets (staff files) the test knows the raw counts of.
const CASES = [
  { id: "demo", json: path.join(DATA, "demo.json"), tables: ["demo-by-country.csv", "demo-by-year.csv"].map((f) => path.join(DATA, f)) },
  { id: "largest-below-threshold", json: path.join(LEAK, "largest-below-threshold.json"), tables: ["largest-below-threshold-by-country.csv", "largest-below-threshold-by-year.csv"].map((f) => path.join(LEAK, f)) },
  { id: "one-hidden-resolved", json: path.join(LEAK, "one-hidden-resolved.json"), tables: [path.join(LEAK, "one-hidden-by-country.csv")] },
];
// Light theme colours (src/render/theme.rs): the ramp's classes, and "fewer than N".
const RAMP = ["9ecae1", "4292c6", "2171b5", "08519c", "08306b"];
const PROTECTED = ["e8f1fa", "3a6fa8"];
const METRICS = ["volunteers", "people", "women", "children"];

let site, server, browser;
before(async () => {
  site = publishedSite(CASES.filter((c) => c.id !== "demo"));
  server = await serve(site.dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** The source's raw tables: { by_country: [{key, cells}], by_year: [...] } where cells maps metric → count or null. */
function source(c) {
  const json = JSON.parse(fs.readFileSync(c.json, "utf8"));
  const table = (name, key) => {
    if (!name) return [];
    const [head, ...rows] = fs.readFileSync(path.join(path.dirname(c.json), name), "utf8").trim().split(/\r?\n/);
    const cols = head.split(",");
    return rows.map((line) => {
      const cells = line.split(",");
      const row = { key: cells[cols.indexOf(key)], cells: {} };
      cols.forEach((col, i) => { if (col !== key) row.cells[col] = cells[i] === "" ? null : Number(cells[i]); });
      return row;
    });
  };
  return { json, by_country: table(json.by_country, "iso3"), by_year: table(json.by_year, "year") };
}

/** Every hidden cell of a source: { table, key, metric, value }. */
function hidden(src) {
  const out = [];
  for (const table of ["by_country", "by_year"]) {
    for (const row of src[table]) {
      for (const [metric, v] of Object.entries(row.cells)) if (v !== null && v < N) out.push({ table, key: row.key, metric, value: v });
    }
  }
  return out;
}

/**
 * What a visitor can work out from the public file alone: for each "fewer than N"
 * cell, the range it must lie in given the totals of the same name and the other
 * table's sums (an attacker written independently of the Rust check).
 */
function attack(d) {
  const ranges = [];
  const total = (m) => {
    const f = d.headline?.find((h) => h.id === m)?.figure ?? d.results?.find((r) => r.id === m)?.figure
      ?? d.results?.find((r) => r.id === "people")?.parts?.find((p) => p.id === m)?.figure;
    if (!f) return [0, Infinity];
    if (f.qualifier === "exact") return [f.value, f.value];
    if (f.qualifier === "approximately") return [f.value - Math.floor(f.value / 10), f.value + Math.floor(f.value / 10)];
    return [f.value + 1, Infinity];
  };
  const column = (rows, m, expected) => {
    const cells = rows.map((r) => r[m]);
    const visible = cells.filter((c) => typeof c === "number").reduce((a, b) => a + b, 0);
    const k = cells.filter((c) => c && typeof c === "object").length;
    const unknown = cells.filter((c) => c === undefined || c === null).length + (expected - rows.length);
    return { visible, k, unknown, sum: [visible, unknown ? Infinity : visible + k * (N - 1)] };
  };
  const years = d.programme.end_year - d.programme.start_year + 1;
  for (const m of METRICS) {
    const cc = d.by_country?.length ? column(d.by_country, m, d.countries.length) : null;
    const yc = d.by_year?.length && (m === "volunteers" || m === "people") ? column(d.by_year, m, years) : null;
    for (const [col, other, table, rows] of [[cc, yc, "by_country", d.by_country], [yc, cc, "by_year", d.by_year]]) {
      if (!col || !col.k) continue;
      let [lo, hi] = total(m);
      if (other && other.k + other.visible > 0) { lo = Math.max(lo, other.sum[0]); hi = Math.min(hi, other.sum[1]); }
      if (lo > hi) continue; // contradictory totals say nothing
      const cellHi = Math.min(N - 1, hi - col.visible);
      const cellLo = col.unknown ? 0 : Math.max(0, lo - col.visible - (col.k - 1) * (N - 1));
      for (const r of rows) {
        if (r[m] && typeof r[m] === "object") ranges.push({ table, key: r.iso3 ?? String(r.year), metric: m, lo: cellLo, hi: cellHi });
      }
    }
  }
  return ranges;
}

/** Decodes an 8-bit RGBA or RGB, non-interlaced PNG (what canvas.toBlob writes). */
function decodePng(buf) {
  let pos = 8, width, height, type, idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), kind = buf.toString("ascii", pos + 4, pos + 8), data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === "IHDR") { width = data.readUInt32BE(0); height = data.readUInt32BE(4); type = data[9]; assert.equal(data[8], 8); assert.equal(data[12], 0); }
    if (kind === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const bpp = type === 6 ? 4 : 3, stride = width * bpp, raw = zlib.inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[y * stride + x - bpp] : 0, b = y ? px[(y - 1) * stride + x] : 0, c = x >= bpp && y ? px[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][f];
      px[y * stride + x] = (line[x] + pred) & 255;
    }
  }
  return { width, height, at: (x, y) => { const i = (Math.round(y) * width + Math.round(x)) * bpp; return [px[i], px[i + 1], px[i + 2]].map((v) => v.toString(16).padStart(2, "0")).join(""); } };
}

/** Colours in a square of `r` pixels around (x, y). */
const around = (at, x, y, r = 2) => {
  const out = new Set();
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) out.add(at(x + dx, y + dy));
  return out;
};

function assertProtectedColours(colours, where) {
  const ramp = [...colours].filter((c) => RAMP.includes(c));
  assert.deepEqual(ramp, [], `${where}: a "fewer than ${N}" country painted in a colour class ${[...colours]}`);
  assert.ok([...colours].some((c) => PROTECTED.includes(c)), `${where}: not drawn as "fewer than ${N}": ${[...colours]}`);
}

for (const c of CASES) {
  test(`${c.id}: no channel gives a hidden count away`, async () => {
    const src = source(c);
    const secret = hidden(src);
    assert.ok(secret.length > 0, "the case hides something");
    const names = Object.fromEntries(src.json.countries.map((k) => [k.iso3, typeof k.name === "string" ? k.name : k.name.en]));

    // Every response body the browser receives, from the first request on.
    const bodies = [];
    const { page, context, problems } = await open(browser, `${server.url}?data=${c.id}&lang=en`, {
      before: (p) => p.on("response", (r) => bodies.push(r.body().then((b) => ({ url: r.url(), body: b }), () => ({ url: r.url(), body: Buffer.alloc(0) })))),
    });
    assert.equal(await page.getAttribute("html", "data-viz-state"), "ready", problems.join("\n"));
    assert.deepEqual(problems, []);
    const received = await Promise.all(bodies);
    const urls = received.map((r) => new URL(r.url).pathname);
    assert.ok(!urls.some((u) => u.endsWith(".csv")), urls.join("\n"));
    // The catalogue, this dataset's public file, and the default dataset's public
    // file (index.html preloads it): public files only, nothing else from data/.
    const dataFiles = urls.filter((u) => /\/data\/(?!geo\/)/.test(u));
    assert.ok(dataFiles.every((u) => /\/data\/(index|[\w-]+-[0-9a-f]{16})\.json$/.test(u)), `${dataFiles}`);
    assert.ok(dataFiles.length <= 3, `the catalogue and at most two public files: ${dataFiles}`);
    assert.ok(dataFiles.some((u) => new RegExp(`/data/${c.id}-[0-9a-f]{16}\\.json$`).test(u)), `${dataFiles}`);
    let pub;
    for (const { url, body } of received) {
      const text = body.toString("utf8");
      assert.ok(!/"format"\s*:\s*"impact-atlas\/1"/.test(text), `${url} is a source file`);
      assert.ok(!/^(iso3|year),/m.test(text), `${url} holds a CSV table`);
      if (new RegExp(`/data/${c.id}-[0-9a-f]{16}\\.json$`).test(url)) pub = JSON.parse(text).dataset;
    }
    assert.ok(pub, "the public dataset file was received");

    // In the public file each hidden cell is "fewer than N", nothing else.
    for (const s of secret) {
      const row = pub[s.table].find((r) => String(r.iso3 ?? r.year) === s.key);
      assert.deepEqual(row[s.metric], { fewer_than: N }, `${s.table} ${s.key} ${s.metric}`);
    }
    // … and arithmetic on it cannot narrow one down.
    const ranges = attack(pub);
    assert.equal(ranges.length, secret.length, "every hidden cell was attacked");
    for (const r of ranges) {
      assert.ok(r.hi - r.lo + 1 >= N, `${r.table} ${r.key} ${r.metric} narrowed to ${r.lo}–${r.hi}`);
    }

    // The country table and the years table say "fewer than 5" in each hidden cell.
    await page.locator(".table-view summary").first().click();
    for (const s of secret.filter((s) => s.table === "by_country")) {
      const cells = await page.locator("#country-table tbody tr", { hasText: names[s.key] }).locator("td").allTextContents();
      assert.equal(cells[METRICS.indexOf(s.metric)], `fewer than ${N}`, `${s.key} ${s.metric}: ${cells}`);
    }
    for (const s of secret.filter((s) => s.table === "by_year")) {
      const cells = await page.locator("#years-table tbody tr", { hasText: s.key }).locator("td").allTextContents();
      assert.equal(cells[["volunteers", "people"].indexOf(s.metric)], `fewer than ${N}`, `${s.key} ${s.metric}: ${cells}`);
    }

    // Rows sort with every "fewer than N" total together, after the published ones.
    const order = Object.keys(points(await page.getAttribute("#countries-canvas", "data-targets")));
    const peopleOf = (k) => pub.by_country.find((r) => r.iso3 === k)?.people;
    const kinds = order.map((k) => (typeof peopleOf(k) === "number" ? 0 : peopleOf(k) ? 1 : 2));
    assert.deepEqual(kinds, [...kinds].sort(), `order ${order}`);
    const protectedRows = order.filter((k, i) => kinds[i] === 1);
    const tableOrder = pub.by_country.map((r) => r.iso3).filter((k) => protectedRows.includes(k));
    assert.deepEqual(protectedRows, tableOrder, "protected rows keep the table's order");

    // The CSV download.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#csv-link")]);
    const lines = fs.readFileSync(await csv.path(), "utf8").split("\r\n");
    for (const s of secret) {
      const label = s.table === "by_country" ? names[s.key] : s.key;
      const line = lines.find((l) => l.startsWith(`${s.table === "by_country" ? "by country" : "by year"},${label},`) && l.includes(s.metric === "people" ? "people reached" : s.metric === "volunteers" ? "volunteers" : s.metric === "women" ? "women" : "children"));
      assert.ok(line, `CSV row for ${s.key} ${s.metric}`);
      assert.ok(line.endsWith(`,fewer than ${N}`), `CSV: ${line}`);
    }

    // Per metric: the map's legend classes, its aria text, its pixels and its PNG.
    for (const m of METRICS) {
      const hiddenHere = secret.filter((s) => s.table === "by_country" && s.metric === m);
      if (!hiddenHere.length) continue;
      await page.selectOption("#metric-select", m);
      await page.waitForFunction((m) => new URLSearchParams(location.search).get("metric") === m || m === "volunteers", m);
      await page.waitForTimeout(200);
      const legend = await page.locator("#map-legend").innerText();
      assert.match(legend, new RegExp(`fewer than ${N}`), legend);
      for (const [, lo] of legend.matchAll(/([\d,]+)–[\d,]+/g)) {
        assert.ok(Number(lo.replace(/,/g, "")) >= N, `${m}: legend class starting at ${lo}: ${legend}`);
      }
      const summary = await page.locator("#map-summary").innerText();
      for (const s of hiddenHere) assert.ok(summary.includes(`${names[s.key]} fewer than ${N}`), `${m}: ${summary}`);
      const anchors = points(await page.getAttribute("#map-overlay", "data-anchors"));
      // The page's canvas, read around each hidden country's anchor only.
      const onPage = await page.evaluate((pts) => {
        const cv = document.getElementById("map-canvas");
        const ratio = cv.width / cv.getBoundingClientRect().width;
        const ctx = cv.getContext("2d");
        const hex = (v) => v.toString(16).padStart(2, "0");
        return {
          cssWidth: cv.width / ratio,
          colours: pts.map(({ x, y }) => {
            const d = ctx.getImageData(Math.round(x * ratio) - 2, Math.round(y * ratio) - 2, 5, 5).data;
            const out = [];
            for (let i = 0; i < d.length; i += 4) out.push(hex(d[i]) + hex(d[i + 1]) + hex(d[i + 2]));
            return out;
          }),
        };
      }, hiddenHere.map((s) => anchors[s.key]));
      const [png] = await Promise.all([page.waitForEvent("download"), page.click('[data-png="map-canvas"]')]);
      const img = decodePng(fs.readFileSync(await png.path()));
      const k = img.width / onPage.cssWidth;
      hiddenHere.forEach((s, i) => {
        const a = anchors[s.key];
        assertProtectedColours(new Set(onPage.colours[i]), `${m} ${s.key} on the page`);
        assertProtectedColours(around(img.at, a.x * k, a.y * k, 3), `${m} ${s.key} in the PNG`);
      });
    }

    // Nothing on the page names a hidden count: each hidden country's text says
    // "fewer than 5" and the problems box (staff only) stays hidden.
    assert.ok(!(await page.locator("#problems").isVisible()));
    await context.close();
  });
}
