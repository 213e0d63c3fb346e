// Languages, URL state with Back/Forward, downloads and sharing on the standalone page.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { open, usePage } from "./lib.mjs";

const env = usePage();

const text = (page, sel) => page.locator(sel).innerText();
const textContent = async (page, sel) => (await page.locator(sel).textContent()) ?? "";

for (const [lang, more, big, title] of [
  ["fr", "plus de 70", "24\u202f906", "Où sont allés les volontaires"],
  ["es", "más de 70", "24.906", "Adónde fueron los voluntarios"],
]) {
  test(`?lang=${lang} shows translated text and locale numbers`, async () => {
    const { page, context, problems } = await open(env.browser, `${env.server.url}?lang=${lang}`);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.match(await text(page, "#headline"), new RegExp(more));
    assert.ok((await textContent(page, "#results-list")).includes(big), `${big} in results`);
    assert.equal(await text(page, "#map-title"), title);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the language switch changes the page and the URL; Back restores it", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  await page.selectOption("#lang-select", "fr");
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  assert.match(page.url(), /lang=fr/);
  assert.match(await text(page, "#headline"), /plus de 70/);
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.match(await text(page, "#headline"), /more than 70/);
  await context.close();
});

test("CSV download holds the figures shown", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv-link")]);
  assert.equal(download.suggestedFilename(), "prodef-figures.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  // A byte-order mark (spreadsheets read UTF-8), then the source, then the header.
  assert.match(csv, /^\uFEFF"Source: International Bureau for Children's Rights \(IBCR\), “A look back[^\r\n]*\r\nsection,item,part,qualifier,value\r\n/);
  assert.doesNotMatch(csv.split("\r\n")[0], /SYNTHETIC/i);
  assert.match(csv, /results,people with better protection of their rights,,,24906/);
  assert.match(csv, /results,[^\n]*legal representation,,more than,4186/);
  assert.match(csv, /trained in partner organisations,women,,858/);
  await context.close();
});

test("Copy link puts the current view's address on the clipboard", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=es`);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url.replace(/\/$/, "") });
  await page.click("#share-button");
  await page.waitForFunction(() => document.getElementById("share-status").textContent === "Enlace copiado");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.server.url}?lang=es`);
  await context.close();
});
