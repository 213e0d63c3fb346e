// Dropped files for the staff preview: size and type are checked before a byte is
// read, a shown preview says so in a banner that stays, hostile file names are shown
// escaped, and kiosk and embed pages take no dropped file at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { open, serve, DIST, ROOT, usePage } from "./lib.mjs";

const env = usePage();
const DATA = path.join(ROOT, "data", "datasets");
const DEMO = ["demo.json", "demo-by-country.csv", "demo-by-year.csv"].map((f) => path.join(DATA, f));

async function standalone() {
  const r = await open(env.browser, `${env.server.url}?lang=en`);
  await r.page.locator(".preview summary").click();
  return r;
}

const status = (page) => page.locator("#preview-status").innerText();
const acronym = (page) => page.locator("#programme-acronym").textContent();

// [files for setInputFiles, what the status says]; the published data stays.
const REFUSED = [
  [[{ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(3 * 1024 * 1024, 0x20) }],
    /^huge\.json was not read: it is larger than 2 MB/],
  [[{ name: "holiday.png", mimeType: "image/png", buffer: Buffer.from("\x89PNG\r\n\x1a\n") }],
    /^holiday\.png was not read: only \.json, \.csv, \.xlsx and \.ods files can be previewed/],
  [[{ name: "page.json", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script>") }],
    /^page\.json was not read: only \.json, \.csv, \.xlsx and \.ods/],
  [[{ name: "macros.xlsm", mimeType: "application/vnd.ms-excel.sheet.macroEnabled.12", buffer: Buffer.from("PK") }],
    /^macros\.xlsm was not read: only \.json, \.csv, \.xlsx and \.ods/],
  [[{ name: "book.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("PK") }],
    /^Drop or pick the dataset's \.json file/],
  [[{ name: "a.json", mimeType: "application/json", buffer: Buffer.from("{}") }, { name: "b.json", mimeType: "application/json", buffer: Buffer.from("{}") }],
    /^Drop one \.json dataset file at a time/],
  [[{ name: "demo-by-country.csv", mimeType: "text/csv", buffer: Buffer.from("country,volunteers\nHTI,3\n") }],
    /^Drop or pick the dataset's \.json file/],
  [[{ name: "evil\u202Egnp.json", mimeType: "application/json", buffer: Buffer.from("{") }],
    /^evil\\u\{202E\}gnp\.json has errors \(1\)/],
  [[{ name: "\u001b[2Jclear.json", mimeType: "application/json", buffer: Buffer.from("[]") }],
    /^\\u\{001B\}\[2Jclear\.json has errors/],
];

for (const [files, says] of REFUSED) {
  test(`preview of ${files.map((f) => JSON.stringify(f.name)).join(" + ")} is refused and says so`, async () => {
    const { page, context } = await standalone();
    await page.setInputFiles("#preview-input", files);
    // A file that is read is first "Checking …" while the staff worker checks it.
    await page.waitForFunction(() => /^(?!Checking )./.test(document.getElementById("preview-status").textContent));
    assert.match(await status(page), says);
    assert.equal(await acronym(page), "PRODEF", "the published data stays");
    assert.equal(await page.locator("#preview-banner").count(), 0, "no preview banner");
    await context.close();
  });
}

test("only the CSV files the JSON names are read; a shown preview keeps a banner at the top", async () => {
  const { page, context } = await standalone();
  // A stray CSV beside the dataset is not read (it would be reported if it were).
  const stray = { name: "stray.csv", mimeType: "text/csv", buffer: Buffer.from("=cmd|' /C calc'!A0\n\u0000\u0000") };
  const files = DEMO.map((f) => ({ name: path.basename(f), mimeType: f.endsWith(".json") ? "application/json" : "text/csv", buffer: fs.readFileSync(f) }));
  await page.setInputFiles("#preview-input", [...files, stray]);
  await page.waitForFunction(() => document.getElementById("programme-acronym").textContent === "DEMO");
  assert.match(await status(page), /^Previewing demo\.json in this browser only/);
  assert.deepEqual(await page.locator("#preview-problems li").allInnerTexts(), [], "the stray file was not read");
  const banner = page.locator("#preview-banner");
  assert.equal(await banner.innerText(), "Preview, only in this browser: this file is not published. Reload the page to return to the published data.");
  // It stays: at the top after scrolling to the footer, and after a change of language.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const box = await banner.boundingBox();
  assert.ok(box && box.y >= -1 && box.y < 5, `banner at y=${box?.y}`);
  await page.selectOption("#lang-select", "fr");
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  assert.ok(await banner.isVisible());
  assert.match(await banner.innerText(), /^Aperçu, dans ce navigateur seulement/);
  await context.close();
});

for (const mode of ["kiosk", "embed"]) {
  test(`${mode} mode has no preview and ignores a dropped dataset`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}?mode=${mode}&lang=en`, {
      width: 1920, height: 1080, before: (p) => p.clock.install(),
    });
    assert.equal(await page.locator("details.preview").count(), 0);
    assert.equal(await page.locator("#preview-input").count(), 0);
    const json = fs.readFileSync(DEMO[0], "utf8");
    const prevented = await page.evaluate(async (json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], "demo.json", { type: "application/json" }));
      const drop = new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: dt });
      const notCancelled = document.body.dispatchEvent(drop);
      await new Promise((r) => setTimeout(r, 300));
      return !notCancelled;
    }, json);
    assert.ok(prevented, "the browser does not open the dropped file either");
    assert.equal(await acronym(page), "PRODEF");
    await context.close();
  });
}

// The staff worker's wasm can fail to arrive or compile (a broken upload, a proxy):
// the preview says so instead of "Checking …" for ever, and the page stays.
test("a staff worker whose wasm does not compile is reported, and the published page stays", async () => {
  const wasm = fs.readdirSync(DIST).find((f) => /^staff-[0-9a-f]{16}_bg\.wasm$/.test(f));
  assert.ok(wasm, "the build has a staff worker");
  const broken = await serve(DIST, { routes: { [`/${wasm}`]: ["application/wasm", "<html>proxy error</html>"] } });
  const { page, context } = await open(env.browser, `${broken.url}?lang=en`);
  try {
    await page.locator(".preview summary").click();
    await page.setInputFiles("#preview-input", DEMO);
    await page.waitForFunction(() => /^The preview's checker could not start/.test(document.getElementById("preview-status").textContent), null, { timeout: 30_000 });
    assert.match(await status(page), /^The preview's checker could not start, so demo\.json was not checked\./);
    assert.equal(await acronym(page), "PRODEF", "the published data stays");
  } finally {
    await context.close();
    await broken.close();
  }
});
