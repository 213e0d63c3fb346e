// PNG downloads, bar tooltips, the world view, the staff preview, and the kiosk
// working offline once loaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { open, ROOT, usePage, points } from "./lib.mjs";

const env = usePage();

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString(), "PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

for (const [button, name] of [["results-canvas", "demo-results.png"], ["countries-canvas", "demo-countries.png"], ["map-canvas", "demo-map.png"]]) {
  test(`PNG download of ${button} is drawn at pixel ratio 2`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
    const css = await page.locator(`#${button}`).boundingBox();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-png="${button}"]`)]);
    assert.equal(download.suggestedFilename(), name);
    const size = pngSize(await download.path());
    assert.ok(Math.abs(size.width - css.width * 2) <= 2, `width ${size.width} ≈ ${css.width} × 2`);
    assert.ok(size.height > 100);
    // Under the drawing, the caption the command's exports carry: the synthetic label
    // and the source (several lines at 2×), so the file keeps its context.
    assert.ok(size.height >= css.height * 2 + 60, `height ${size.height} leaves room for a caption under ${css.height} × 2`);
    await context.close();
  });
}

test("hovering a bar shows its figures in a tooltip", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  const { x, y } = points(await page.getAttribute("#countries-canvas", "data-targets")).COL;
  const canvas = page.locator("#countries-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + x, box.y + y);
  const tip = page.locator("#chart-tooltip");
  await tip.waitFor({ state: "visible" });
  const text = await tip.innerText();
  assert.match(text, /^Colombia/);
  assert.match(text, /12 volunteers deployed/);
  assert.match(text, /3,120 people reached/);
  await context.close();
});

test("the world view is one click away and back", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  const before = await page.getAttribute("#map-overlay", "data-anchors");
  await page.click("#view-toggle");
  await page.waitForFunction((b) => document.getElementById("map-overlay").dataset.anchors !== b, before);
  assert.equal(await page.getAttribute("#view-toggle", "aria-pressed"), "true");
  // A toggle keeps its label; its pressed state says it is on (see wcag.test.mjs).
  assert.equal(await page.locator("#view-toggle").innerText(), "World view");
  await page.click("#view-toggle");
  await page.waitForFunction((b) => document.getElementById("map-overlay").dataset.anchors === b, before);
  await context.close();
});

test("staff preview: asks for the tables by name, shows its result at the top, hides the published programme", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  await page.locator(".preview summary").click();
  const dir = path.join(ROOT, "data", "datasets");
  // Only the JSON file: the preview names the tables it still needs.
  await page.setInputFiles("#preview-input", path.join(dir, "demo.json"));
  await page.waitForFunction(() => !document.getElementById("preview-panel").hidden);
  assert.equal(await page.locator("#preview-title").innerText(), "Preview of demo.json");
  assert.deepEqual(await page.locator("#preview-needs li").allInnerTexts(), ["demo-by-country.csv: not picked yet", "demo-by-year.csv: not picked yet"]);
  assert.match(await page.locator("#preview-summary").innerText(), /^demo\.json uses these tables\. Pick them too/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "preview-title", "focus moves to the result");
  assert.equal(await page.locator("#headline").isVisible(), false, "the published programme is hidden");
  assert.equal(await page.locator("#programme-name").isVisible(), false);
  // The tables picked in a second go complete the preview.
  await page.setInputFiles("#preview-more", ["demo-by-country.csv", "demo-by-year.csv"].map((f) => path.join(dir, f)));
  await page.waitForFunction(() => document.getElementById("programme-acronym").textContent === "DEMO");
  assert.equal(await page.locator("#preview-summary").innerText(), "No errors: below is the page as it would show this dataset.");
  assert.ok(await page.locator("#synthetic-badge").isVisible());
  assert.ok(await page.locator("#headline").isVisible(), "the previewed programme shows");
  assert.equal(await page.locator("#preview-needs").isVisible(), false);
  // The panel's country buttons are the previewed programme's, once (web::detail
  // keeps them per dataset).
  const chips = await page.locator("#detail-body button[data-country]").evaluateAll((bs) => bs.map((b) => b.dataset.country));
  const demo = JSON.parse(fs.readFileSync(path.join(dir, "demo.json"), "utf8")).countries.map((c) => c.iso3);
  assert.deepEqual(chips, demo);
  // A broken file: its problems at the top, with the line quoted; nothing else shows.
  await page.setInputFiles("#preview-more", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "impact-atlas/1",\n}') });
  await page.waitForFunction(() => /Errors to fix: 1\./.test(document.getElementById("preview-summary").textContent));
  assert.equal(await page.locator("#preview-title").innerText(), "Preview of broken.json");
  const problems = await page.locator("#preview-problems li").allInnerTexts();
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /^error: broken\.json, line 1, column 28: comma after the last item \(remove this comma: no comma may come just before \} or \]\)/);
  assert.equal(await page.locator("#preview-problems pre").innerText(), '{"format": "impact-atlas/1",\n                           ^');
  assert.equal(await page.locator("#headline").isVisible(), false, "neither the published nor the last previewed data shows");
  assert.equal(await page.evaluate(() => document.querySelector("main").firstElementChild.id), "preview-panel", "the result is at the top of the page");
  await context.close();
});

test("staff preview reads tables kept in a workbook (.xlsx, .ods) and points at the cell", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  await page.locator(".preview summary").click();
  // The JSON alone: the workbook is asked for by name, like a CSV table.
  await page.setInputFiles("#preview-input", path.join(ROOT, "tests", "bad", "xlsx-fraction.json"));
  await page.waitForFunction(() => !document.getElementById("preview-panel").hidden);
  assert.deepEqual(await page.locator("#preview-needs li").allInnerTexts(), ["xlsx-fraction-tables.xlsx: not picked yet"]);
  assert.equal(await page.locator("#headline").isVisible(), false, "the published programme is hidden");
  // With the workbook: the same message as `impact-atlas validate`, naming sheet and cell.
  await page.setInputFiles("#preview-more", path.join(ROOT, "tests", "bad", "xlsx-fraction-tables.xlsx"));
  await page.waitForFunction(() => /Errors to fix: 1\./.test(document.getElementById("preview-summary").textContent));
  assert.deepEqual(await page.locator("#preview-problems li").allInnerTexts(), [
    "error: xlsx-fraction-tables.xlsx, sheet countries, cell C2 (people): count 400.5 is not a whole number (write a whole number such as 1808)",
  ]);
  // A workbook with one stray value at its far corner (XFD1048576): named, where
  // laying the sheet out from A1 used to exhaust the worker's memory.
  await page.setInputFiles("#preview-input", [path.join(ROOT, "tests", "bad", "xlsx-stray-far-cell.json"), path.join(ROOT, "tests", "bad", "xlsx-stray-far-cell-tables.xlsx")]);
  await page.waitForFunction(() => /XFD1048576/.test(document.getElementById("preview-problems").textContent));
  assert.deepEqual(await page.locator("#preview-problems li").allInnerTexts(), [
    "error: xlsx-stray-far-cell-tables.xlsx, sheet countries, cell XFD1048576: this cell holds a value far outside the table (a table sheet can use at most 10000 rows and 100 columns) (delete what is in that cell (Ctrl+End goes to the last cell used), then save the workbook again)",
  ]);
  // A LibreOffice workbook without errors is shown as the page would publish it.
  await page.setInputFiles("#preview-more", [path.join(ROOT, "tests", "good", "ods.json"), path.join(ROOT, "tests", "good", "ods-tables.ods")]);
  await page.waitForFunction(() => document.documentElement.dataset.preview === "shown");
  assert.equal(await page.locator("#preview-summary").innerText(), "No errors: below is the page as it would show this dataset.");
  assert.equal(await page.locator("#preview-title").innerText(), "Preview of ods.json");
  assert.ok(await page.locator("#headline").isVisible(), "the previewed programme shows");
  assert.equal(await page.locator("#programme-acronym").textContent(), "T", "the workbook's dataset is the one shown");
  await context.close();
});

test("staff preview in French, then Spanish: the validator's messages, places and file list are in the page's language", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=fr`);
  await page.locator(".preview summary").click();
  // A broken JSON file: the syntax error in French, with French typography.
  await page.setInputFiles("#preview-input", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "impact-atlas/1",\n}') });
  await page.waitForFunction(() => /Erreurs à corriger\u202f: 1\./.test(document.getElementById("preview-summary").textContent));
  const problems = await page.locator("#preview-problems li").allInnerTexts();
  assert.equal(problems.length, 1, problems.join("\n"));
  const [syntax] = problems;
  assert.match(syntax, /^erreur\u202f: broken\.json, ligne 1, colonne 28\u202f: virgule après le dernier élément \(retirez cette virgule\u202f: aucune virgule ne peut précéder directement \} ou \]\)/);
  // A workbook's cell: the sheet and the cell named in French, the message too.
  await page.setInputFiles("#preview-more", path.join(ROOT, "tests", "bad", "xlsx-fraction.json"));
  await page.waitForFunction(() => document.querySelectorAll("#preview-needs li").length === 1);
  assert.deepEqual(await page.locator("#preview-needs li").allInnerTexts(), ["xlsx-fraction-tables.xlsx\u202f: pas encore choisi"]);
  await page.setInputFiles("#preview-more", path.join(ROOT, "tests", "bad", "xlsx-fraction-tables.xlsx"));
  await page.waitForFunction(() => /Erreurs à corriger\u202f: 1\./.test(document.getElementById("preview-summary").textContent) && /xlsx/.test(document.getElementById("preview-problems").textContent));
  assert.deepEqual(await page.locator("#preview-problems li").allInnerTexts(), [
    "erreur\u202f: xlsx-fraction-tables.xlsx, feuille countries, cellule C2 (people)\u202f: le nombre 400.5 n'est pas un nombre entier (écrivez un nombre entier comme 1808)",
  ]);
  // Another language: the same files are checked again and the messages follow.
  await page.selectOption("#lang-select", "es");
  await page.waitForFunction(() => /Errores por corregir: 1\./.test(document.getElementById("preview-summary").textContent));
  assert.deepEqual(await page.locator("#preview-problems li").allInnerTexts(), [
    "error: xlsx-fraction-tables.xlsx, hoja countries, celda C2 (people): la cifra 400.5 no es un número entero (escriba un número entero como 1808)",
  ]);
  await context.close();
});

test("kiosk keeps working offline once loaded", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?mode=kiosk&lang=en`, { width: 1920, height: 1080 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true));
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first load was not yet controlled by the worker: load once more while online
  // so every file passes through it and is cached.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready");
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
  assert.equal(await page.getAttribute("html", "data-mode"), "kiosk");
  await context.close();
});
