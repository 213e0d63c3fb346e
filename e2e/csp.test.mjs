// Host sites often send a strict Content-Security-Policy. The page must work under
// the one documented in the README, with no violation reported.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch } from "./lib.mjs";

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

let server, browser;
before(async () => {
  server = await serve(undefined, { headers: { "content-security-policy": STRICT_CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("page is ready under a strict CSP with no violation", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.vizState !== "loading", null, { timeout: 30_000 });
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the served index.html has no inline script", async () => {
  const html = await (await fetch(server.url)).text();
  const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g);
  assert.equal(inline, null, `inline scripts: ${inline}`);
});
