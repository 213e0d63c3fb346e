// A kiosk left running at an event, under a fake clock: it picks up a changed
// catalogue on the server by itself (at the end of a tour loop, at most every few
// minutes), without a blank frame; a new build reloads it; when the server goes
// away it keeps running, and reloads, on its cached copy. Its service worker serves
// kiosk pages only, keeps one cache per build, and never keeps an error, a 5xx or
// a redirect in place of the last good copy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, DIST } from "./lib.mjs";

const CATALOGUE = fs.readFileSync(path.join(DIST, "data", "index.json"), "utf8");
const DEMO_DEFAULT = CATALOGUE.replace(/"default":\s*"prodef"/, '"default":"demo"');
const INDEX = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
const MINUTE = 60_000;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function kiosk(server, { oldCache = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.clock.install();
  if (oldCache) {
    // A cache left by an older build, to be deleted when this build's worker activates.
    await page.goto(server.url + "data/index.json");
    await page.evaluate(() => caches.open("impact-atlas-0000000000000000").then((c) => c.put("x", new Response("old"))));
  }
  await page.goto(server.url + "?mode=kiosk&lang=en");
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
  // The worker takes over this page once installed (clients.claim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return { page, context };
}

const acronym = (page) => page.locator("#programme-acronym").textContent();
// Which scene shows: two scenes in a row can be of one kind ("By country", 1 and 2).
const scene = (page) => page.evaluate(() => `${document.documentElement.dataset.scene}|${document.documentElement.dataset.sceneIndex}|${document.getElementById("detail-title").textContent}`);

/** Records, after every change to the page, whether it still shows a whole view. */
async function watchForBlank(page) {
  await page.evaluate(() => {
    window.__blank = [];
    const check = () => {
      const ok = document.documentElement.dataset.vizState === "ready"
        && document.querySelectorAll("#headline li").length > 0
        && document.getElementById("programme-name").textContent.trim() !== "";
      if (!ok) window.__blank.push(document.documentElement.dataset.vizState);
    };
    new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

test("a kiosk left running picks up a changed catalogue, then keeps running when the server goes away", { timeout: 5 * MINUTE }, async () => {
  const routes = {};
  const server = await serve(DIST, { routes });
  const { page, context } = await kiosk(server, { oldCache: true });
  const build = await page.getAttribute("meta[name=impact-atlas-build]", "content");
  assert.match(build, /^[0-9a-f]{16}$/);
  assert.equal(await acronym(page), "PRODEF");
  await watchForBlank(page);

  // The organisation publishes a change.
  routes["/data/index.json"] = ["application/json; charset=utf-8", DEMO_DEFAULT];
  await page.clock.runFor(2 * MINUTE);
  await page.waitForTimeout(1_000);
  assert.equal(await acronym(page), "PRODEF", "no check before a few minutes have passed");
  await page.clock.runFor(6 * MINUTE);
  await page.waitForFunction(() => document.getElementById("programme-acronym").textContent === "DEMO", null, { timeout: 20_000 });
  // The kiosk's own head carries the label (the page's masthead is not shown there).
  assert.ok(await page.locator("#kiosk-synthetic").isVisible(), "the new dataset is labelled synthetic");
  assert.equal(await page.locator("#kiosk-acronym").textContent(), "DEMO", "the kiosk's head names the new programme");
  assert.deepEqual(await page.evaluate(() => window.__blank), [], "never a blank or half-drawn view");
  const s1 = await scene(page);
  await page.clock.runFor(8_500);
  assert.notEqual(await scene(page), s1, "the tour goes on");
  // The worker's cache is this build's, and holds the new catalogue.
  const cached = await page.evaluate(async () => ({
    keys: await caches.keys(),
    catalogue: await (await caches.match("data/index.json"))?.text(),
  }));
  assert.deepEqual(cached.keys, [`impact-atlas-${build}`]);
  assert.equal(cached.catalogue, DEMO_DEFAULT);

  // The server goes away (the venue's network drops).
  await server.close();
  await page.clock.runFor(12 * MINUTE);
  await page.waitForTimeout(1_000);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.equal(await acronym(page), "DEMO");
  const s2 = await scene(page);
  await page.clock.runFor(8_500);
  assert.notEqual(await scene(page), s2, "the tour goes on offline");
  // Even a reload (a power cut, a watchdog) comes back from the cached copy.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
  assert.equal(await acronym(page), "DEMO");
  assert.equal(await page.getAttribute("html", "data-mode"), "kiosk");

  // The kiosk's worker does not serve standalone or embedded pages in this browser.
  for (const query of ["", "?mode=embed"]) {
    const other = await context.newPage();
    await assert.rejects(other.goto(server.url + query), /ERR_/, `${query || "standalone"} was served from the kiosk's cache`);
    await other.close();
  }
  await context.close();
});

test("a new build on the server reloads the kiosk", { timeout: 3 * MINUTE }, async () => {
  const routes = {};
  const server = await serve(DIST, { routes });
  const { page, context } = await kiosk(server);
  const build = await page.getAttribute("meta[name=impact-atlas-build]", "content");
  await page.evaluate(() => { window.__before = true; });
  routes["/"] = ["text/html; charset=utf-8", INDEX.replace(`content="${build}"`, 'content="ffffffffffffffff"')];
  await page.clock.runFor(8 * MINUTE);
  await page.waitForFunction(() => document.querySelector("meta[name=impact-atlas-build]")?.content === "ffffffffffffffff", null, { timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.__before), undefined, "the page was reloaded");
  assert.equal(await page.getAttribute("html", "data-mode"), "kiosk");
  await context.close();
  await server.close();
});

test("a 5xx, a 404 or a captive portal's redirect never replaces the cached copy", { timeout: 3 * MINUTE }, async () => {
  const routes = {};
  const server = await serve(DIST, { routes });
  const { page, context } = await kiosk(server);
  routes["/portal"] = ["text/html; charset=utf-8", "<!doctype html><title>Wi-Fi login</title><form>Accept the terms</form>"];
  const answers = {
    500: (req, res) => res.writeHead(500, { "content-type": "text/plain" }).end("oops"),
    503: (req, res) => res.writeHead(503, { "content-type": "text/html" }).end("<h1>maintenance</h1>"),
    404: (req, res) => res.writeHead(404, { "content-type": "text/plain" }).end("not found"),
    302: (req, res) => res.writeHead(302, { location: "/portal" }).end(),
  };
  for (const [status, answer] of Object.entries(answers)) {
    routes["/data/index.json"] = answer;
    const got = await page.evaluate(async () => {
      const r = await fetch("data/index.json", { cache: "no-store" });
      return { status: r.status, redirected: r.redirected, text: await r.text() };
    });
    if (status.startsWith("5")) {
      assert.deepEqual(got, { status: 200, redirected: false, text: CATALOGUE }, `${status}: the cached copy is used`);
    } else if (status === "404") {
      assert.equal(got.status, 404, "a 404 is passed on, not hidden");
    } else {
      assert.equal(got.redirected, true);
    }
    const cached = await page.evaluate(async () => (await (await caches.match("data/index.json"))?.text()));
    assert.equal(cached, CATALOGUE, `${status}: the cached catalogue is intact`);
  }
  // The kiosk's own check meets the portal: it keeps showing what it has.
  await page.clock.runFor(8 * MINUTE);
  await page.waitForTimeout(1_000);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.equal(await acronym(page), "PRODEF");
  assert.equal(await page.evaluate(async () => (await (await caches.match("data/index.json"))?.text())), CATALOGUE);
  await context.close();
  await server.close();
});
