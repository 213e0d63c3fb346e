// The map: programme countries are selectable by pointer, touch and keyboard,
// and ?country= opens with a country selected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, settled, usePage, points } from "./lib.mjs";

const env = usePage();

const anchors = async (page) => points(await page.getAttribute("#map-overlay", "data-anchors"));

for (const [name, viewport] of [["desktop", { width: 1280, height: 800, dpr: 1 }], ["phone", { width: 390, height: 844, dpr: 3 }]]) {
  test(`clicking Haiti's point on the map selects Haiti (${name})`, async () => {
    const { page, context, problems } = await open(env.browser, `${env.server.url}?lang=en`, viewport);
    const a = await anchors(page);
    assert.deepEqual(Object.keys(a).sort(), ["CIV", "COL", "CRI", "GTM", "HND", "HTI", "MAR", "PER", "TUN"]);
    await page.locator("#map-overlay").scrollIntoViewIfNeeded();
    const box = await page.locator("#map-overlay").boundingBox();
    await page.mouse.click(box.x + a.HTI.x, box.y + a.HTI.y);
    await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Haiti");
    assert.match(page.url(), /country=HTI/);
    assert.ok(await page.locator("#clear-selection").isVisible());
    // On a phone the map flies to the chosen country, where a small one is easy to
    // see and touch; on a desktop it keeps the programme's frame.
    await page.waitForFunction(() => !document.getElementById("map-frame").dataset.flight);
    assert.equal(await page.getAttribute("#map-frame", "data-view"), name === "phone" ? "HTI" : "programme");
    const b = await anchors(page);
    // A second click on the same country clears the selection.
    await page.mouse.click(box.x + b.HTI.x, box.y + b.HTI.y);
    await page.waitForFunction(() => document.getElementById("detail-title").textContent === "The whole programme");
    await page.waitForFunction(() => document.getElementById("map-frame").dataset.view === "programme");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("hovering a country shows its name and 'not published' figures in a tooltip", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  const a = await anchors(page);
  const box = await page.locator("#map-overlay").boundingBox();
  await page.mouse.move(box.x + a.COL.x, box.y + a.COL.y);
  const tip = page.locator("#map-tooltip");
  await tip.waitFor({ state: "visible" });
  const text = await tip.innerText();
  assert.match(text, /^Colombia/);
  assert.match(text, /not published/);
  await context.close();
});

test("keyboard: Tab reaches the map, arrows move between countries, Enter selects, Escape clears", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "map-overlay")) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "map-overlay");
  const order = Object.keys(await anchors(page));
  const seen = [];
  for (let i = 0; i < order.length; i++) {
    await page.keyboard.press("ArrowRight");
    seen.push(await page.locator("#announce").textContent());
  }
  assert.equal(new Set(seen).size, 9, `moved through all nine countries: ${seen}`);
  await page.keyboard.press("ArrowRight"); // wraps to the first
  // Each announcement is the country's name, then its figures (not published for PRODEF).
  const heard = await page.locator("#announce").textContent();
  assert.match(heard, /^[^,]+, figures not published$/);
  const first = heard.split(",")[0];
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => document.getElementById("detail-title").textContent === n, first);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !/country=/.test(location.search));
  await context.close();
});

test("?country=HTI opens with Haiti selected; Back and Forward restore the selection", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en&country=HTI`);
  assert.equal(await page.locator("#detail-title").textContent(), "Haiti");
  const a = await anchors(page);
  const box = await page.locator("#map-overlay").boundingBox();
  await page.mouse.click(box.x + a.MAR.x, box.y + a.MAR.y);
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Morocco");
  await page.goBack();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Haiti");
  await page.goForward();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Morocco");
  await context.close();
});

// A large programme has hundreds of these buttons: making them again on every
// click and resize was a visible part of a click's cost (docs/PERFORMANCE.md).
test("the country buttons are made once: a chosen country hides them, leaving it shows them again", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  await page.evaluate(() => { document.querySelector('#detail-body [data-country="HTI"]').__mark = 1; });
  await page.locator('#detail-body button[data-country="HTI"]').click();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Haiti");
  // Out of sight and out of the accessibility tree while Haiti is shown.
  assert.equal(await page.locator("#detail-body button[data-country]").first().isVisible(), false);
  assert.equal(await page.locator("#detail-body button[data-country]:visible").count(), 0);
  assert.match(await page.locator("#detail-body").innerText(), /Haiti|People reached|not published/i);
  // A resize redraws the charts and the map, not the panel.
  await page.evaluate(() => { document.querySelector("#detail-country").firstElementChild.__mark = 2; });
  const before = await page.evaluate(() => document.getElementById("map-canvas").width);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.waitForFunction((w) => document.getElementById("map-canvas").width !== w, before);
  await settled(page);
  assert.equal(await page.evaluate(() => document.querySelector("#detail-country").firstElementChild.__mark), 2);
  await page.locator("#clear-selection").click();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "The whole programme");
  assert.equal(await page.evaluate(() => document.querySelector('#detail-body [data-country="HTI"]').__mark), 1, "the same button");
  assert.equal(await page.locator("#detail-body button[data-country]:visible").count(), 9);
  assert.equal(await page.locator("#detail-country").isVisible(), false);
  // Another language makes them again, in its words.
  await page.selectOption("#lang-select", "fr");
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  assert.equal(await page.locator('#detail-body button[data-country="HTI"]').innerText(), "Haïti");
  assert.equal(await page.locator("#detail-body button[data-country]").count(), 9, "no second set");
  await context.close();
});

test("Back to the same country with another figure keeps the country's panel and title", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  await page.locator('#detail-body button[data-country="COL"]').click();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Colombia");
  await page.selectOption("#metric-select", "people");
  await page.waitForFunction(() => /metric=people/.test(location.search));
  // Back redraws every word (the title included) with the country unchanged.
  await page.goBack();
  await page.waitForFunction(() => !/metric=people/.test(location.search));
  assert.equal(await page.locator("#detail-title").innerText(), "Colombia");
  assert.ok(await page.locator("#clear-selection").isVisible());
  assert.match(await page.locator("#detail-country").innerText(), /3,120/);
  await context.close();
});

test("on a phone, each programme country is also a large button that selects it", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`, { width: 390, height: 844, dpr: 3 });
  const chip = page.locator('#detail-body button[data-country="HTI"]');
  const box = await chip.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `touch target ${box.width}×${box.height}`);
  await chip.click();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Haiti");
  assert.match(page.url(), /country=HTI/);
  await context.close();
});
