// Browser benchmark of the built page (run by scripts/bench.sh; not a test).
//
// Copies dist/ to a temporary folder, adds the synthetic datasets of
// benches/gen-datasets.mjs to its catalogue (the repository's data/ is untouched),
// serves it on 127.0.0.1 and loads each dataset several times in headless Chromium,
// each time in a new browser context (cold cache). For every load it records:
//   - bytes of every response, raw and gzip -9 (node's zlib), by type;
//   - time to performance.mark("viz-ready");
//   - JS heap (CDP Runtime.getHeapUsage after a GC) and wasm linear memory
//     (the WebAssembly.Memory among TrunkApplicationStarted's e.detail.wasm exports);
//   - main-thread task time (CDP Performance metric TaskDuration, deltas) per
//     pointer move over the map, per selection click on a country's point (from
//     #map-overlay[data-anchors]) and per resize between two widths;
//   - the longest main-thread task after ready (PerformanceObserver "longtask",
//     which sees tasks over 50 ms, and a Chromium trace of the interaction phase
//     for the longest task of any length).
// Prints medians, budgets with PASS/FAIL, and the scaling check; writes the figures
// to target/bench/browser-latest.{json,md}. Exits 0 when budgets fail (it reports)
// and 1 only when a page fails to load.
//
// A floor page (one canvas and a few lines of text, no wasm; written into the
// served copy as floor.html) is loaded in the same rounds, and time to ready is
// also given as a multiple of it: what the page costs over the least any page
// with a drawing costs on this machine at this moment.
//
// Options: --runs N (default 5)  --only id,id  --dist DIR (default dist/)
//          --out DIR (default target/bench)  --no-scaling  --no-trace (no traced pass)
//          --throttle R  (Chromium's CPU slowed R times, CDP Emulation.setCPUThrottlingRate,
//                         as Lighthouse does for a mid-range phone with R = 4; the
//                         figures go to browser-throttled-Rx.{json,md})
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import crypto from "node:crypto";
import { serve, launch, DIST, ROOT } from "../../e2e/lib.mjs";
import {
  VIEW, RESIZE_WIDTHS, benchSite, frames, taskMs, diff, median, spread, sleep, mapTargets, pointerPath,
  installProbes, TRACE_CATEGORIES, mainThreadEvents, longestTask,
} from "./page.mjs";

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const RUNS = Number(opt("runs", process.env.BENCH_RUNS ?? 5));
const ONLY = opt("only", null)?.split(",");
const DIST_DIR = path.resolve(opt("dist", DIST));
const SCALING = !argv.includes("--no-scaling");
const TRACE = !argv.includes("--no-trace");
const OUT_DIR = path.resolve(opt("out", path.join(ROOT, "target", "bench")));
const THROTTLE = Number(opt("throttle", 1));
const OUT_NAME = THROTTLE > 1 ? `browser-throttled-${THROTTLE}x` : "browser-latest";


/** Budgets (issues 8 and 15). Bytes in KiB of gzip -9; times in ms of main-thread work. */
export const BUDGETS = {
  gzipKiB: 110,
  demoOverDefaultKiB: 5,
  readyOverFloor: 3,
  throttledReadyMs: 1000,
  longTaskMs: 50,
  moveMs: 2,
  clickMs: 16,
  resizeFrameMs: 16,
  scalingFactor: 2,
};

/** The floor page: one canvas and a few lines of text, no wasm, marks viz-ready. */
const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor</title>
<script src="floor.js" defer></script></head>
<body><h1>Floor page</h1><p>One canvas and a few lines of text, no WebAssembly.</p>
<canvas id="c" width="800" height="500"></canvas><p>Source: none.</p></body></html>
`;
const FLOOR_JS = `const g = document.getElementById("c").getContext("2d");
g.fillStyle = "#2a6"; g.fillRect(40, 40, 300, 200); g.fillStyle = "#000"; g.font = "16px sans-serif"; g.fillText("floor", 60, 280);
document.documentElement.dataset.vizState = "ready"; performance.mark("viz-ready");
`;

// ---------------------------------------------------------------- helpers
const max = (xs) => xs.reduce((a, b) => Math.max(a, b), 0);
const kib = (b) => (b / 1024).toFixed(1);
const mb = (b) => (b / 1e6).toFixed(2);
const ms = (x, d = 2) => (x == null ? "—" : x.toFixed(d));

function kindOf(url) {
  const p = new URL(url).pathname;
  if (p.endsWith(".wasm")) return "wasm";
  if (p.endsWith(".js") || p.endsWith(".mjs")) return "js";
  if (p.endsWith(".css")) return "css";
  if (p.includes("/data/geo/")) return "geo";
  if (p.includes("/data/") && (p.endsWith(".json") || p.endsWith(".csv"))) return "data";
  if (p.endsWith("/") || p.endsWith(".html")) return "html";
  return "other";
}
const KINDS = ["wasm", "js", "css", "html", "data", "geo", "other"];

/** gzip -9 and brotli 11 sizes of a body (remembered: every load fetches the same files). */
const seen = new Map();
function compressed(body) {
  const key = crypto.createHash("sha1").update(body).digest("hex");
  if (!seen.has(key)) {
    seen.set(key, {
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return seen.get(key);
}

/**
 * The interactions, each followed by waiting for the frames it asks for: pointer
 * moves along `path`, clicks on `clicks`, resizes between RESIZE_WIDTHS. With
 * `cdp`, returns each one's main-thread task time less `frameCost` (what waiting
 * for frames costs by itself).
 */
async function interact(page, cdp, { corner, points }, clicks, frameCost = 0) {
  const cost = async (body) => {
    const a = cdp ? await taskMs(cdp) : null;
    await body();
    return a ? diff(a, await taskMs(cdp)) : null;
  };
  await page.mouse.move(corner.x, corner.y);
  await frames(page);
  const moved = await cost(async () => {
    for (const p of points) await page.mouse.move(p.x, p.y);
    await frames(page);
  });
  const clicked = [];
  for (const a of clicks) {
    const d = await cost(async () => {
      await page.mouse.click(a.x, a.y);
      await frames(page);
    });
    clicked.push({ code: a.code, ...d });
  }
  // A settled resize: one width change, then wait until the page has redrawn at
  // the new size (it waits for the size to hold still first, src/web/mod.rs).
  const resized = [];
  for (let i = 0; i < 6; i++) {
    const width = RESIZE_WIDTHS[i % 2];
    const d = await cost(async () => {
      await page.setViewportSize({ width, height: VIEW.height });
      await frames(page, 4);
      await sleep(300);
      await frames(page, 2);
    });
    resized.push({ width, ...d });
  }
  // A live resize: the width changes on every frame (a window edge dragged), 24
  // steps between the two widths; the cost is per frame, before the settled redraw.
  const live = await cost(async () => {
    for (let k = 1; k <= LIVE_STEPS; k++) {
      const width = Math.round(RESIZE_WIDTHS[1] + ((RESIZE_WIDTHS[0] - RESIZE_WIDTHS[1]) * k) / LIVE_STEPS);
      await page.setViewportSize({ width, height: VIEW.height });
      await frames(page, 1);
    }
  });
  await page.setViewportSize(VIEW);
  await frames(page);
  if (!cdp) return null;
  const net = (d) => d.task - frameCost;
  return {
    move: { n: points.length, ms: (moved.task - frameCost) / points.length, scriptMs: moved.script / points.length },
    clicks: clicked.map((d) => ({ code: d.code, ms: net(d), scriptMs: d.script, layoutMs: d.layout + d.style })),
    resizes: resized.map((d) => ({ width: d.width, ms: net(d), scriptMs: d.script, layoutMs: d.layout + d.style })),
    liveFrameMs: (live.task - (LIVE_STEPS * frameCost) / 3) / LIVE_STEPS,
  };
}

const LIVE_STEPS = 24;

// ---------------------------------------------------------------- one load
async function measure(browser, url, { floor = false } = {}) {
  const context = await browser.newContext({ viewport: VIEW, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  const problems = [];
  const bodies = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    bodies.push(
      r.body().then(
        (b) => ({ url: r.url(), status: r.status(), body: b }),
        (e) => ({ url: r.url(), status: r.status(), error: String(e) }),
      ),
    );
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  if (THROTTLE > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });

  await page.goto(url);
  // (The floor page sets data-viz-state only when it is ready.)
  await page.waitForFunction(() => (document.documentElement.dataset.vizState ?? "loading") !== "loading", null, { timeout: 120_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.vizState);
  if (state !== "ready") {
    const status = await page.evaluate(() => document.getElementById("status")?.textContent ?? "");
    await context.close();
    throw new Error(`${url}: data-viz-state="${state}": ${status} ${problems.join("; ")}`);
  }
  const load = await page.evaluate(() => {
    const ready = performance.getEntriesByName("viz-ready")[0]?.startTime ?? null;
    const res = performance.getEntriesByType("resource").map((e) => [e.name, e.responseEnd]);
    const end = (re) => Math.max(0, ...res.filter(([n]) => re.test(n)).map(([, t]) => t));
    return {
      ready,
      wasmLoaded: end(/\.wasm$/),
      dataLoaded: end(/\/data\/(?!geo\/)[^/]+\.json/),
      geoLoaded: end(/\/data\/geo\//),
      problemsShown: !document.getElementById("problems")?.hidden,
    };
  });
  // Let anything the page does just after ready run (and count for the longest task).
  await sleep(500);
  if (floor) {
    await context.close();
    return { load, floor: true };
  }

  // Bytes, by type.
  const responses = await Promise.all(bodies);
  const bytes = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, brotli: 0, files: 0 }]));
  for (const r of responses) {
    if (!r.body) continue;
    const k = kindOf(r.url);
    bytes[k].raw += r.body.length;
    const c = compressed(r.body);
    bytes[k].gzip += c.gzip;
    bytes[k].brotli += c.brotli;
    bytes[k].files += 1;
  }
  bytes.total = {
    raw: KINDS.reduce((s, k) => s + bytes[k].raw, 0),
    gzip: KINDS.reduce((s, k) => s + bytes[k].gzip, 0),
    brotli: KINDS.reduce((s, k) => s + bytes[k].brotli, 0),
    files: KINDS.reduce((s, k) => s + bytes[k].files, 0),
  };

  // Memory after a full GC.
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  // The wasm's memory, found by its type: scripts/minify.mjs renames the exports.
  const wasmBytes = await page.evaluate(() =>
    Object.values(window.__bench.wasm ?? {}).find((v) => v instanceof WebAssembly.Memory)?.buffer?.byteLength ?? null);

  // What waiting for frames costs with nothing to draw; taken off every measurement.
  const baseline = [];
  for (let i = 0; i < 3; i++) {
    const a = await taskMs(cdp);
    await frames(page);
    baseline.push(diff(a, await taskMs(cdp)).task);
  }
  const frameCost = median(baseline);

  const { box, anchors } = await mapTargets(page);
  const path_ = pointerPath(box, anchors);
  const clickAt = spread(anchors, 6);
  // Pass 1 measures; pass 2 repeats it under a trace for the longest task of any
  // length (tracing slows the page, so pass 2's costs are not used).
  const costs = await interact(page, cdp, path_, clickAt, frameCost);
  const selected = await page.evaluate(() => new URLSearchParams(location.search).get("country"));
  let longestTraced = 0;
  if (TRACE) {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await interact(page, null, path_, clickAt);
    longestTraced = longestTask(mainThreadEvents(await browser.stopTracing()));
  }
  const longtasks = await page.evaluate((ready) => window.__bench.longtasks.filter(([s]) => s >= ready), load.ready);
  await context.close();
  return {
    load,
    bytes,
    heapUsed: heap.usedSize,
    wasmBytes,
    frameCost,
    move: costs.move,
    clicks: costs.clicks,
    clickMs: median(costs.clicks.map((c) => c.ms)),
    clickMaxMs: max(costs.clicks.map((c) => c.ms)),
    selected,
    resizes: costs.resizes,
    resizeMs: median(costs.resizes.map((r) => r.ms)),
    resizeMaxMs: max(costs.resizes.map((r) => r.ms)),
    liveFrameMs: costs.liveFrameMs,
    longtasksAfterReady: longtasks,
    longestTracedMs: longestTraced,
    longestTaskMs: Math.max(longestTraced, ...longtasks.map(([, d]) => d)),
    anchors: anchors.length,
    problems,
  };
}

// ---------------------------------------------------------------- summary
function summarise(runs) {
  const pick = (f) => median(runs.map(f));
  const bytes = {};
  for (const k of [...KINDS, "total"]) {
    bytes[k] = {
      raw: pick((r) => r.bytes[k].raw),
      gzip: pick((r) => r.bytes[k].gzip),
      brotli: pick((r) => r.bytes[k].brotli),
      files: pick((r) => r.bytes[k].files),
    };
  }
  return {
    runs: runs.length,
    readyMs: pick((r) => r.load.ready),
    wasmLoadedMs: pick((r) => r.load.wasmLoaded),
    dataLoadedMs: pick((r) => r.load.dataLoaded),
    geoLoadedMs: pick((r) => r.load.geoLoaded),
    heapUsed: pick((r) => r.heapUsed),
    wasmBytes: pick((r) => r.wasmBytes),
    moveMs: pick((r) => r.move.ms),
    moveScriptMs: pick((r) => r.move.scriptMs),
    moves: runs[0].move.n,
    clickMs: pick((r) => r.clickMs),
    clickMaxMs: pick((r) => r.clickMaxMs),
    resizeMs: pick((r) => r.resizeMs),
    resizeMaxMs: pick((r) => r.resizeMaxMs),
    liveFrameMs: pick((r) => r.liveFrameMs),
    resizeScriptMs: pick((r) => median(r.resizes.map((x) => x.scriptMs))),
    resizeLayoutMs: pick((r) => median(r.resizes.map((x) => x.layoutMs))),
    clickScriptMs: pick((r) => median(r.clicks.map((x) => x.scriptMs))),
    longestTaskMs: pick((r) => r.longestTaskMs),
    longestTaskWorstMs: max(runs.map((r) => r.longestTaskMs)),
    longtasks: runs.reduce((s, r) => s + r.longtasksAfterReady.length, 0),
    frameCostMs: pick((r) => r.frameCost),
    anchors: runs[0].anchors,
    problemsShown: runs.some((r) => r.load.problemsShown),
    bytes,
  };
}

function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join("  ");
  const md = (r) => `| ${r.join(" | ")} |`;
  return {
    text: [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n"),
    md: [md(head), md(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(md)].join("\n"),
  };
}

// ---------------------------------------------------------------- main
async function main() {
  if (!fs.existsSync(path.join(DIST_DIR, "index.html"))) throw new Error(`${DIST_DIR}/index.html missing: run scripts/build.sh first`);
  const site = benchSite(DIST_DIR, { synthetic: SCALING });
  const scenarios = [{ id: "default", label: "default page (prodef)", query: "", countries: 9, years: null }];
  scenarios.push({ id: "demo", label: "demo (9 countries, 6 years)", query: "?data=demo", countries: 9, years: 6 });
  for (const e of site.entries) {
    scenarios.push({ id: e.id, label: `${e.asked}x${e.years} (${e.countries} countries, ${e.years} years)`, query: `?data=${e.id}`, countries: e.countries, years: e.years, asked: e.asked });
  }
  const chosen = ONLY ? scenarios.filter((s) => ONLY.includes(s.id)) : scenarios;
  fs.writeFileSync(path.join(site.dir, "floor.html"), FLOOR_HTML);
  fs.writeFileSync(path.join(site.dir, "floor.js"), FLOOR_JS);
  const floorReady = [];

  const server = await serve(site.dir, { lifetimeMs: 60 * 60_000 });
  const browser = await launch();
  const version = browser.version();
  console.error(`[bench] Chromium ${version}; ${RUNS} cold loads of each of ${chosen.length} pages and the floor page at ${VIEW.width}x${VIEW.height}${THROTTLE > 1 ? `, CPU throttled ${THROTTLE}×` : ""}`);
  const results = Object.fromEntries(chosen.map((s) => [s.id, []]));
  let failed = null;
  try {
    // Round robin, so a slow spell of the machine does not fall on one page only.
    for (let run = 0; run < RUNS && !failed; run++) {
      try {
        const f = await measure(browser, `${server.url}floor.html`, { floor: true });
        floorReady.push(f.load.ready);
        console.error(`[bench] run ${run + 1}/${RUNS} floor: ready ${ms(f.load.ready, 0)} ms`);
      } catch (e) {
        failed = e;
        break;
      }
      for (const s of chosen) {
        const url = `${server.url}${s.query}`;
        try {
          const r = await measure(browser, url);
          results[s.id].push(r);
          console.error(`[bench] run ${run + 1}/${RUNS} ${s.id}: ready ${ms(r.load.ready, 0)} ms, move ${ms(r.move.ms)} ms, click ${ms(r.clickMs)} ms, live resize ${ms(r.liveFrameMs)} ms/frame, settled resize ${ms(r.resizeMs)} ms, longest task ${ms(r.longestTaskMs, 1)} ms`);
          if (r.problems.length) console.error(`[bench]   page problems: ${r.problems.join("; ")}`);
        } catch (e) {
          failed = e;
          break;
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
  if (failed) {
    console.error(`[bench] the page failed to load: ${failed.message}`);
    process.exit(1);
  }

  const sum = Object.fromEntries(chosen.map((s) => [s.id, summarise(results[s.id])]));
  const out = [];
  const say = (s = "") => {
    out.push(s);
    console.log(s);
  };
  const md = [];

  // Bytes of the default page.
  const def = sum.default ?? sum[chosen[0].id];
  const defId = sum.default ? "default" : chosen[0].id;
  const bt = table(
    ["type", "files", "raw bytes", "gzip -9 bytes", "gzip KiB", "brotli 11 KiB"],
    [...KINDS.filter((k) => def.bytes[k].files), "total"].map((k) => [k, def.bytes[k].files, def.bytes[k].raw, def.bytes[k].gzip, kib(def.bytes[k].gzip), kib(def.bytes[k].brotli)]),
  );
  say(`Bytes transferred, ${defId} page (median of ${def.runs} cold loads)`);
  say(bt.text);
  md.push(`### Bytes transferred, ${defId} page (median of ${def.runs} cold loads)\n\n${bt.md}`);

  // Per page.
  const floorMs = median(floorReady);
  const pages = table(
    ["page", "ready ms", "× floor", "JS heap MB", "wasm MB", "move ms", "click ms", "click max", "live resize ms/frame", "settled resize ms", "resize max", "longest task ms", "all gzip KiB", "data+geo gzip KiB"],
    [
      ["floor", ms(floorMs, 0), "1.00", "", "", "", "", "", "", "", "", "", "", ""],
      ...chosen.map((s) => {
        const x = sum[s.id];
        return [s.id, ms(x.readyMs, 0), (x.readyMs / floorMs).toFixed(2), mb(x.heapUsed), mb(x.wasmBytes), ms(x.moveMs), ms(x.clickMs, 1), ms(x.clickMaxMs, 1), ms(x.liveFrameMs, 1), ms(x.resizeMs, 1), ms(x.resizeMaxMs, 1), ms(x.longestTaskMs, 1), kib(x.bytes.total.gzip), kib(x.bytes.data.gzip + x.bytes.geo.gzip)];
      }),
    ],
  );
  say("");
  say(`Per page (medians of ${RUNS} runs; main-thread task time per interaction)`);
  say(pages.text);
  md.push(`### Per page (medians of ${RUNS} runs; main-thread task time per interaction)\n\n${pages.md}`);

  // Load breakdown.
  const br = table(
    ["page", "wasm loaded ms", "data loaded ms", "geo loaded ms", "ready ms", "move script ms", "click script ms", "resize script ms", "resize style+layout ms"],
    chosen.map((s) => {
      const x = sum[s.id];
      return [s.id, ms(x.wasmLoadedMs, 0), ms(x.dataLoadedMs, 0), ms(x.geoLoadedMs, 0), ms(x.readyMs, 0), ms(x.moveScriptMs), ms(x.clickScriptMs, 1), ms(x.resizeScriptMs, 1), ms(x.resizeLayoutMs, 1)];
    }),
  );
  say("");
  say("Where the time goes (medians; resource timings are responseEnd since navigation)");
  say(br.text);
  md.push(`### Where the time goes (medians; resource timings are responseEnd since navigation)\n\n${br.md}`);

  // Budgets, on the default page.
  const verdict = (ok) => (ok ? "PASS" : "FAIL");
  const budgets = [
    ["all bytes, gzip", `≤ ${BUDGETS.gzipKiB} KiB`, `${kib(def.bytes.total.gzip)} KiB`, def.bytes.total.gzip <= BUDGETS.gzipKiB * 1024],
    ["time to ready, × floor page", `≤ ${BUDGETS.readyOverFloor}×`, `${(def.readyMs / floorMs).toFixed(2)}× (${ms(def.readyMs, 0)} / ${ms(floorMs, 0)} ms)`, def.readyMs <= BUDGETS.readyOverFloor * floorMs],
    ["longest task after ready", `≤ ${BUDGETS.longTaskMs} ms`, `${ms(def.longestTaskWorstMs, 1)} ms (worst of ${def.runs})`, def.longestTaskWorstMs <= BUDGETS.longTaskMs],
    ["pointer move, main thread", `≤ ${BUDGETS.moveMs} ms`, `${ms(def.moveMs)} ms`, def.moveMs <= BUDGETS.moveMs],
    ["selection click, main thread", `≤ ${BUDGETS.clickMs} ms`, `${ms(def.clickMs, 1)} ms`, def.clickMs <= BUDGETS.clickMs],
    ["live resize, main thread per frame", `≤ ${BUDGETS.resizeFrameMs} ms`, `${ms(def.liveFrameMs, 1)} ms`, def.liveFrameMs <= BUDGETS.resizeFrameMs],
  ];
  if (sum.demo && sum.default) {
    const over = sum.demo.bytes.total.gzip - def.bytes.total.gzip;
    budgets.splice(1, 0, ["demo page over default, gzip", `≤ ${BUDGETS.demoOverDefaultKiB} KiB`, `${kib(over)} KiB`, over <= BUDGETS.demoOverDefaultKiB * 1024]);
  }
  if (THROTTLE > 1) {
    budgets.push([`time to ready, CPU ${THROTTLE}× slower`, `≤ ${BUDGETS.throttledReadyMs} ms`, `${ms(def.readyMs, 0)} ms`, def.readyMs <= BUDGETS.throttledReadyMs]);
  }
  const bud = table(["budget (default page)", "limit", "measured", "result"], budgets.map(([a, b, c, ok]) => [a, b, c, verdict(ok)]));
  say("");
  say("Budgets");
  say(bud.text);
  md.push(`### Budgets\n\n${bud.md}`);

  // Scaling: the largest synthetic dataset against the default page.
  let scaling = null;
  const big = chosen.find((s) => s.asked === 250 && s.years === 30);
  if (big && sum.default) {
    const b = sum[big.id];
    const f = BUDGETS.scalingFactor;
    const rows = [
      ["time to ready", def.readyMs, b.readyMs, 0],
      ["pointer move", def.moveMs, b.moveMs, 2],
      ["selection click", def.clickMs, b.clickMs, 1],
      ["settled resize redraw", def.resizeMs, b.resizeMs, 1],
      ["live resize per frame", def.liveFrameMs, b.liveFrameMs, 1],
    ];
    scaling = rows.map(([what, a, c, d]) => ({ what, default: a, big: c, ratio: c / a, pass: c <= f * a, digits: d }));
    const st = table(
      ["measure", "default ms", `${big.id} ms`, "ratio", `limit`, "result"],
      scaling.map((r) => [r.what, ms(r.default, r.digits), ms(r.big, r.digits), `${r.ratio.toFixed(2)}×`, `≤ ${f}×`, verdict(r.pass)]),
    );
    say("");
    say(`Scaling: ${big.label} against the default page`);
    say(st.text);
    md.push(`### Scaling: ${big.label} against the default page\n\n${st.md}`);
  }

  const warnings = chosen.filter((s) => sum[s.id].problemsShown).map((s) => s.id);
  if (warnings.length) say(`\nnote: the page listed dataset problems for ${warnings.join(", ")}`);

  const env = {
    date: new Date().toISOString(),
    chromium: version,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    throttle: THROTTLE,
    load: os.loadavg().map((x) => x.toFixed(1)).join(" "),
    viewport: VIEW,
    runs: RUNS,
    wasm: fs
      .readdirSync(DIST_DIR)
      .filter((f) => f.endsWith("_bg.wasm"))
      .map((f) => `${f} (${fs.statSync(path.join(DIST_DIR, f)).size} B)`)
      .join(", "),
  };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, `${OUT_NAME}.json`), JSON.stringify({ env, budgets: BUDGETS, scenarios: chosen, floorReady, summary: sum, scaling, runs: results }, null, 1));
  fs.writeFileSync(path.join(OUT_DIR, `${OUT_NAME}.md`), `Run ${env.date}: Chromium ${env.chromium}, ${env.cpus} cores, load ${env.load}, ${env.memGiB} GiB, ${RUNS} runs per page${THROTTLE > 1 ? `, CPU throttled ${THROTTLE}×` : ""}; ${env.wasm}.\n\n${md.join("\n\n")}\n`);
  console.error(`\n[bench] figures written to ${path.relative(ROOT, OUT_DIR)}/${OUT_NAME}.{json,md}`);
}

main().catch((e) => {
  console.error(`[bench] ${e.stack ?? e}`);
  process.exit(1);
});
