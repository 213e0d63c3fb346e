// Shared helpers for the end-to-end tests, screenshots and the browser benchmark:
// a static server for dist/ on 127.0.0.1, and Debian's Chromium driven by
// playwright-core (which cannot download a browser here).
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import { writeDataset } from "../benches/gen-datasets.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// DIST=… serves another build (e.g. to check that a new test fails on an older one).
export const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".bin": "application/octet-stream",
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. `headers` are added to every response
 * (e.g. a Content-Security-Policy); `routes` maps a URL path to [type, body], or
 * to a function (req, res) that answers, and wins over files (used to serve broken
 * datasets, error statuses and redirects). The object may be changed while serving. The server closes itself after
 * `lifetimeMs` even if a test forgets to.
 */
export async function serve(dir = DIST, { headers = {}, routes = {}, prefix = "", lifetimeMs = 10 * 60_000 } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const route = routes[url.pathname];
    // With a prefix, dist/ is served from that sub-folder only, as on a host site.
    if (prefix && !route) {
      if (!url.pathname.startsWith(prefix + "/")) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      url.pathname = url.pathname.slice(prefix.length);
    }
    if (typeof route === "function") {
      route(req, res);
      return;
    }
    if (route) {
      res.writeHead(200, { "content-type": route[0], ...headers });
      res.end(route[1]);
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      // embed.js is loaded by partners' pages with an integrity check, which needs
      // CORS (as scripts/serve.py and the README's server lines send).
      const cors = path.basename(file) === "embed.js" ? { "access-control-allow-origin": "*" } : {};
      res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...cors, ...headers });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}/`,
    close: () => new Promise((resolve) => { clearTimeout(timer); server.close(resolve); server.closeAllConnections(); }),
  };
}

/**
 * A temporary copy of dist/ whose data/ is published again, by the native command
 * as the build does, from the repository's data/ plus `extra` source datasets:
 * each { id, json, tables } names a dataset JSON file and its CSV tables (paths).
 * The sources stay outside the served folder. Returns { dir, remove }.
 */
export function publishedSite(extra = [], dist = DIST) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "impact-atlas-site-"));
  const src = fs.mkdtempSync(path.join(os.tmpdir(), "impact-atlas-source-"));
  fs.cpSync(dist, dir, { recursive: true });
  fs.cpSync(path.join(ROOT, "data"), src, { recursive: true });
  const index = JSON.parse(fs.readFileSync(path.join(src, "index.json"), "utf8"));
  for (const { id, json, tables = [], title = id } of extra) {
    for (const f of [json, ...tables]) fs.copyFileSync(f, path.join(src, "datasets", path.basename(f)));
    index.datasets.push({ id, file: `datasets/${path.basename(json)}`, title });
  }
  fs.writeFileSync(path.join(src, "index.json"), JSON.stringify(index, null, 2));
  publish(src, path.join(dir, "data"));
  fs.rmSync(src, { recursive: true, force: true });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * publishedSite for datasets generated in memory (benches/gen-datasets.mjs), each
 * { dataset, title, json } (`json` replaces the dataset's own text), written to a
 * scratch folder that is removed once they are published.
 */
export function publishedGenerated(list, dist = DIST) {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), "impact-atlas-generated-"));
  try {
    return publishedSite(list.map(({ dataset, title, json }) => ({ ...writeDataset(src, dataset, json), title })), dist);
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
}

/** Runs `impact-atlas publish --data src --out out` (throws with its messages on failure). */
export function publish(src, out) {
  execFileSync("cargo", ["run", "--quiet", "--bin", "impact-atlas", "--", "publish", "--data", src, "--out", out], {
    cwd: ROOT, stdio: ["ignore", "ignore", "pipe"],
  });
}

const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--no-first-run", "--disable-quic", "--font-render-hinting=none",
];

export async function launch({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * Waits until `<html data-viz-state>` leaves "loading" and no chart waits to be
 * drawn (`data-charts="due"`: the standalone page draws its charts below the
 * fold in the task after ready, and a new size draws them after the map).
 */
export async function settled(page, timeout = 30_000) {
  await page.waitForFunction(
    () => document.documentElement.dataset.vizState !== "loading" && !document.documentElement.dataset.charts,
    null,
    { timeout },
  );
}

/**
 * Opens `url` in a new page and records console errors and failed requests.
 * Resolves once `<html data-viz-state>` leaves "loading" (ready or error) and the
 * charts are drawn (`settled`).
 */
export async function open(browser, url, { width = 1280, height = 800, dpr = 1, media = {}, before } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, ...media });
  const page = await context.newPage();
  if (before) await before(page);
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url);
  await settled(page);
  return { context, page, problems };
}

/**
 * For a test file: serves dist/ and starts Chromium before its tests, stops both
 * after. Returns an object whose `server` and `browser` are set once started.
 */
export function usePage() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Parses a `data-anchors` / `data-targets` attribute ("KEY:x,y;…", CSS px). */
export function points(attr) {
  return Object.fromEntries((attr ?? "").split(";").filter(Boolean).map((s) => {
    const [key, xy] = s.split(":");
    const [x, y] = xy.split(",").map(Number);
    return [key, { x, y }];
  }));
}
