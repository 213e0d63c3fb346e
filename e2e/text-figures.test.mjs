// Figures are text: what a visitor reads in the charts is in the page, where
// find-in-page finds it and a selection copies it; the canvas draws only the marks,
// and a screen reader hears each figure once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, usePage } from "./lib.mjs";

const env = usePage();

/** Whether the browser's find-in-page finds `text` (window.find searches what is rendered). */
const finds = (page, text) => page.evaluate((t) => {
  window.getSelection().removeAllRanges();
  return window.find(t, false, false, true);
}, text);

test("find-in-page finds 24,906 in the results chart on the default page, and it copies", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?lang=en", { width: 1280, height: 800 });
  // The match is in the chart itself (not only in a collapsed text view), visible,
  // and the selection it makes copies the figure.
  const where = await page.evaluate(() => {
    window.getSelection().removeAllRanges();
    if (!window.find("24,906", false, false, true)) return { found: false };
    const node = window.getSelection().anchorNode;
    const el = node?.nodeType === 3 ? node.parentElement : node;
    const r = el.getBoundingClientRect();
    return { found: true, inChart: !!el.closest("#results-chart"), w: r.width, h: r.height, copied: window.getSelection().toString() };
  });
  assert.ok(where.found && where.inChart && where.w > 0 && where.h > 0, JSON.stringify(where));
  assert.equal(where.copied, "24,906");
  for (const t of ["including 4,128 women", "17,221 children", "More than 300", "Approximately 1,808"]) {
    assert.ok(await finds(page, t), `find-in-page finds "${t}"`);
  }
  await context.close();
});

test("French figures are text too, with their no-break spaces, inside the chart at a phone's width", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?lang=fr", { width: 390, height: 844, dpr: 2 });
  const texts = await page.locator("#results-canvas-text .t").allTextContents();
  assert.ok(texts.includes("24\u202f906"), texts.join(" | "));
  assert.ok(texts.some((t) => t.includes("dont 4\u202f128 femmes")), texts.join(" | "));
  // Every label stays inside the chart's width at a phone's width.
  const overflow = await page.evaluate(() => {
    const box = document.getElementById("results-chart").getBoundingClientRect();
    return [...document.querySelectorAll("#results-canvas-text .t")]
      .filter((s) => s.getBoundingClientRect().right > box.right + 1)
      .map((s) => s.textContent);
  });
  assert.deepEqual(overflow, []);
  await context.close();
});

test("each figure is read once: the canvas is hidden from assistive technology, the text is not", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?lang=en");
  const client = await context.newCDPSession(page);
  const { nodes } = await client.send("Accessibility.getFullAXTree");
  const names = nodes.filter((n) => !n.ignored && n.role?.value !== "InlineTextBox")
    .map((n) => n.name?.value ?? "").filter((v) => v.includes("24,906"));
  // Once as static text in the chart; not also as an image's description.
  assert.equal(names.filter((v) => v === "24,906").length, 1, JSON.stringify(names));
  assert.equal(await page.getAttribute("#results-canvas", "aria-hidden"), "true");
  await context.close();
});
