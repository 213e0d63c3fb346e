// A programme whose countries straddle ±180° (Fiji, Kiribati, Samoa, Tonga): the map
// centres on the Pacific, so its countries sit together in the middle of the map
// rather than at its two edges, and each is still selectable by pointer. The
// dataset is synthetic (benches/gen-datasets.mjs), published into a copy of dist/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open, publishedGenerated, points } from "./lib.mjs";
import { makeDataset, geometryCountries } from "../benches/gen-datasets.mjs";

const PACIFIC = ["FJI", "KIR", "WSM", "TON"];
let site, server, browser, id;

before(async () => {
  const pool = geometryCountries().usable;
  // Six years: the figures generated for five would give a protected cell away.
  const d = makeDataset(4, 6, PACIFIC.map((c) => pool.find((p) => p.iso3 === c)));
  id = d.id;
  site = publishedGenerated([{ dataset: d, title: "A Pacific programme (synthetic)" }]);
  server = await serve(site.dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

for (const [name, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844, dpr: 2 }]]) {
  test(`a Pacific programme is drawn together in the middle of the map, each country selectable (${name})`, async () => {
    const { page, context, problems } = await open(browser, `${server.url}?lang=en&data=${id}`, viewport);
    try {
      assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
      const a = points(await page.getAttribute("#map-overlay", "data-anchors"));
      assert.deepEqual(Object.keys(a).sort(), [...PACIFIC].sort());
      const box = await page.locator("#map-overlay").boundingBox();
      // Cut at ±180°, Fiji would sit at one edge of a world-wide frame and Samoa
      // and Tonga at the other: here every country is well inside the map, and
      // Fiji and Samoa (about 1,100 km apart) are close together on it.
      for (const [iso3, p] of Object.entries(a)) {
        assert.ok(p.x > box.width * 0.05 && p.x < box.width * 0.95, `${iso3} at x=${p.x} of ${box.width}`);
      }
      assert.ok(Math.abs(a.FJI.x - a.WSM.x) < box.width / 2, `Fiji at x=${a.FJI.x}, Samoa at x=${a.WSM.x} of ${box.width}`);
      await page.locator("#map-overlay").scrollIntoViewIfNeeded();
      const shown = await page.locator("#map-overlay").boundingBox();
      await page.mouse.click(shown.x + a.FJI.x, shown.y + a.FJI.y);
      await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Fiji");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
