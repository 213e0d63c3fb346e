// Where the main-thread time of the built page goes: loads one page in headless
// Chromium, then for each phase (load, pointer moves, selection clicks, resizes)
// records a Chromium trace and a CPU profile and prints the largest self times by
// trace event (style, layout, paint, script …) and by function (JS and wasm).
// A diagnostic for docs/PERFORMANCE.md, not a measurement: tracing and profiling
// slow the page down.
//
//   node benches/browser/profile.mjs [--data ID] [--named-wasm FILE] [--top N] [--deep]
//
// --deep adds Blink, compositor and wasm-compile trace categories (much slower).
//
// --named-wasm swaps in a wasm file with a name section (scripts/bench.sh builds
// one as target/bench/wasm/impact-atlas-named.wasm: the release build optimised
// with `wasm-opt -Oz -g`), so wasm functions show by their Rust names. It must come
// from the same wasm-bindgen build as dist/'s JS glue.
import fs from "node:fs";
import path from "node:path";
import { serve, launch, ROOT } from "../../e2e/lib.mjs";
import {
  VIEW, RESIZE_WIDTHS, benchSite, frames, mapTargets, pointerPath, spread, sleep,
  TRACE_CATEGORIES, DEEP_TRACE_CATEGORIES, mainThreadEvents, selfTimes, longestTask,
} from "./page.mjs";

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const DATA = opt("data", null);
const NAMED = opt("named-wasm", null);
const TOP = Number(opt("top", 14));
const DEEP = argv.includes("--deep");

/** Self and inclusive time (ms) by function from a CDP CPU profile. */
function functionTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const fn = f.functionName || "(anonymous)";
    // Rust names: drop the hash suffix.
    return fn.replace(/::h[0-9a-f]{16}$/, "");
  };
  const self = new Map();
  const incl = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    let id = samples[i];
    const top = nodes.get(id);
    if (!top) continue;
    const k = name(top);
    if (k === "(idle)" || k === "(program)") continue;
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    while (id !== undefined) {
      const n = nodes.get(id);
      const nk = name(n);
      if (!seen.has(nk)) {
        seen.add(nk);
        incl.set(nk, (incl.get(nk) ?? 0) + dt);
      }
      id = parent.get(id);
    }
  }
  const sort = (m) => [...m.entries()].filter(([k]) => k !== "(root)").sort((a, b) => b[1] - a[1]);
  return { self: sort(self), incl: sort(incl) };
}

async function main() {
  const site = benchSite(undefined, { synthetic: true });
  if (NAMED) {
    const wasm = fs.readdirSync(site.dir).find((f) => f.startsWith("impact-atlas-") && f.endsWith("_bg.wasm"));
    fs.copyFileSync(NAMED, path.join(site.dir, wasm));
    // The built glue knows the wasm's imports by the short names scripts/minify.mjs
    // gave them; the named wasm keeps wasm-bindgen's, which its own glue uses.
    const glue = wasm.replace(/_bg\.wasm$/, ".js");
    fs.copyFileSync(path.join(ROOT, "target", "wasm-bindgen", "release", "impact-atlas.js"), path.join(site.dir, glue));
    const index = path.join(site.dir, "index.html");
    fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace(/ integrity="[^"]*"/g, ""));
  }
  const server = await serve(site.dir);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: VIEW, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    const phases = [];
    const phase = async (label, body) => {
      await browser.startTracing(page, { categories: DEEP ? DEEP_TRACE_CATEGORIES : TRACE_CATEGORIES });
      await cdp.send("Profiler.start");
      const n = await body();
      const { profile } = await cdp.send("Profiler.stop");
      const events = mainThreadEvents(await browser.stopTracing());
      phases.push({ label, n, events, profile });
    };

    await phase("load (navigation to viz-ready)", async () => {
      await page.goto(server.url + (DATA ? `?data=${DATA}` : ""));
      await page.waitForFunction(() => document.documentElement.dataset.vizState !== "loading", null, { timeout: 60_000 });
      const state = await page.evaluate(() => document.documentElement.dataset.vizState);
      if (state !== "ready") throw new Error(`page state ${state}`);
      return 1;
    });
    await sleep(300);
    const { box, anchors } = await mapTargets(page);
    const { corner, points } = pointerPath(box, anchors);
    await page.mouse.move(corner.x, corner.y);
    await frames(page);
    await phase("pointer moves", async () => {
      for (const p of points) await page.mouse.move(p.x, p.y);
      await frames(page);
      return points.length;
    });
    const clicks = spread(anchors, 6);
    await phase("selection clicks", async () => {
      for (const a of clicks) {
        await page.mouse.click(a.x, a.y);
        await frames(page);
      }
      return clicks.length;
    });
    await phase("resizes", async () => {
      for (let i = 0; i < 6; i++) {
        await page.setViewportSize({ width: RESIZE_WIDTHS[i % 2], height: VIEW.height });
        await frames(page, 4);
        await sleep(50);
      }
      return 6;
    });
    await context.close();

    for (const p of phases) {
      const total = selfTimes(p.events);
      const sum = total.reduce((s, [, v]) => s + v, 0);
      console.log(`\n== ${DATA ?? "default"}: ${p.label} (${p.n}×); longest task ${longestTask(p.events).toFixed(1)} ms; traced main-thread time ${(sum / p.n).toFixed(2)} ms each`);
      console.log("  trace events, self ms per interaction:");
      for (const [k, v] of total.slice(0, TOP)) console.log(`    ${(v / p.n).toFixed(2).padStart(8)}  ${k}`);
      const f = functionTimes(p.profile);
      console.log("  functions, inclusive ms per interaction (sampled):");
      for (const [k, v] of f.incl.slice(0, TOP)) console.log(`    ${(v / p.n).toFixed(2).padStart(8)}  ${k.slice(0, 110)}`);
      console.log("  functions, self ms per interaction (sampled):");
      for (const [k, v] of f.self.slice(0, TOP)) console.log(`    ${(v / p.n).toFixed(2).padStart(8)}  ${k.slice(0, 110)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exit(1);
});
