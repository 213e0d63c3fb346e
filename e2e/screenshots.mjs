// Takes the README's screenshots of the built page: node e2e/screenshots.mjs
// Serves dist/ on 127.0.0.1, opens each view in headless Chromium, and writes
// docs/screenshots/<name>.png. Fails if a view does not become ready.
import fs from "node:fs";
import path from "node:path";
import { serve, launch, open, ROOT } from "./lib.mjs";

export const VIEWS = [
  { name: "phone", query: "", width: 390, height: 844, dpr: 3, fullPage: true },
  { name: "desktop", query: "", width: 1280, height: 800, dpr: 1, fullPage: true },
  { name: "kiosk-1080p", query: "?mode=kiosk", width: 1920, height: 1080, dpr: 1, fullPage: false },
  { name: "kiosk-4k", query: "?mode=kiosk", width: 3840, height: 2160, dpr: 1, fullPage: false },
];

const out = path.join(ROOT, "docs", "screenshots");
fs.mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const server = await serve();
const browser = await launch();
try {
  for (const v of VIEWS.filter((v) => only.length === 0 || only.includes(v.name))) {
    const { page, context, problems } = await open(browser, server.url + v.query, v);
    const state = await page.getAttribute("html", "data-viz-state");
    if (state !== "ready") throw new Error(`${v.name}: page state ${state}`);
    if (problems.length) throw new Error(`${v.name}: ${problems.join("; ")}`);
    const file = path.join(out, `${v.name}.png`);
    await page.screenshot({ path: file, fullPage: v.fullPage });
    console.log(`wrote ${path.relative(ROOT, file)} (${v.width}×${v.height} @${v.dpr}x)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
