// Walks every scene of the kiosk tour for PRODEF, the demo and a synthetic
// 11-country dataset at five screens (landscape 1366×768, 1920×1080, 3840×2160;
// portrait 1080×1920, 2160×3840), and in French and Spanish at two, under a fake
// clock, and fails when a scene's element leaves the screen or its box, when text
// is under the kiosk's minimum (28 CSS px at 1920×1080, scaled with the screen) or
// a key figure under 80, when a scene shows nothing new, or when the map does not
// fly to a toured country.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./lib.mjs";
import { serveKiosk, freeze, FREEZE_MS, nextScene, inspect, sceneIndex, KIOSK_DATASETS, KIOSK_SIZES } from "./kiosk-lib.mjs";

const env = {};
before(async () => {
  env.server = await serveKiosk();
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** The map on a country scene shows that country, named, having flown there. */
const flightCheck = (s, prev) => {
  const problems = [];
  if (s.scene === "country") {
    if (!s.view || s.view === "programme") problems.push(`the map stays on the programme for ${s.title}`);
    if (!s.label) problems.push(`no country name on the map for ${s.title}`);
    if (prev && prev.view !== s.view && !s.flewIn) problems.push(`the map cut to ${s.view} instead of flying`);
  } else if (s.view !== "programme") {
    problems.push(`the map stays on ${s.view} for the ${s.scene} scene`);
  }
  return problems;
};

/** "Per-country figures: not published", in each language. */
const NOT_PUBLISHED = /Per-country figures: not published|Chiffres par pays\s?: non publiés|Cifras por país: no publicadas/;

/**
 * Walks every scene of one dataset's tour in `page` (a fake clock installed) and
 * returns what is wrong, scene by scene; then opens the visitor's country picker
 * and checks it too.
 */
async function walk(page, data, lang, [width, height]) {
  const failures = [];
  await page.goto(`${env.server.url}?mode=kiosk&lang=${lang}&data=${data}`);
  await page.waitForFunction(() => document.documentElement.dataset.vizState !== "loading", null, { timeout: 30_000 });
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready", data);
  await freeze(page);
  const count = Number(await page.getAttribute("html", "data-scene-count"));
  assert.ok(count >= 5, `${data}: ${count} scenes`);
  let index = await sceneIndex(page);
  assert.equal(index, 0);
  await page.clock.runFor(1_500);
  const seen = [];
  for (let n = 0; n < count; n++) {
    let flewIn = false;
    if (n > 0) {
      index = await nextScene(page, index, n === 1 ? FREEZE_MS + 1_500 : 1_500);
      flewIn = await page.evaluate(() => document.getElementById("map-frame").dataset.flight === "on");
      await page.clock.runFor(1_500); // the flight is over
    }
    assert.equal(index, n, `${data}: scenes in order`);
    const s = { ...(await page.evaluate(inspect)), flewIn };
    const where = `${data} (${lang}) ${width}×${height} scene ${n + 1}/${count} (${s.scene}: ${s.title})`;
    if (s.flying) failures.push(`${where}: the flight lasts over 1.5 s`);
    for (const p of s.problems) failures.push(`${where}: ${p}`);
    for (const p of flightCheck(s, seen.at(-1))) failures.push(`${where}: ${p}`);
    if (!s.title) failures.push(`${where}: no title`);
    if (!s.progress.includes(`${n + 1} / ${count}`)) failures.push(`${where}: progress says "${s.progress}"`);
    const signature = `${s.title}\n${s.body}\n${s.view}`;
    const prev = seen.at(-1);
    if (prev && signature === prev.signature) failures.push(`${where}: shows nothing new`);
    if (!s.body && (!prev || s.view === prev.view)) failures.push(`${where}: an empty scene`);
    if (s.scene === "overview" && s.figures === 0) failures.push(`${where}: no key figure`);
    seen.push({ ...s, signature });
  }
  // "Not published" for per-country figures is said at most once in the tour.
  const notPublished = seen.filter((s) => NOT_PUBLISHED.test(s.body)).length;
  if (notPublished > 1) failures.push(`${data} (${lang}): "not published" said on ${notPublished} scenes`);
  // The visitor's view: a touch shows the country picker, which fits too, with a
  // button for every country the tour flew to.
  const toured = new Set(seen.filter((s) => s.scene === "country").map((s) => s.view));
  await page.mouse.click(5, 5);
  await page.locator("#kiosk-pick").click();
  const picker = await page.evaluate(inspect);
  for (const p of picker.problems) failures.push(`${data} (${lang}) ${width}×${height} picker: ${p}`);
  const chips = await page.locator("#kiosk-scene-body [data-country]").count();
  if (chips !== toured.size) failures.push(`${data}: ${chips} buttons for ${toured.size} toured countries`);
  return failures;
}

/** A page at `size` with a fake clock, recording script errors. */
async function kioskPage([width, height]) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.clock.install();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return { context, page, errors };
}

for (const size of KIOSK_SIZES) {
  test(`every kiosk scene fits ${size.join("×")} and shows something new`, { timeout: 10 * 60_000 }, async () => {
    const { context, page, errors } = await kioskPage(size);
    const failures = [];
    for (const data of KIOSK_DATASETS) failures.push(...(await walk(page, data, "en", size)));
    assert.deepEqual(errors, []);
    assert.deepEqual(failures, [], failures.join("\n"));
    await context.close();
  });
}

test("in French and Spanish too, every scene fits at 1920×1080 and 1080×1920", { timeout: 10 * 60_000 }, async () => {
  const failures = [];
  for (const size of [[1920, 1080], [1080, 1920]]) {
    const { context, page, errors } = await kioskPage(size);
    for (const lang of ["fr", "es"]) {
      for (const data of ["prodef", "synthetic-kiosk-11"]) failures.push(...(await walk(page, data, lang, size)));
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failures, [], failures.join("\n"));
});

test("with reduced motion the map cuts to the country instead of flying", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?mode=kiosk&lang=en&data=prodef`, {
    width: 1920, height: 1080, media: { reducedMotion: "reduce" },
    before: (p) => p.clock.install(),
  });
  await freeze(page);
  let index = await sceneIndex(page);
  for (;;) {
    index = await nextScene(page, index, 0);
    if ((await page.getAttribute("html", "data-scene")) === "country") break;
  }
  assert.equal(await page.getAttribute("#map-frame", "data-flight"), null, "no flight");
  assert.equal(await page.getAttribute("#map-frame", "data-view"), "COL");
  await context.close();
});
