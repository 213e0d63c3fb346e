// Embed mode inside a plain host page on another origin: embed.js sizes the iframe
// from the page's resize messages, so no scrollbar appears inside it, from 300 to
// 1200 px wide.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch } from "./lib.mjs";

let app, host, browser;
before(async () => {
  app = await serve();
  // A different port is a different origin: the host page cannot reach into the frame.
  const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:serif"><h1>A partner's news page</h1>
<iframe id="atlas" src="${app.url}?mode=embed" title="Results" style="width:100%;border:0"></iframe>
<p>After the embed.</p><script src="${app.url}embed.js" async></script></body></html>`;
  host = await serve(undefined, { routes: { "/": ["text/html; charset=utf-8", page] } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

for (const width of [300, 768, 1200]) {
  test(`embedded at ${width} px: iframe grows to its content, no inner scrollbar`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator("#atlas");
    await frame.locator("html[data-viz-state=ready][lang=fr]").waitFor({ timeout: 30_000 });
    const inner = await page.frames()[1].evaluate(() => ({
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrollW: document.documentElement.scrollWidth,
      clientW: document.documentElement.clientWidth,
      mode: document.documentElement.dataset.mode,
    }));
    assert.equal(inner.mode, "embed");
    // embed.js passed the host page's language to the embedded page.
    assert.equal(await page.frames()[1].evaluate(() => document.documentElement.lang), "fr");
    await page.waitForFunction((h) => Math.abs(document.getElementById("atlas").getBoundingClientRect().height - h) <= 2,
      inner.height, { timeout: 10_000 });
    assert.ok(inner.height > 400, `content height ${inner.height}`);
    assert.ok(inner.scrollW <= inner.clientW, `no horizontal scroll (${inner.scrollW} > ${inner.clientW})`);
    const noScroll = await page.frames()[1].evaluate(() =>
      document.documentElement.scrollHeight <= window.innerHeight + 1);
    assert.ok(noScroll, "no vertical scrollbar inside the iframe");
    await context.close();
  });
}

test("dist/ works from a sub-folder of another site (relative URLs only)", async () => {
  const sub = await serve(undefined, { prefix: "/partners/atlas" });
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const failed = [];
  page.on("response", (r) => { if (r.status() >= 400) failed.push(r.url()); });
  await page.goto(sub.url + "?mode=embed&lang=en");
  await page.waitForFunction(() => document.documentElement.dataset.vizState !== "loading", null, { timeout: 30_000 });
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.deepEqual(failed, []);
  await context.close();
  await sub.close();
});
