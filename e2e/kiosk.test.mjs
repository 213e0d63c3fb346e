// Kiosk mode under a fake clock: the attract loop advances, a touch pauses it,
// a minute of idle resumes it, and days of touring do not grow memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, usePage } from "./lib.mjs";

const STEP = 8_000;
const env = usePage();

async function kiosk(query = "", media = {}) {
  return open(env.browser, env.server.url + "?mode=kiosk&lang=en" + query, {
    width: 1920, height: 1080, media,
    before: async (page) => {
      await page.clock.install();
      // Keep the wasm exports so the soak test can read wasm memory.
      await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; }));
    },
  });
}

const scene = (page) => page.getAttribute("html", "data-scene");
const title = (page) => page.locator("#kiosk-scene-title").innerText();

/** Runs the clock until the tour shows its first country scene. */
async function firstCountry(page) {
  for (let i = 0; i < 20 && (await scene(page)) !== "country"; i++) await page.clock.runFor(STEP);
  assert.equal(await scene(page), "country");
}

test("the tour advances through the countries on its own", async () => {
  const { page, context, problems } = await kiosk();
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.equal(await scene(page), "overview");
  await page.clock.runFor(1_000);
  await firstCountry(page);
  assert.equal(await title(page), "Colombia");
  await page.clock.runFor(STEP);
  // Costa Rica's partner and story, then its testimony on a scene of its own.
  assert.equal(await title(page), "Costa Rica (1/2)");
  assert.equal(await page.getAttribute("html", "data-mode"), "kiosk");
  assert.equal(await page.getAttribute("html", "data-kiosk"), "touring");
  assert.ok(await page.locator("#kiosk-hint").isVisible(), "a hint says touching takes control");
  assert.match(await page.locator("#kiosk-progress").innerText(), /\d+ \/ \d+ · Next: /);
  assert.match(await page.locator("#kiosk-source").innerText(), /^Source: /);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a touch pauses the tour; a minute without input resumes it", async () => {
  const { page, context } = await kiosk();
  await page.clock.runFor(1_000);
  await firstCountry(page);
  assert.equal(await title(page), "Colombia");
  await page.mouse.click(1500, 600);
  assert.equal(await page.getAttribute("html", "data-kiosk"), "paused");
  assert.ok(await page.locator("#kiosk-paused").isVisible(), "the pause shows on screen");
  assert.ok(await page.locator("#kiosk-resume").isVisible(), "with the way back to the tour");
  await page.clock.runFor(55_000);
  assert.equal(await title(page), "Colombia", "still paused while the visitor explores");
  await page.clock.runFor(7_000);
  assert.equal(await page.getAttribute("html", "data-kiosk"), "touring");
  assert.equal(await title(page), "Costa Rica (1/2)", "resumed with the next scene");
  assert.ok(!(await page.locator("#kiosk-paused").isVisible()));
  await context.close();
});

test("a visitor picks a country; back to the tour leaves it out of the URL", async () => {
  const { page, context } = await kiosk();
  await page.clock.runFor(1_000);
  await page.mouse.click(1500, 600);
  await page.locator("#kiosk-pick").click();
  assert.equal(await scene(page), "picker");
  await page.locator('#kiosk-scene-body button[data-country="TUN"]').click();
  assert.equal(await title(page), "Tunisia (1/2)");
  assert.match(page.url(), /country=TUN/);
  // "More" shows the rest of what the tour says about it: its testimony.
  await page.locator("#kiosk-more").click();
  assert.equal(await title(page), "In their words: Tunisia (2/2)");
  assert.match(await page.locator("#kiosk-scene-body blockquote").innerText(), /Nobody claims to be able to change the world/);
  await page.clock.runFor(2_000);
  assert.equal(await page.getAttribute("#map-frame", "data-view"), "TUN", "the map flies to the chosen country");
  assert.equal(await page.locator("#kiosk-map-label").innerText(), "Tunisia");
  await page.locator("#kiosk-resume").click();
  assert.equal(await page.getAttribute("html", "data-kiosk"), "touring");
  assert.doesNotMatch(page.url(), /country=/);
  // The URL stays free of the toured countries as the tour goes on.
  await firstCountry(page);
  assert.doesNotMatch(page.url(), /country=/);
  await context.close();
});

// The tour draws the next scene's map while a scene shows and swaps canvases at
// the change (src/web/map_ready.rs): what it swaps in must be the very map a
// drawing at the change would paint. A second kiosk, where a visitor picks the
// same country at once, draws it at the change; the pixels must be equal. With
// the map cutting and with it flying (compared once the flight is over).
for (const [how, media] of [["cutting", { reducedMotion: "reduce" }], ["flying", {}]]) {
  test(`the next scene's map is drawn ahead and swapped in, pixel for pixel the map drawn at the change (${how})`, async () => {
    const { page, context } = await kiosk("", media);
    await page.clock.runFor(1_000);
    await firstCountry(page);
    await page.clock.runFor(STEP);
    assert.equal(await title(page), "Costa Rica (1/2)");
    await page.clock.runFor(2_000);
    assert.equal(await page.getAttribute("#map-frame", "data-view"), "CRI");
    assert.equal(await page.getAttribute("#map-frame", "data-drawn-ahead"), "yes", "drawn while Colombia showed");
    assert.equal(await page.locator("#map-frame canvas").count(), 3, "no canvas left behind");
    const pixels = (p) => p.evaluate(() => document.getElementById("map-canvas").toDataURL());
    const ahead = await pixels(page);
    assert.ok(ahead.length > 20_000, `a map is on the canvas (${ahead.length} bytes of PNG)`);
    const other = await kiosk("", media);
    await other.page.clock.runFor(1_000);
    await other.page.mouse.click(1500, 600);
    await other.page.locator("#kiosk-pick").click();
    await other.page.locator('#kiosk-scene-body button[data-country="CRI"]').click();
    await other.page.clock.runFor(2_000);
    assert.equal(await other.page.getAttribute("#map-frame", "data-view"), "CRI");
    assert.equal(await other.page.getAttribute("#map-frame", "data-drawn-ahead"), "no", "drawn at the change");
    assert.ok((await pixels(other.page)) === ahead, "the map swapped in is the map drawn at the change");
    assert.equal(await page.locator("#kiosk-map-label").innerText(), "Costa Rica");
    await other.context.close();
    await context.close();
  });
}

test("no context menu and no text selection on the kiosk", async () => {
  const { page, context } = await kiosk();
  const prevented = await page.evaluate(() => {
    const e = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    return !document.body.dispatchEvent(e);
  });
  assert.ok(prevented, "contextmenu default prevented");
  const select = await page.evaluate(() => getComputedStyle(document.documentElement).userSelect);
  assert.equal(select, "none");
  await context.close();
});

/**
 * Tours `steps` steps under the fake clock and returns the growth of JS heap plus
 * wasm memory, MB, after a first loop has warmed caches and pools.
 */
async function soak(steps, media) {
  const { page, context } = await kiosk("", media);
  // The fake clock replaces window.performance, so the JS heap is read over CDP.
  const cdp = await context.newCDPSession(page);
  const memory = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    // The wasm's memory, found by its type: scripts/minify.mjs renames the exports.
    const wasm = await page.evaluate(() => Object.values(window.__wasm).find((v) => v instanceof WebAssembly.Memory).buffer.byteLength);
    return usedSize + wasm;
  };
  await page.clock.runFor(20 * STEP);
  const start = await memory();
  for (let done = 0; done < steps; done += 500) await page.clock.runFor(Math.min(500, steps - done) * STEP);
  const end = await memory();
  console.log(`soak: ${steps} steps, memory ${(start / 1e6).toFixed(2)} MB -> ${(end / 1e6).toFixed(2)} MB`);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  await context.close();
  return (end - start) / 1e6;
}

// Days of touring: 10,000 scene changes. Under the fake clock every flight is
// 70-odd animation frames run one after another, which made this test take half
// an hour; with reduced motion the map cuts, and every scene is still planned,
// built and drawn, so what could leak per scene is still exercised 10,000 times.
test("soak: 10,000 tour steps grow JS heap plus wasm memory by less than 5 MB", { timeout: 30 * 60_000 }, async () => {
  const growth = await soak(10_000, { reducedMotion: "reduce" });
  assert.ok(growth < 5, `memory grew by ${growth.toFixed(2)} MB`);
});

// The flights themselves (their frames, the copied drawing), soaked for 300 steps
// (each flight is some 70 fake-clock frames: about 0.2 s of test time per step).
test("soak with the map flying: 300 tour steps grow memory by less than 2 MB", { timeout: 30 * 60_000 }, async () => {
  const growth = await soak(300, {});
  assert.ok(growth < 2, `memory grew by ${growth.toFixed(2)} MB`);
});
