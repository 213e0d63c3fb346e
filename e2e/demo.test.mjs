// The synthetic demo dataset: per-country and per-year views, labelled synthetic,
// linked to the map, with small numbers protected and dataset text kept as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, open, usePage, points } from "./lib.mjs";

const env = usePage();

const targets = async (page, id) => points(await page.getAttribute(`#${id}`, "data-targets"));

test("?data=demo is labelled synthetic and shows per-country and per-year charts", async () => {
  const { page, context, problems } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.equal(await page.locator("#synthetic-badge").innerText(), "Synthetic demo data");
  assert.ok(await page.locator("#synthetic-badge").isVisible());
  assert.ok(await page.locator("#synthetic-note").isVisible());
  for (const id of ["countries-canvas", "years-canvas"]) {
    assert.ok(await page.locator(`#${id}`).isVisible(), `${id} drawn`);
  }
  assert.match(await page.locator("#countries-note").innerText(), /People reached in each country/);
  const legend = await page.locator("#map-legend").innerText();
  assert.match(legend, /volunteers deployed/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("clicking a country's bar selects the same country on the map", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  const t = await targets(page, "countries-canvas");
  const canvas = page.locator("#countries-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.click(box.x + t.HTI.x, box.y + t.HTI.y);
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Haiti");
  assert.match(page.url(), /country=HTI/);
  // The map's overlay now carries the selection: its pixels are no longer empty.
  const ink = await page.evaluate(() => {
    const c = document.getElementById("map-overlay");
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
  assert.ok(ink > 50, `selection drawn on the map overlay (${ink} pixels)`);
  await context.close();
});

test("clicking a year filters to that year; clicking it again clears", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  const t = await targets(page, "years-canvas");
  const canvas = page.locator("#years-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.click(box.x + t["2017"].x, box.y + t["2017"].y);
  await page.waitForFunction(() => /year=2017/.test(location.search));
  await page.mouse.click(box.x + t["2017"].x, box.y + t["2017"].y);
  await page.waitForFunction(() => !/year=/.test(location.search));
  await context.close();
});

test("small counts show as 'fewer than 5' and dataset text is never markup", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en&country=PER`);
  const detail = await page.locator("#detail-body").innerText();
  assert.ok(detail.includes("<img src=x onerror=alert(1)>"), "the story's characters are shown as text");
  const paras = await page.locator("#detail-body .stories li p").allInnerTexts();
  assert.deepEqual(paras.length, 2, "the story's blank line starts a second paragraph");
  assert.equal(paras[0], "Alex (invented): Alex is an invented volunteer in synthetic test data.");
  assert.equal(await page.locator("#detail-body img, #testimonies img").count(), 0, "no element was injected");
  await page.locator(".table-view summary").first().click();
  const table = await page.locator("#country-table").innerText();
  assert.match(table, /Costa Rica\s+fewer than 5/);
  await context.close();
});

// A broken source dataset never reaches visitors: `impact-atlas publish` stops the
// build with the validator's messages (tests/cli_publish.rs). Staff see each
// problem in the preview; visitors of the public page never see a validator message.
test("a broken dataset dropped in the staff preview lists each problem; the public page keeps its data", async () => {
  const broken = JSON.stringify({ format: "impact-atlas/1", id: "prodef", programme: { acronym: 7 }, countries: [{ iso3: "XXQ", name: "Nowhere" }] });
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  assert.ok(!(await page.locator("#problems").isVisible()), "no problems box for visitors");
  assert.ok(!(await page.locator("#preview-panel").isVisible()), "no preview panel for visitors");
  await page.locator(".preview summary").click();
  await page.setInputFiles("#preview-input", { name: "prodef.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  await page.waitForFunction(() => !document.getElementById("preview-panel").hidden);
  assert.ok(await page.locator("#preview-problems").isVisible());
  const items = await page.locator("#preview-problems li").allInnerTexts();
  assert.ok(items.length >= 3, items.join("\n"));
  assert.ok(items.some((i) => /line 1, column 65, programme › acronym: expected text in quotes, found a number/.test(i)), items.join("\n"));
  assert.ok(items.some((i) => /XXQ/.test(i)), items.join("\n"));
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready", "the published data stays shown");
  await context.close();
});

test("a public file that is not one shows the error state, never a blank page", async () => {
  const s = await serve(undefined, { routes: { "/data/index.json": ["application/json",
    JSON.stringify({ format: "impact-atlas/1", default: "prodef", datasets: [{ id: "prodef", file: "datasets/prodef.json" }] })] } });
  const { page, context } = await open(env.browser, s.url);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "error");
  assert.match(await page.locator("#status").innerText(), /impact-atlas-public\/1/);
  assert.ok(!(await page.locator("#problems").isVisible()));
  await context.close();
  await s.close();
});
