// Shared by benches/browser/browser.mjs and benches/browser/profile.mjs: driving the built page and
// reading Chromium's main-thread costs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIST, publish } from "../../e2e/lib.mjs";
import { writeDatasets, SIZES } from "../gen-datasets.mjs";

export const VIEW = { width: 1280, height: 800 };
export const RESIZE_WIDTHS = [1024, 1280];

export const sleep = (t) => new Promise((r) => setTimeout(r, t));

export const median = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * A temporary copy of dist/ whose catalogue also lists the synthetic datasets,
 * written as sources into a copy of data/ and published into it by the native
 * command, as the build does. Returns { dir, entries, remove }.
 */
export function benchSite(dist = DIST, { synthetic = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "impact-atlas-bench-"));
  fs.cpSync(dist, dir, { recursive: true });
  let entries = [];
  if (synthetic) {
    const src = fs.mkdtempSync(path.join(os.tmpdir(), "impact-atlas-bench-source-"));
    fs.cpSync(path.join(path.dirname(DIST), "data"), src, { recursive: true });
    entries = writeDatasets(path.join(src, "datasets"), SIZES);
    const indexFile = path.join(src, "index.json");
    const index = JSON.parse(fs.readFileSync(indexFile, "utf8"));
    for (const e of entries) index.datasets.push({ id: e.id, file: e.file, title: e.title });
    fs.writeFileSync(indexFile, JSON.stringify(index, null, 2) + "\n");
    publish(src, path.join(dir, "data"));
    fs.rmSync(src, { recursive: true, force: true });
  }
  return { dir, entries, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Waits `n` animation frames and a short timeout, so a requested redraw has run. */
export const frames = (page, n = 3) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = () => (--n > 0 ? requestAnimationFrame(step) : setTimeout(resolve, 20));
        requestAnimationFrame(step);
      }),
    n,
  );

/** Cumulative main-thread times of the page's renderer, ms (CDP Performance metrics). */
export async function taskMs(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
  return {
    task: get("TaskDuration") * 1000,
    script: get("ScriptDuration") * 1000,
    layout: get("LayoutDuration") * 1000,
    style: get("RecalcStyleDuration") * 1000,
  };
}
export const diff = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));

/** Evenly spread pick of `n` items of `list`. */
export const spread = (list, n) =>
  list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);

/**
 * The map overlay's box and the programme countries' points in viewport px (from
 * #map-overlay[data-anchors], CSS px relative to the overlay), scrolled into view.
 */
export async function mapTargets(page) {
  await page.locator("#map-overlay").scrollIntoViewIfNeeded();
  const box = await page.locator("#map-overlay").boundingBox();
  const raw = (await page.getAttribute("#map-overlay", "data-anchors")) ?? "";
  const vp = page.viewportSize() ?? VIEW;
  const anchors = raw
    .split(";")
    .filter(Boolean)
    .map((s) => {
      const [code, xy] = s.split(":");
      const [x, y] = xy.split(",").map(Number);
      return { code, x: box.x + x, y: box.y + y };
    })
    .filter((a) => a.y > 0 && a.y < vp.height - 1 && a.x > 0 && a.x < vp.width - 1);
  return { box, anchors };
}

/**
 * A pointer path over the map: from a corner through up to 12 countries' points and
 * back, `steps` moves between points, so the hovered country changes many times.
 */
export function pointerPath(box, anchors, steps = 8) {
  const vp = VIEW;
  const corner = { x: box.x + 4, y: Math.min(box.y + 4, vp.height - 2) };
  const way = [corner, ...spread(anchors, 12), corner];
  const points = [];
  for (let i = 1; i < way.length; i++) {
    for (let s = 1; s <= steps; s++) {
      points.push({
        x: way[i - 1].x + ((way[i].x - way[i - 1].x) * s) / steps,
        y: way[i - 1].y + ((way[i].y - way[i - 1].y) * s) / steps,
      });
    }
  }
  return { corner, points };
}

/** Init script: keeps the wasm exports and collects long tasks (over 50 ms). */
export function installProbes() {
  window.__bench = { longtasks: [] };
  addEventListener("TrunkApplicationStarted", (e) => {
    window.__bench.wasm = e.detail.wasm;
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    /* no longtask support */
  }
}

/** Trace categories for main-thread tasks and what runs inside them. */
export const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"];
/** More detail (canvas, compositor, wasm compile, loading), at a higher cost. */
export const DEEP_TRACE_CATEGORIES = [...TRACE_CATEGORIES, "v8.wasm", "blink", "cc", "toplevel"];

const TASK_NAMES = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

/** Complete ("X") events of the renderer main thread(s) of a Chromium trace. */
export function mainThreadEvents(buffer) {
  const { traceEvents = [] } = JSON.parse(buffer.toString());
  const main = new Set();
  for (const e of traceEvents) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain") main.add(`${e.pid}:${e.tid}`);
  }
  return traceEvents.filter((e) => e.ph === "X" && main.has(`${e.pid}:${e.tid}`));
}

/** Longest task on the renderer main thread of a trace, ms. */
export function longestTask(events) {
  return events.filter((e) => TASK_NAMES.has(e.name)).reduce((m, e) => Math.max(m, (e.dur ?? 0) / 1000), 0);
}

/** Self time (ms) by event name on the main thread, nested events subtracted. */
export function selfTimes(events) {
  const byThread = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const self = new Map();
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    const close = (until) => {
      while (stack.length && stack[stack.length - 1].end <= until) {
        const top = stack.pop();
        self.set(top.name, (self.get(top.name) ?? 0) + top.self / 1000);
      }
    };
    for (const e of list) {
      const dur = e.dur ?? 0;
      close(e.ts);
      if (stack.length) stack[stack.length - 1].self -= dur;
      stack.push({ name: e.name, end: e.ts + dur, self: dur });
    }
    close(Infinity);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}
