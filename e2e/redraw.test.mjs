// What a change redraws: a dataset previewed by staff replaces the map too, even
// when it publishes per-country figures like the one shown before (the map once
// kept the former dataset's colours, because its cache key left the dataset out).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { open, ROOT, usePage } from "./lib.mjs";

const env = usePage();

/** The map canvas's pixels, as a string to compare. */
const mapPixels = (page) =>
  page.evaluate(() => {
    const c = document.getElementById("map-canvas");
    const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let h = 0;
    for (let i = 0; i < data.length; i++) h = (Math.imul(h, 31) + data[i]) | 0;
    return `${c.width}x${c.height}:${h}`;
  });

test("previewing a dataset with other per-country figures redraws the map", async () => {
  const { page, context, problems } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  const before = await mapPixels(page);
  const legendBefore = await page.locator("#map-legend").innerText();

  // The demo dataset with Colombia's and Tunisia's volunteers swapped: the same
  // countries, metric, totals and legend, only the countries' shades change.
  const dir = path.join(ROOT, "data", "datasets");
  const csv = fs
    .readFileSync(path.join(dir, "demo-by-country.csv"), "utf8")
    .replace(/^COL,12,/m, "COL,4,")
    .replace(/^TUN,4,/m, "TUN,12,");
  assert.match(csv, /^COL,4,/m, "the demo table still has the rows this test swaps");
  await page.locator(".preview summary").click();
  await page.setInputFiles("#preview-input", [
    { name: "demo.json", mimeType: "application/json", buffer: fs.readFileSync(path.join(dir, "demo.json")) },
    { name: "demo-by-country.csv", mimeType: "text/csv", buffer: Buffer.from(csv) },
    { name: "demo-by-year.csv", mimeType: "text/csv", buffer: fs.readFileSync(path.join(dir, "demo-by-year.csv")) },
  ]);
  await page.waitForFunction(() => /Previewing demo\.json/.test(document.getElementById("preview-status").textContent));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  assert.equal(await page.locator("#map-legend").innerText(), legendBefore, "same classes: only the shading moves");
  assert.notEqual(await mapPixels(page), before, "the map shows the previewed figures");
  assert.deepEqual(problems, []);
  await context.close();
});
