// A kiosk left running at an event, under a fake clock: it picks up a changed
// catalogue on the server by itself (at the end of a tour loop, at most every few
// minutes), without a blank frame; a new build, loaded unseen in a frame, takes over
// its screen with no loading frame either; when the server goes away it keeps
// running, and reloads, on its cached copy. Its service worker serves
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

async function kiosk(server, { oldCache = false, width = 1366, height = 768 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
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

/**
 * Samples, at every painted frame of the top-level page, what is on screen: the
 * swap frame shown on top if there is one, else the page itself; that view must
 * always be a whole, ready kiosk (never the loading line, never an empty page).
 * The real requestAnimationFrame (Playwright's fake clock replaces the page's,
 * which would fire on fake ticks, thousands of times per runFor).
 */
async function watchScreen(page) {
  await page.evaluate(() => {
    const raf = window.__pwClock?.builtins?.requestAnimationFrame ?? requestAnimationFrame;
    const w = (window.__screen = { samples: 0, wrong: [], unseenLoading: 0 });
    const visible = (doc, e) => {
      if (!e) return false;
      const cs = doc.defaultView.getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return cs.display !== "none" && cs.visibility !== "hidden" && r.width > 0 && r.height > 0;
    };
    const whatsWrong = (doc) => {
      if (!doc?.documentElement) return "no document";
      const state = doc.documentElement.dataset.vizState;
      if (state !== "ready") return `state ${state}`;
      const status = doc.getElementById("status");
      if (visible(doc, status) && status.textContent.includes("Loading")) return "loading line";
      const title = doc.getElementById("kiosk-scene-title").textContent.trim();
      const acronym = doc.getElementById("kiosk-acronym").textContent.trim();
      if (!visible(doc, doc.getElementById("kiosk")) || !title || !acronym) return "empty kiosk";
      return "";
    };
    const sample = () => {
      raf(sample);
      w.samples += 1;
      // Frames laid out on screen (the page's hidden embed preview is not); the last
      // one that is not transparent is on top (the kiosk's frames share a z-index).
      const frames = [...document.querySelectorAll("iframe")].filter((f) => f.getClientRects().length > 0);
      const seen = frames.filter((f) => getComputedStyle(f).opacity !== "0");
      for (const f of frames) {
        if (!seen.includes(f) && f.contentDocument?.documentElement?.dataset.vizState !== "ready") w.unseenLoading += 1;
      }
      const top = seen.at(-1);
      let wrong;
      if (top && getComputedStyle(top).opacity !== "1") wrong = `frame at opacity ${getComputedStyle(top).opacity}`;
      else wrong = whatsWrong(top ? top.contentDocument : document);
      if (wrong && w.wrong.length < 20) w.wrong.push(`${top ? "frame" : "page"}: ${wrong}`);
    };
    raf(sample);
  });
}

const NEW_BUILD = "impact-atlas:new-build";

test("a new build on the server takes over the kiosk's screen with no loading frame", { timeout: 5 * MINUTE }, async () => {
  const routes = {};
  const server = await serve(DIST, { routes });
  const { page, context } = await kiosk(server, { width: 1920, height: 1080 });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  const build = await page.getAttribute("meta[name=impact-atlas-build]", "content");
  await page.evaluate(() => { window.__before = true; });
  await watchScreen(page);

  // A new build is published.
  const NEW = "ffffffffffffffff";
  routes["/"] = ["text/html; charset=utf-8", INDEX.replace(`content="${build}"`, `content="${NEW}"`)];
  await page.clock.runFor(8 * MINUTE);
  await page.waitForFunction((b) => document.querySelector("iframe.kiosk-swap-shown")?.contentDocument
    ?.querySelector("meta[name=impact-atlas-build]")?.content === b, NEW, { timeout: 30_000 });
  // Settled: the page under the frame has hidden its own kiosk.
  await page.waitForFunction(() => document.documentElement.dataset.kioskSwap === "shown", null, { timeout: 10_000 });

  assert.equal(await page.evaluate(() => window.__before), true, "the page was not reloaded: the new build shows in a frame");
  const swapped = await page.evaluate(() => {
    const f = document.querySelector("iframe.kiosk-swap-shown");
    const doc = f.contentDocument;
    const r = f.getBoundingClientRect();
    return {
      frames: document.querySelectorAll("iframe.kiosk-swap").length,
      state: doc.documentElement.dataset.vizState,
      mode: doc.documentElement.dataset.mode,
      box: [r.left, r.top, r.width, r.height],
      inert: f.inert || f.hasAttribute("aria-hidden"),
      focused: document.activeElement === f,
      ownKiosk: document.getElementById("kiosk").getClientRects().length,
    };
  });
  assert.deepEqual(swapped, {
    frames: 1, state: "ready", mode: "kiosk", box: [0, 0, 1920, 1080], inert: false, focused: true, ownKiosk: 0,
  });
  const screen = await page.evaluate(() => window.__screen);
  assert.deepEqual(screen.wrong, [], "never a loading, empty or half-shown view on screen");
  assert.ok(screen.samples > 10 && screen.unseenLoading > 0, `the new build loaded unseen while sampled (${JSON.stringify(screen)})`);
  fs.mkdirSync(path.join(DIST, "..", "target", "screenshots"), { recursive: true });
  await page.screenshot({ path: path.join(DIST, "..", "target", "screenshots", "kiosk-swapped-1920x1080.png") });

  // The old page's tour has stopped; the frame's goes on.
  const own = () => page.evaluate(() => document.documentElement.dataset.sceneIndex);
  const framed = () => page.evaluate(() => document.querySelector("iframe.kiosk-swap-shown").contentDocument.documentElement.dataset.sceneIndex);
  const [own1, framed1] = [await own(), await framed()];
  await page.clock.runFor(20_000);
  assert.equal(await own(), own1, "the covered page's tour has stopped");
  assert.notEqual(await framed(), framed1, "the new build's tour runs");

  // Stray and hostile messages open no frame: from the page itself, from a frame that
  // is not ours, with another origin, or with anything but the exact request.
  await page.evaluate(() => {
    const other = document.createElement("iframe");
    other.id = "stranger";
    other.src = "data/index.json";
    document.body.append(other);
    return new Promise((resolve) => other.addEventListener("load", resolve));
  });
  await page.evaluate((msg) => {
    const ours = document.querySelector("iframe.kiosk-swap-shown").contentWindow;
    postMessage(msg, "*");
    dispatchEvent(new MessageEvent("message", { data: msg, origin: "http://evil.example", source: ours }));
    dispatchEvent(new MessageEvent("message", { data: msg, origin: "null", source: ours }));
  }, NEW_BUILD);
  const stranger = page.frames().find((f) => f.url().endsWith("data/index.json"));
  await stranger.evaluate((msg) => parent.postMessage(msg, "*"), NEW_BUILD);
  const ours = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url().includes("mode=kiosk"));
  await ours.evaluate((msg) => {
    for (const data of [{ type: msg }, [msg], msg.toUpperCase(), ` ${msg}`, 1, null]) parent.postMessage(data, "*");
  }, NEW_BUILD);
  await page.waitForTimeout(1_500);
  await page.clock.runFor(5_000);
  assert.equal(await page.locator("iframe.kiosk-swap").count(), 1, "a stray message opened a frame");
  await page.evaluate(() => document.getElementById("stranger").remove());

  // A second new build: the frame asks the page to swap; still one frame, on top.
  const NEWER = "eeeeeeeeeeeeeeee";
  routes["/"] = ["text/html; charset=utf-8", INDEX.replace(`content="${build}"`, `content="${NEWER}"`)];
  await page.clock.runFor(8 * MINUTE);
  await page.waitForFunction((b) => document.querySelector("iframe.kiosk-swap-shown")?.contentDocument
    ?.querySelector("meta[name=impact-atlas-build]")?.content === b, NEWER, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll("iframe.kiosk-swap").length === 1, null, { timeout: 10_000 });
  const kiosks = page.frames().filter((f) => f !== page.mainFrame() && f.url().includes("mode=kiosk"));
  assert.equal(kiosks.length, 1, "one frame, never a frame in a frame");
  assert.equal(kiosks[0].parentFrame(), page.mainFrame());
  assert.equal(await page.evaluate(() => window.__before), true);
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector("iframe.kiosk-swap-shown")), true);
  assert.deepEqual((await page.evaluate(() => window.__screen)).wrong, [], "the second swap shows no loading frame either");
  assert.deepEqual(errors, []);
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
