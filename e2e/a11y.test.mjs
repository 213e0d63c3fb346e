// WCAG 2.1 AA: axe-core finds no violation in any mode at phone, desktop and 4K
// widths; the page works by keyboard alone; print gives a clean summary.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { open, ROOT, usePage } from "./lib.mjs";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
const env = usePage();

async function axe(page) {
  // Evaluated by the test driver, not added as a <script>: the page's own
  // Content-Security-Policy (rightly) refuses inline scripts.
  await page.evaluate(fs.readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

for (const mode of ["standalone", "embed", "kiosk"]) {
  for (const width of [390, 1280, 3840]) {
    for (const data of ["prodef", "demo"]) {
      test(`axe: no WCAG 2.1 AA violation, ${mode} at ${width} px, ${data}`, async () => {
        const height = width === 3840 ? 2160 : width === 390 ? 844 : 800;
        const { page, context } = await open(env.browser, `${env.server.url}?mode=${mode}&data=${data}&lang=en`, { width, height });
        assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
        assert.deepEqual(await axe(page), []);
        await context.close();
      });
    }
  }
}

// An embed of one long visual, a page at a time: its pager (and the page it shows,
// with "Previous" enabled) passes too, in French's longer words, light and dark.
for (const [data, view] of [["prodef", "results"], ["prodef", "stories"], ["demo", "countries"]]) {
  test(`axe: a paged embed (${data}, view=${view}) at 320 px, first and second page`, async () => {
    for (const colorScheme of ["light", "dark"]) {
      const url = `${env.server.url}?mode=embed&view=${view}&data=${data}&lang=fr`;
      const { page, context } = await open(env.browser, url, { width: 320, height: 640, media: { colorScheme } });
      assert.ok(await page.locator("#pager").isVisible(), "paged");
      assert.deepEqual(await axe(page), [], `page 1, ${colorScheme}`);
      const before = await page.textContent("#pager-at");
      await page.click("#pager-next");
      await page.waitForFunction((s) => document.getElementById("pager-at").textContent !== s, before);
      assert.deepEqual(await axe(page), [], `page 2, ${colorScheme}`);
      await context.close();
    }
  });
}

for (const data of ["prodef", "demo"]) {
  test(`dark colour scheme: charts follow it and axe finds no violation (${data})`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}?data=${data}&lang=en`, { media: { colorScheme: "dark" } });
    const bg = await page.evaluate(() => {
      const c = document.getElementById("results-canvas");
      const [r, g, b] = c.getContext("2d").getImageData(1, 1, 1, 1).data;
      return r + g + b;
    });
    assert.ok(bg < 150, `chart background is dark (${bg})`);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test("keyboard only: every control is reachable and a country can be selected", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  const reached = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => {
      const a = document.activeElement;
      // Past the last control focus leaves the page (the body): not a stop.
      if (!a || a === document.body) return "";
      const visible = a && getComputedStyle(a).outlineStyle !== "none";
      return a ? `${a.id || a.tagName.toLowerCase()}${visible ? "" : "!nofocus"}` : "";
    });
    if (id) reached.add(id);
  }
  for (const id of ["lang-select", "share-button", "metric-select", "view-toggle", "map-overlay", "embed-button", "csv-link"]) {
    assert.ok(reached.has(id), `${id} reachable by Tab (reached: ${[...reached].join(", ")})`);
  }
  assert.ok(![...reached].some((r) => r.endsWith("!nofocus")), `visible focus on every stop: ${[...reached].join(", ")}`);
  await page.focus("#map-overlay");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /country=/.test(location.search));
  assert.notEqual(await page.locator("#detail-title").textContent(), "The whole programme");
  await context.close();
});
