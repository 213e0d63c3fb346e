// The built page, served from dist/ and opened in headless Chromium, becomes ready
// with the published figures, draws a sharp chart, and shows errors in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, open, settled, usePage, DIST } from "./lib.mjs";

const env = usePage();

test("default page becomes ready with no console error or failed request", async () => {
  const { page, problems, context } = await open(env.browser, env.server.url);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  const marks = await page.evaluate(() => performance.getEntriesByName("viz-ready").length);
  assert.equal(marks, 1, "performance.mark('viz-ready') once");
  assert.deepEqual(problems, []);
  await context.close();
});

test("headline counters show the seed's figures with their qualifiers", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?lang=en");
  const counters = await page.locator("#headline li").allInnerTexts();
  const text = counters.join("\n");
  assert.match(text, /more than 70\s+volunteers deployed by the consortium/);
  assert.match(text, /^9\s+countries/m);
  assert.match(text, /^26\s+development workers/m);
  assert.match(text, /^36\s+mandates/m);
  const summary = (await page.locator("#results-list").textContent()) ?? "";
  for (const phrase of ["24,906", "more than 300", "approximately 1,808", "more than 4,186", "858 women", "17,221 children"]) {
    assert.ok(summary.toLowerCase().includes(phrase), `${phrase} in the chart's text summary`);
  }
  await context.close();
});

for (const dpr of [1, 2, 3]) {
  test(`chart canvas is drawn at device resolution (dpr ${dpr})`, async () => {
    const { page, context } = await open(env.browser, env.server.url, { width: 390, height: 844, dpr });
    const c = await page.evaluate(() => {
      const el = document.getElementById("results-canvas");
      const r = el.getBoundingClientRect();
      const ctx = el.getContext("2d");
      // Count non-white pixels in the top third: the chart was actually painted.
      const data = ctx.getImageData(0, 0, el.width, Math.floor(el.height / 3)).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200) ink++;
      return { w: el.width, h: el.height, cssW: r.width, cssH: r.height, ink };
    });
    assert.ok(Math.abs(c.w - c.cssW * dpr) <= 1, `width ${c.w} = ${c.cssW} css × ${dpr}`);
    assert.ok(Math.abs(c.h - c.cssH * dpr) <= 1, `height ${c.h} = ${c.cssH} css × ${dpr}`);
    assert.ok(c.ink > 1000, `chart has ink (${c.ink} dark pixels)`);
    await context.close();
  });
}

// What the page holds at the moment it says it is ready, and once settled.
async function firstView(url, size) {
  const context = await env.browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const ink = (id) => {
      const el = document.getElementById(id);
      if (!el || el.width === 0 || el.height === 0) return 0;
      const data = el.getContext("2d").getImageData(0, 0, el.width, el.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    };
    const seen = () => ({
      charts: document.documentElement.dataset.charts ?? null,
      mapInk: ink("map-canvas"),
      resultsInk: ink("results-canvas"),
      countryRows: document.querySelectorAll("#country-table tbody tr").length,
      yearRows: document.querySelectorAll("#years-table tbody tr").length,
      countryTableOffered: !document.getElementById("country-table-view").hidden,
    });
    window.__seen = seen;
    new MutationObserver(() => {
      if (document.documentElement.dataset.vizState === "ready" && !window.__atReady) window.__atReady = seen();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-viz-state"] });
  });
  try {
    await page.goto(url);
    await settled(page);
    return { atReady: await page.evaluate(() => window.__atReady), settled: await page.evaluate(() => window.__seen()) };
  } finally {
    await context.close();
  }
}

test("the first screen is drawn and ready before the charts and tables below the fold, which follow in the next task", async () => {
  const { atReady, settled: after } = await firstView(`${env.server.url}?data=demo&lang=en`, { width: 1280, height: 800 });
  assert.ok(atReady.mapInk > 10_000, `the map is drawn at ready (${atReady.mapInk} painted pixels)`);
  assert.equal(atReady.charts, "due", "the charts wait for the next task");
  assert.equal(atReady.resultsInk, 0, "the results chart, below the fold, is not drawn yet");
  assert.equal(atReady.countryRows, 0, "nor the rows of the map's table");
  assert.equal(atReady.yearRows, 0, "nor those of the years' table");
  assert.ok(atReady.countryTableOffered, "though the table is offered, so the page's layout does not change");
  assert.equal(after.charts, null);
  assert.ok(after.resultsInk > 10_000, `then the results chart is drawn (${after.resultsInk} painted pixels)`);
  assert.ok(after.countryRows >= 5, `and the table's rows written (${after.countryRows})`);
  assert.ok(after.yearRows >= 3, `and the years' table's (${after.yearRows})`);
});

test("an embed of one chart and a kiosk draw everything before they say they are ready", async () => {
  // An embed's pager is measured with its chart, and a kiosk has no page charts:
  // neither leaves anything for later.
  const embed = await firstView(`${env.server.url}?data=demo&mode=embed&view=results&lang=en`, { width: 320, height: 640 });
  assert.equal(embed.atReady.charts, null, "the embed's chart does not wait");
  assert.ok(embed.atReady.resultsInk > 5_000, `the embed's chart is drawn at ready (${embed.atReady.resultsInk} painted pixels)`);
  const kiosk = await firstView(`${env.server.url}?data=demo&mode=kiosk&lang=en`, { width: 1920, height: 1080 });
  assert.equal(kiosk.atReady.charts, null, "the kiosk leaves nothing for later");
  assert.ok(kiosk.atReady.mapInk > 10_000, `the kiosk's map is drawn at ready (${kiosk.atReady.mapInk} painted pixels)`);
});

test("a chart on the first screen is drawn before the page says it is ready", async () => {
  const { atReady } = await firstView(`${env.server.url}?data=demo&lang=en`, { width: 1280, height: 2400 });
  assert.equal(atReady.charts, null, "nothing waits");
  assert.ok(atReady.resultsInk > 10_000, `the results chart is drawn at ready (${atReady.resultsInk} painted pixels)`);
  assert.ok(atReady.countryRows >= 5, "and the map's table has its rows");
});

test("chart is redrawn when its container is resized", async () => {
  const { page, context } = await open(env.browser, env.server.url, { width: 1280, height: 800 });
  const before = await page.evaluate(() => document.getElementById("results-canvas").width);
  await page.setViewportSize({ width: 600, height: 800 });
  await page.waitForFunction((w) => document.getElementById("results-canvas").width !== w, before);
  const after = await page.evaluate(() => {
    const el = document.getElementById("results-canvas");
    return { w: el.width, parent: el.parentElement.clientWidth };
  });
  assert.ok(after.w < before, `narrower after resize (${before} → ${after.w})`);
  assert.equal(after.w, after.parent, "fills its container at dpr 1");
  await context.close();
});

test("an unknown dataset shows the error state in words, not a blank page", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?data=nope");
  assert.equal(await page.getAttribute("html", "data-viz-state"), "error");
  const status = await page.locator("#status").innerText();
  assert.match(status, /could not be shown/);
  assert.match(status, /no dataset "nope"/);
  assert.ok(await page.locator("#status").isVisible());
  await context.close();
});

test("an unknown dataset is said in the page's language", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?data=nope&lang=fr");
  assert.equal(await page.getAttribute("html", "data-viz-state"), "error");
  const status = await page.locator("#status").innerText();
  assert.match(status, /Les résultats n'ont pas pu être affichés/);
  assert.match(status, /Il n'y a pas de jeu de données «\u202fnope\u202f»\. Disponibles\u202f: \S/);
  assert.doesNotMatch(status, /There is no dataset/);
  await context.close();
});

// The release wasm aborts at once on a Rust panic (scripts/build.sh): the panic
// reaches the page as a WebAssembly.RuntimeError thrown out of whatever called the
// wasm, and static/boot.js must show it. Thrown here from a timer and from a click
// listener, as a trap is; a real panic was checked by hand (docs/PERFORMANCE.md).
test("a wasm trap (a Rust panic) after ready shows the error state in the page's language", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?lang=fr");
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "error");
  const status = await page.locator("#status").innerText();
  assert.match(status, /Les résultats n'ont pas pu être affichés/);
  assert.equal(await page.locator("#status .status-detail").innerText(), "Erreur interne\u202f: unreachable");
  assert.ok(await page.locator("#status").isVisible());
  await context.close();
  // From an event listener, in a kiosk: said too (the kiosk's own wasm).
  const kiosk = await open(env.browser, env.server.url + "?mode=kiosk&lang=es", { width: 1920, height: 1080 });
  await kiosk.page.evaluate(() => document.body.addEventListener("click", () => { throw new WebAssembly.RuntimeError("unreachable"); }));
  await kiosk.page.evaluate(() => document.body.click());
  await kiosk.page.waitForFunction(() => document.documentElement.dataset.vizState === "error");
  assert.match(await kiosk.page.locator("#status").innerText(), /No se pudieron mostrar los resultados/);
  assert.ok(await kiosk.page.locator("#status").isVisible());
  await kiosk.context.close();
});

test("a wasm trap after an error leaves the first error's words", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?data=nope");
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
  await page.waitForTimeout(200);
  const status = await page.locator("#status").innerText();
  assert.match(status, /no dataset "nope"/);
  assert.doesNotMatch(status, /unreachable/);
  await context.close();
});

test("a wasm trap before the wasm can speak is still said, in words", async () => {
  const { page, context } = await open(env.browser, env.server.url, {
    before: async (p) => {
      // The wasm never arrives, so there is no wasm to word the message.
      await p.route("**/*_bg.wasm", () => {});
      await p.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
      });
    },
  });
  assert.equal(await page.getAttribute("html", "data-viz-state"), "error");
  assert.match(await page.locator("#status").innerText(), /could not be shown[\s\S]*unreachable/);
  await context.close();
});

test("a dataset that fails to load is reported with the file and the status", async () => {
  const s = await serve(undefined, { routes: { "/data/index.json": ["application/json",
    JSON.stringify({ format: "impact-atlas-public/1", default: "x", datasets: [{ id: "x", file: "x-0123456789abcdef.json" }] })] } });
  const { page, context } = await open(env.browser, s.url);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "error");
  assert.match(await page.locator("#status").innerText(), /x-0123456789abcdef\.json.*404/);
  await context.close();
  // In French: the words in French; the detail is the file and the status alone
  // (no English sentence around them), set apart for the site's team and left
  // alone by the browser's translation.
  const fr = await open(env.browser, s.url + "?lang=fr");
  assert.equal(await fr.page.getAttribute("html", "data-viz-state"), "error");
  const status = await fr.page.locator("#status").innerText();
  assert.match(status, /Les résultats n'ont pas pu être affichés/);
  assert.match(status, /Rechargez la page/);
  assert.equal(await fr.page.locator("#status .status-detail").innerText(), "data/x-0123456789abcdef.json: HTTP 404 Not Found");
  assert.equal(await fr.page.getAttribute("#status .status-detail", "translate"), "no");
  await fr.context.close();
  await s.close();
});

for (const [name, viewport] of [["desktop", { width: 1280, height: 800, dpr: 1 }], ["phone", { width: 390, height: 844, dpr: 3 }]]) {
  test(`nothing jumps while the page loads (${name}): layout shift stays at 0`, async () => {
    const { page, context } = await open(env.browser, env.server.url + "?lang=en", {
      ...viewport,
      before: (p) => p.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: "layout-shift", buffered: true });
      }),
    });
    // The loading line was visible before ready (no blank page) …
    assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__shifts);
    const cls = shifts.reduce((a, b) => a + b, 0);
    assert.ok(cls < 0.01, `cumulative layout shift ${cls.toFixed(3)} (${shifts.length} shifts)`);
    await context.close();
  });
}

test("while loading, a loading line shows in words", async () => {
  // Hold the dataset back so the loading state can be seen.
  const s = await serve(undefined, { routes: {} });
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/data/index.json", async (route) => { await held; await route.continue(); });
  await page.goto(s.url + "?lang=en");
  await page.waitForFunction(() => document.getElementById("status").offsetParent !== null || getComputedStyle(document.getElementById("status")).position === "fixed");
  assert.equal(await page.getAttribute("html", "data-viz-state"), "loading");
  assert.ok(await page.locator("#status").isVisible());
  assert.match(await page.locator("#status").innerText(), /Loading/);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready");
  assert.ok(!(await page.locator("#status").isVisible()));
  await context.close();
  await s.close();
});

test("a world file of an earlier release, kept by the browser's HTTP cache, is fetched again from the server", async () => {
  // The first answer is an earlier format, marked cacheable for an hour, as a
  // host's cache could still hold it after a release; later answers are this build's.
  const asked = [];
  const current = fs.readFileSync(path.join(DIST, "data/geo/world.bin"));
  const routes = {
    "/data/geo/world.bin": (req, res) => {
      asked.push(req.headers["cache-control"] ?? "");
      const stale = asked.length === 1;
      res.writeHead(200, { "content-type": "application/octet-stream", "cache-control": stale ? "max-age=3600" : "no-store" });
      res.end(stale ? Buffer.from("impact-atlas-geo/3 from an earlier release") : current);
    },
  };
  const s = await serve(undefined, { routes });
  const { page, context } = await open(env.browser, s.url + "?lang=en");
  try {
    assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
    assert.match(await page.locator("#map-summary").textContent(), /9 programme countries/);
    assert.equal(asked.length, 2, `asked ${asked.length} times`);
    assert.match(asked[1], /no-cache/, "the second request goes past the HTTP cache");
  } finally {
    await context.close();
    await s.close();
  }
});

test("a map file that cannot be read leaves the page working and says so in the page's language", async () => {
  const s = await serve(undefined, { routes: { "/data/geo/world.bin": ["application/octet-stream", "not a world file"] } });
  const { page, context } = await open(env.browser, s.url + "?lang=fr");
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready", "the figures still show");
  assert.equal(
    await page.locator("#map-summary").textContent(),
    "La carte n'a pas pu être chargée\u202f; tous les chiffres sont dans les sections ci-dessous.",
  );
  assert.ok(await page.locator("#headline").isVisible());
  // A change of language words it again.
  await page.selectOption("#lang-select", "es");
  await page.waitForFunction(() => document.documentElement.lang === "es");
  assert.equal(
    await page.locator("#map-summary").textContent(),
    "No se pudo cargar el mapa; todas las cifras están en las secciones de abajo.",
  );
  await context.close();
  await s.close();
});
