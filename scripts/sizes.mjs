// Sizes of the built page (dist/), and the size guard of scripts/test.sh.
// Sizes are deterministic (unlike times), so they can fail a test: this exits 1
// when the wasm or a page's total bytes exceed their budget below.
//
//   node scripts/sizes.mjs [--no-check]
//
// "A page's bytes" are the files a visitor's browser fetches to show that dataset:
// the HTML, every script, style sheet and the wasm it loads, the favicon, the
// catalogue, the dataset with its CSV tables and the map geometry, each gzipped
// (-9, as a server would send them). benches/browser/browser.mjs measures the same on the
// wire. The service worker, embed.js and data/README files are not fetched by a
// visitor of the page and are left out.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { isKioskFile, isStaffFile } from "./side-wasm.mjs";

// Budgets in bytes, gzip -9: today's figures with a small margin, so that the page
// cannot grow back unnoticed. Issue 15 took the geometry from 56.7 to 42.3 KB and
// the wasm down 3.6 KB; meanwhile the wasm grew from 182.7 to 205.0 KB with the
// single state path, staff-guide and validator work landed at 21:00–21:30 (found
// by this guard when it was first run on them). A change that makes the page
// heavier fails here: cut something, or raise the budget here with the reason.
// Issue 11 (publish, then show) adds 18 KiB gzip of wasm: the derived Deserialize
// of the public types read through serde-wasm-bindgen, while the validator, CSV
// and workbook readers stay in the same wasm for the staff preview. The visitor's
// path no longer calls them, so issue 15 can move the preview out and take them
// with it.
// Issue 18 (accessibility) adds 6.3 KiB gzip of wasm: the year picker, focus
// after actions, language of parts, chart text that follows the font size (after
// reading the root font size with the browser's parseFloat instead of Rust's
// float parser, which alone had cost 14.5 KiB).
// Issue 13 (kiosk for the event floor) adds 16.6 KiB gzip of wasm, all of it for
// kiosk mode: scene planning (kiosk::plan, rows), the scenes' DOM (web::kiosk_scene)
// and the map's flight (web::map_flight); visitors of the page and embeds download
// it too until issue 15 splits mode-specific code into its own wasm.
// Issue 14 (maps and embeds) adds about 10 KiB gzip of wasm: proportional symbols
// and their legend, map labels with collision avoidance (render::map), figures as
// HTML text over the canvases (web::canvas), one visual per embed and the embed
// builder (web::embed).
// Issues 15 and 17 moved the staff preview's validator, CSV and workbook readers
// and their messages into a worker wasm of its own (src/bin/staff.rs), fetched only
// when staff preview a file: the visitor's wasm went from 255.3 to 200.3 KiB gzip,
// the default page from 324.3 to 269.6 KiB. The budgets follow it down.
// Issue 15 then moved the kiosk's tour and scenes (web::kiosk, kiosk_scene, and the
// plan, QR and update code only they call) into the kiosk's own wasm
// (src/bin/kiosk.rs), which the page's loader picks for ?mode=kiosk: the
// visitor's wasm went from 200.3 to 175.8 KiB gzip, the default page from 269.6 to
// 245.0 KiB. The kiosk's wasm (178.2 KiB) has its own budget.
// Then +3.8 KiB of the visitor's wasm (175.8 -> 179.6), raised on purpose: maps of
// programmes across ±180° (geo::seam, the rotated projection: 1.6 KiB), the
// flight handed to the compositor and the unchanged address not rewritten (0.6),
// the staff worker's failure messages in three languages, the worker ended on
// failure, the flight's finish handling, the kiosk's qr kept in its URL and the
// charts measured in one layout (1.6). The kiosk's wasm follows (181.8 KiB).
// The goal of issue 15 is 110 KiB for the whole default page; docs/PERFORMANCE.md
// says what is left to reach it.
// Issue 12: a kiosk swaps in a new build with no loading frame (web::kiosk::swap),
// +2.6 KiB gzip, in the kiosk's wasm only (the visitor's wasm leaves it out).
// Issue 15, round 6: exports' "SYNTHETIC DEMO DATA" line in capitals through a
// Latin-1 upper case instead of str::to_uppercase, whose Unicode case tables were
// 16 KB raw of every wasm: the visitor's wasm 179.6 -> 169.8 KiB gzip, the kiosk's
// 183.6 -> 176.1 KiB. The budgets follow it down.
// Issue 15, round two: the world file (format impact-atlas-geo/4) no longer
// carries country names and numeric codes that nothing read, and stores its arcs
// in the order the countries first use them: 43.1 -> 34.9 KB gzip. The default
// page's budget follows it down by 8 KiB.
// Then each arc simplified to the fewest points within the same tolerance
// instead of Douglas-Peucker's (16,100 points instead of 18,332): 34.9 -> 32.1 KB
// gzip, the default page 228.7 KiB. Its budget follows it down by 3 KiB.
// Then format impact-atlas-geo/5 (arcs turned the way they are first walked, each
// starting from the previous arc's end): 32.1 -> 31.6 KB gzip; budget -1 KiB.
// Then the built CSS, glue and index.html minified after the build, and the names
// wasm and glue share shortened (scripts/minify.mjs): the visitor's wasm
// 169.9 -> 165.2 KiB, the kiosk's 176.0 -> 171.6, the default page -13.9 KiB.
// Then +0.7 KiB of wasm, on purpose: a world file that does not decode (an earlier
// release's, still in the browser's HTTP cache) is fetched once more past the cache.
// Issue 14, on purpose: an embed of one long visual (results, countries,
// testimonies) shows a page that fits one phone screen, with a pager (render::pages,
// web::pager, the paged layouts and their messages in three languages, then what a
// hand audit asked for: focus kept when a wider frame disables or hides the
// focused button, a linked country's page first, the text view counted): +5.2 KiB
// gzip of the visitor's wasm (165.2 -> 170.4). The kiosk's wasm leaves the pager
// out; the paged layouts and messages it shares cost it +1.3 KiB (171.1 -> 172.4).
// The PNG icon (round 7's click) adds 0.2 KiB to the page.
// Round 7 also draws a new size's charts in a task after the map's (web::app,
// draw_charts_later): +0.9 KiB of wasm (170.4 -> 171.3), for the benchmark's
// longest task after ready 33-51 -> 19-30 ms (budget 50).
// Round 8 draws the standalone page's charts and tables below the fold in the
// task after ready, and the map after the charts from one measure of the page
// (web::app, `later` and `Charts`): +0.5 KiB of wasm (171.4 -> 171.9; the
// kiosk's 172.6 -> 172.9) for the load's longest task 84-96 -> 68-76 ms and ready
// about 25 ms sooner (docs/PERFORMANCE.md, round 8). Budgets +0.5 KiB each.
// Round 9 builds the wasm files with a std of their own that aborts at once on a
// panic (scripts/build.sh; static/boot.js shows the trap): the visitor's wasm
// 171.9 -> 159.8 KiB, the kiosk's 172.9 -> 158.9, the default page 222.0 -> 210.3.
// The budgets follow it down.
// Then the detail panel's country buttons made once per dataset and language
// (web::detail): +0.4 KiB of wasm for a 234-country click 33-35 -> 27-30 ms.
// Budgets +0.5 KiB each.
export const BUDGETS = {
  wasm: 161 * 1024,
  default: 211.5 * 1024,
  kioskWasm: 160 * 1024,
  // The demo page may weigh at most this much more than the default page.
  demoOverDefault: 5 * 1024,
};

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(ROOT, "dist");
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const raw = (file) => fs.statSync(file).size;

/** The files (relative to dist/) the page fetches to show dataset `id`. */
export function pageFiles(id) {
  const top = fs.readdirSync(DIST);
  // The staff preview's worker is fetched only when staff preview a file, the
  // kiosk's wasm only by kiosks (?mode=kiosk).
  const built = top
    .filter((f) => /\.(wasm|css)$/.test(f) || (/\.js$/.test(f) && f !== "sw.js" && f !== "embed.js"))
    .filter((f) => !isStaffFile(f) && !isKioskFile(f));
  const catalogue = JSON.parse(fs.readFileSync(path.join(DIST, "data/index.json"), "utf8"));
  const entry = catalogue.datasets.find((d) => d.id === (id ?? catalogue.default));
  if (!entry) throw new Error(`dataset ${id} is not in data/index.json`);
  const file = path.posix.join("data", entry.file);
  const dataset = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8"));
  const tables = ["by_country", "by_year"].filter((k) => dataset[k]).map((k) => path.posix.join(path.posix.dirname(file), dataset[k]));
  const own = [file, ...tables];
  // index.html preloads the default dataset (scripts/preload-default.mjs): another
  // dataset's page fetches it too.
  const preloaded = id && id !== catalogue.default ? pageFiles().filter((f) => f.startsWith("data/datasets/")) : [];
  return ["index.html", "favicon.png", ...built, "data/index.json", ...own, ...preloaded, "data/geo/world.bin"];
}

const kind = (f) =>
  f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : f.endsWith(".css") ? "css" : f.endsWith(".html") ? "html" : f.startsWith("data/geo/") ? "geo" : f.startsWith("data/") ? "data" : "other";

function measure(files) {
  const rows = {};
  for (const f of files) {
    const p = path.join(DIST, f);
    if (!fs.existsSync(p)) throw new Error(`dist/${f} is missing: build first (scripts/build.sh)`);
    const r = (rows[kind(f)] ??= { files: 0, raw: 0, gzip: 0 });
    r.files += 1;
    r.raw += raw(p);
    r.gzip += gz(p);
  }
  const total = Object.values(rows).reduce((t, r) => ({ files: t.files + r.files, raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { files: 0, raw: 0, gzip: 0 });
  return { rows, total };
}

const kib = (b) => (b / 1024).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = !process.argv.includes("--no-check");
  const def = measure(pageFiles());
  const demo = measure(pageFiles("demo"));
  console.log("default page (what a visitor's browser fetches), bytes:");
  console.log(`${"type".padEnd(6)} ${"files".padStart(5)} ${"raw".padStart(9)} ${"gzip".padStart(9)} ${"gzip KiB".padStart(9)}`);
  for (const [k, r] of [...Object.entries(def.rows), ["total", def.total]]) {
    console.log(`${k.padEnd(6)} ${String(r.files).padStart(5)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${kib(r.gzip).padStart(9)}`);
  }
  console.log(`demo page total: ${demo.total.gzip} B gzip (${kib(demo.total.gzip)} KiB)`);
  const checks = [
    ["wasm, gzip", def.rows.wasm?.gzip ?? 0, BUDGETS.wasm],
    ["default page, all bytes gzip", def.total.gzip, BUDGETS.default],
    ["demo page over the default page, gzip", demo.total.gzip - def.total.gzip, BUDGETS.demoOverDefault],
    ["kiosk's wasm, gzip", fs.readdirSync(DIST).filter((f) => isKioskFile(f) && f.endsWith(".wasm")).reduce((n, f) => n + gz(path.join(DIST, f)), 0), BUDGETS.kioskWasm],
  ];
  let failed = 0;
  for (const [what, got, limit] of checks) {
    const ok = got <= limit;
    failed += ok ? 0 : 1;
    console.log(`${ok ? "PASS" : "FAIL"} ${what}: ${got} B (${kib(got)} KiB), budget ${limit} B (${kib(limit)} KiB)`);
  }
  if (check && failed) {
    console.error(
      `\nsize budget exceeded: ${failed} of ${checks.length}. The page got heavier; find what grew with ` +
        "`node benches/browser/wasm-size.mjs` (wasm) or the table above, cut it, or raise the budget in scripts/sizes.mjs with the reason.",
    );
    process.exit(1);
  }
}
