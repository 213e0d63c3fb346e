// Kiosk mode under a fake clock: the attract loop advances, a touch pauses it,
// a minute of idle resumes it, and days of touring do not grow memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, usePage } from "./lib.mjs";

const STEP = 8_000;
const env = usePage();

async function kiosk(query = "") {
  return open(env.browser, env.server.url + "?mode=kiosk&lang=en" + query, {
    width: 1920, height: 1080,
    before: async (page) => {
      await page.clock.install();
      // Keep the wasm exports so the soak test can read wasm memory.
      await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; }));
    },
  });
}

const scene = (page) => page.getAttribute("html", "data-scene");
const title = (page) => page.locator("#detail-title").innerText();

test("the tour advances through the countries on its own", async () => {
  const { page, context, problems } = await kiosk();
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.equal(await scene(page), "overview");
  await page.clock.runFor(STEP + 1_000);
  assert.equal(await scene(page), "country");
  assert.equal(await title(page), "Colombia");
  await page.clock.runFor(STEP);
  assert.equal(await title(page), "Costa Rica");
  assert.equal(await page.getAttribute("html", "data-mode"), "kiosk");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a touch pauses the tour; a minute without input resumes it", async () => {
  const { page, context } = await kiosk();
  await page.clock.runFor(STEP + 1_000);
  assert.equal(await title(page), "Colombia");
  await page.mouse.click(1800, 1000);
  assert.equal(await page.getAttribute("html", "data-kiosk"), "paused");
  await page.clock.runFor(55_000);
  assert.equal(await title(page), "Colombia", "still paused while the visitor explores");
  await page.clock.runFor(7_000);
  assert.equal(await page.getAttribute("html", "data-kiosk"), "touring");
  assert.equal(await title(page), "Costa Rica", "resumed with the next scene");
  await context.close();
});

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

test("soak: 10,000 tour steps grow JS heap plus wasm memory by less than 5 MB", { timeout: 30 * 60_000 }, async () => {
  const { page, context } = await kiosk();
  // The fake clock replaces window.performance, so the JS heap is read over CDP.
  const cdp = await context.newCDPSession(page);
  const memory = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    return usedSize + wasm;
  };
  // Warm up one full loop so caches and pools exist before the baseline.
  await page.clock.runFor(20 * STEP);
  const start = await memory();
  const steps = 10_000;
  for (let done = 0; done < steps; done += 500) await page.clock.runFor(500 * STEP);
  const end = await memory();
  const growth = (end - start) / 1e6;
  console.log(`soak: ${steps} steps, memory ${(start / 1e6).toFixed(2)} MB -> ${(end / 1e6).toFixed(2)} MB`);
  assert.ok(growth < 5, `memory grew by ${growth.toFixed(2)} MB`);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  await context.close();
});
