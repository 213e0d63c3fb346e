// Takes the README's screenshots of the built page: node e2e/screenshots.mjs [name…]
// Serves dist/ on 127.0.0.1, opens each view in headless Chromium, and writes
// docs/screenshots/<name>.png. Fails if a view does not become ready or logs an error.
import fs from "node:fs";
import path from "node:path";
import { serve, launch, open, ROOT } from "./lib.mjs";

const VIEWS = [
  { name: "phone", query: "?lang=en", width: 390, height: 844, dpr: 3, fullPage: true },
  { name: "desktop", query: "?lang=en", width: 1280, height: 800, dpr: 1, fullPage: true },
  { name: "desktop-demo-fr", query: "?lang=fr&data=demo&country=HTI", width: 1280, height: 800, dpr: 1, fullPage: true },
  { name: "kiosk-1080p", query: "?mode=kiosk&lang=en&data=demo", width: 1920, height: 1080, dpr: 1 },
  { name: "kiosk-4k", query: "?mode=kiosk&lang=en", width: 3840, height: 2160, dpr: 1 },
  // Six scenes into the tour (fake clock): the map flown to Costa Rica.
  { name: "kiosk-country", query: "?mode=kiosk&lang=en", width: 1920, height: 1080, dpr: 1, advanceMs: 42_000 },
  { name: "embed", host: true, width: 720, height: 900, dpr: 1, fullPage: true },
  { name: "print", query: "?lang=en", width: 800, height: 1100, dpr: 1, fullPage: true, print: true },
  // The staff guide's pictures (docs/STAFF-GUIDE.md): the preview asking for tables,
  // listing problems, quoting a syntax mistake, and showing a dataset without errors.
  { name: "staff-preview-needs-tables", query: "?lang=en", width: 900, height: 700, dpr: 1, panel: true, pick: ["data/datasets/demo.json"] },
  { name: "staff-preview-problems", query: "?lang=en", width: 900, height: 700, dpr: 1, panel: true, pick: ["tests/bad/many-problems.json", "tests/bad/many-problems-by-country.csv", "tests/bad/many-problems-by-year.csv"] },
  { name: "staff-preview-syntax", query: "?lang=en", width: 900, height: 700, dpr: 1, panel: true, pick: ["tests/bad/syntax-thousands-separator.json"] },
  { name: "staff-preview-workbook", query: "?lang=en", width: 900, height: 700, dpr: 1, panel: true, pick: ["tests/bad/xlsx-fraction.json", "tests/bad/xlsx-fraction-tables.xlsx"] },
  { name: "staff-preview-ok", query: "?lang=en", width: 1280, height: 800, dpr: 1, pick: ["data/datasets/demo.json", "data/datasets/demo-by-country.csv", "data/datasets/demo-by-year.csv"] },
];

const out = path.join(ROOT, "docs", "screenshots");
fs.mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const server = await serve();
const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner news</title></head>
<body style="margin:0 auto;max-width:680px;padding:20px;font-family:Georgia,serif"><h1>Our partners' news</h1>
<p>An article on a partner's website, with the results embedded below.</p>
<iframe id="atlas" src="${server.url}?mode=embed" title="PRODEF results" style="width:100%;border:0"></iframe>
<p>The article goes on after the embed.</p><script src="${server.url}embed.js" async></script></body></html>`;
const host = await serve(undefined, { routes: { "/": ["text/html; charset=utf-8", hostPage] } });
const browser = await launch();
try {
  for (const v of VIEWS.filter((v) => only.length === 0 || only.includes(v.name))) {
    let page, context, problems;
    if (v.host) {
      context = await browser.newContext({ viewport: { width: v.width, height: v.height }, deviceScaleFactor: v.dpr });
      page = await context.newPage();
      problems = [];
      await page.goto(host.url);
      await page.frameLocator("#atlas").locator("html[data-viz-state=ready][lang=en]").waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300); // let embed.js apply the last height
    } else {
      const before = v.advanceMs ? (p) => p.clock.install() : undefined;
      ({ page, context, problems } = await open(browser, server.url + v.query, { ...v, before }));
      if (v.advanceMs) await page.clock.runFor(v.advanceMs);
      const state = await page.getAttribute("html", "data-viz-state");
      if (state !== "ready") throw new Error(`${v.name}: page state ${state}`);
    }
    if (problems.length) throw new Error(`${v.name}: ${problems.join("; ")}`);
    if (v.print) await page.emulateMedia({ media: "print" });
    if (v.pick) {
      await page.locator(".preview summary").click();
      await page.setInputFiles("#preview-input", v.pick.map((f) => path.join(ROOT, f)));
      await page.locator("#preview-panel:not([hidden])").waitFor();
      // The staff worker has answered once the status no longer says "Checking".
      await page.waitForFunction(() => !/^Checking /.test(document.getElementById("preview-status").textContent));
      await page.waitForTimeout(300);
    }
    const file = path.join(out, `${v.name}.png`);
    if (v.panel) await page.locator("#preview-panel").screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: v.fullPage ?? false });
    console.log(`wrote ${path.relative(ROOT, file)} (${v.width}×${v.height} @${v.dpr}x)`);
    await context.close();
  }
} finally {
  await browser.close();
  await host.close();
  await server.close();
}
