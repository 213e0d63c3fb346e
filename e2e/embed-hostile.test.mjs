// embed.js on a partner's page trusts no stranger. The host page (another origin)
// holds our iframe, pasted with the exact "Copy embed code" snippet (integrity and
// crossorigin included), an advert frame of its own origin and a widget from our
// origin but outside our folder; the advert and the widget post forged resize
// messages. Only our frame is sized, only within bounds, only its src is rewritten,
// and a tampered embed.js is refused by the browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { serve, launch, DIST } from "./lib.mjs";

const FORGE = `<script>
  const shots = [{type: "impact-atlas:resize", height: 5000000}, {type: "impact-atlas:resize", height: 333}];
  setInterval(() => { for (const m of shots) parent.postMessage(m, "*"); }, 50);
</script>`;

let app, host, browser, snippet;
const appRoutes = {};
const hostRoutes = {};
before(async () => {
  app = await serve(DIST, { prefix: "/atlas", routes: appRoutes });
  appRoutes["/other/widget.html"] = ["text/html; charset=utf-8", `<!doctype html><title>widget</title><p>widget</p>${FORGE}`];
  host = await serve(undefined, { routes: hostRoutes });
  hostRoutes["/ad.html"] = ["text/html; charset=utf-8", `<!doctype html><title>ad</title><p>advert</p>${FORGE}`];
  browser = await launch();
  // The snippet exactly as staff copy it from the page's footer.
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.url).origin });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
  await page.click("#embed-button");
  // "Embed code copied" shows beside the button once the clipboard has it.
  await page.waitForFunction(() => document.getElementById("embed-status").textContent.length > 0);
  snippet = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  const widget = new URL(app.url).origin + "/other/widget.html?mode=embed";
  hostRoutes["/"] = ["text/html; charset=utf-8", `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0"><h1>A partner's news page</h1>
<iframe id="ad" src="/ad.html?mode=embed" title="advert"></iframe>
<iframe id="widget" src="${widget}" title="widget"></iframe>
${snippet}
<script>
  window.__heights = [];
  const atlas = document.querySelector("iframe[src*='/atlas/']");
  atlas.id = "atlas";
  new MutationObserver(() => window.__heights.push(atlas.style.height)).observe(atlas, { attributes: true, attributeFilter: ["style"] });
</script></body></html>`];
});
after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

const height = (page, id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);

test("the copied snippet pins embed.js with the integrity hash of the built file", () => {
  const sri = "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(path.join(DIST, "embed.js"))).digest("base64");
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/atlas\/\?mode=embed" title="[^"]*" style="width:100%;border:0" loading="lazy"><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:\d+\/atlas\/embed\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous" async><\/script>$/);
  assert.ok(snippet.includes(`integrity="${sri}"`), `${sri} in ${snippet}`);
});

test("only our frame is sized and given the host's language; forged frames are left alone", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(host.url);
  const frame = page.frameLocator("#atlas");
  await frame.locator("html[data-viz-state=ready][lang=fr]").waitFor({ timeout: 30_000 });
  const inner = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.waitForFunction((h) => Math.abs(document.getElementById("atlas").getBoundingClientRect().height - h) <= 2, inner, { timeout: 10_000 });
  // The forgers have been posting all along; give them a few more rounds.
  await page.waitForTimeout(500);
  const styleHeight = (id) => page.evaluate((id) => document.getElementById(id).style.height, id);
  assert.equal(await styleHeight("ad"), "", "the advert frame keeps its own height");
  assert.equal(await styleHeight("widget"), "", "the widget outside our folder keeps its height");
  assert.equal(await height(page, "ad"), await height(page, "widget"), "both at the browser's default");
  assert.equal(await page.getAttribute("#ad", "src"), "/ad.html?mode=embed", "the advert's src is not rewritten");
  assert.match(await page.getAttribute("#widget", "src"), /\/other\/widget\.html\?mode=embed$/, "the widget's src is not rewritten");
  assert.match(await page.getAttribute("#atlas", "src"), /[?&]lang=fr(&|$)/, "our frame speaks the host's language");
  const heights = await page.evaluate(() => window.__heights);
  assert.ok(heights.every((h) => /^\d+px$/.test(h) && +h.slice(0, -2) >= 150 && +h.slice(0, -2) <= 20000), heights.join(","));
  assert.deepEqual(errors.filter((e) => /integrity|Refused/i.test(e)), []);
  await context.close();
});

test("messages to embed.js: a corpus of bad ones is ignored, heights are clamped", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.frameLocator("#atlas").locator("html[data-viz-state=ready]").waitFor({ timeout: 30_000 });
  const ours = page.frames().find((f) => f.url().includes("/atlas/"));
  const send = (msgs) => ours.evaluate((msgs) => { for (const m of msgs) parent.postMessage(m, "*"); }, msgs);
  const waitFor = (h) => page.waitForFunction((h) => document.getElementById("atlas").style.height === h, h, { timeout: 5_000 });
  await send([{ type: "impact-atlas:resize", height: 1e12 }]);
  await waitFor("20000px");
  await send([{ type: "impact-atlas:resize", height: -50 }]);
  await waitFor("150px");
  await page.evaluate(() => { window.__heights = []; });
  // Each of these must change nothing; the marker after them proves they were delivered.
  await send([
    { type: "impact-atlas:resize", height: "900" },
    { type: "impact-atlas:resize", height: null },
    { type: "impact-atlas:resize" },
    { type: "impact-atlas:resize", height: [900] },
    { type: "impact-atlas:resize", height: { valueOf: 900 } },
    { type: "other:resize", height: 900 },
    { type: "IMPACT-ATLAS:RESIZE", height: 900 },
    { height: 900 },
    "impact-atlas:resize 900",
    900,
    null,
    { type: "impact-atlas:resize", height: 777 },
  ]);
  await waitFor("777px");
  // NaN and Infinity do not survive JSON but do survive postMessage.
  await ours.evaluate(() => {
    parent.postMessage({ type: "impact-atlas:resize", height: NaN }, "*");
    parent.postMessage({ type: "impact-atlas:resize", height: Infinity }, "*");
    parent.postMessage({ type: "impact-atlas:resize", height: 778 }, "*");
  });
  await waitFor("778px");
  const seen = await page.evaluate(() => window.__heights);
  assert.deepEqual(seen.filter((h) => h !== "777px" && h !== "778px"), [], `unexpected heights ${seen}`);
  // The host page itself (another origin) cannot drive embed.js either.
  await page.evaluate(() => window.postMessage({ type: "impact-atlas:resize", height: 999 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.getElementById("atlas").style.height), "778px");
  await context.close();
});

test("a tampered embed.js is refused by the browser (integrity)", async () => {
  const tampered = fs.readFileSync(path.join(DIST, "embed.js"), "utf8") + "\nwindow.__tampered = true;\n";
  appRoutes["/atlas/embed.js"] = (req, res) => {
    res.writeHead(200, { "content-type": "text/javascript", "access-control-allow-origin": "*" });
    res.end(tampered);
  };
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.frameLocator("#atlas").locator("html[data-viz-state=ready]").waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__tampered === true), false, "the tampered script ran");
    assert.equal(await page.evaluate(() => document.getElementById("atlas").style.height), "", "nothing sized the frame");
    await context.close();
  } finally {
    delete appRoutes["/atlas/embed.js"];
  }
});
