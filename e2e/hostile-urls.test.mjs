// Hostile and stale links: `country`, `metric` and `year` take only values the
// dataset has (the URL is rewritten to what is shown), and a kiosk's QR code
// carries only an address the organisation chose, printed legibly under it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { open, usePage } from "./lib.mjs";

const env = usePage();

// [query, the URL's query once the page is ready, detail title]
const URLS = [
  ["?lang=en&country=ESH", "?lang=en", "The whole programme"],
  ["?lang=en&country=esh", "?lang=en", "The whole programme"],
  ["?lang=en&country=XXX", "?lang=en", "The whole programme"],
  ["?lang=en&country=%3Cimg%20src%3Dx%3E", "?lang=en", "The whole programme"],
  ["?lang=en&country=HT%E2%80%AEI", "?lang=en", "The whole programme"],
  ["?lang=en&metric=women", "?lang=en", "The whole programme"],
  ["?lang=en&year=2017", "?lang=en", "The whole programme"],
  ["?lang=en&data=..%2F..%2Fetc%2Fpasswd", "?lang=en", "The whole programme"],
  ["?lang=en&country=HTI", "?lang=en&country=HTI", "Haiti"],
  ["?data=demo&lang=en&country=HTI&metric=women&year=2017", "?data=demo&lang=en&country=HTI&metric=women&year=2017", "Haiti"],
  ["?data=demo&lang=en&year=2030", "?data=demo&lang=en", "The whole programme"],
  ["?data=demo&lang=en&year=2016-2099", "?data=demo&lang=en", "The whole programme"],
  ["?data=demo&lang=en&metric=__proto__", "?data=demo&lang=en", "The whole programme"],
  ["?data=demo&lang=en&country=ESH&metric=people", "?data=demo&lang=en&metric=people", "The whole programme"],
];

for (const [query, shown, title] of URLS) {
  test(`${query} shows ${shown}`, async () => {
    const { page, context, problems } = await open(env.browser, env.server.url + query);
    assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
    assert.equal(await page.evaluate(() => location.search), shown);
    assert.equal(await page.locator("#detail-title").innerText(), title);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("Back to a link with a country the dataset lacks rewrites it too", async () => {
  const { page, context } = await open(env.browser, env.server.url + "?lang=en&country=HTI");
  await page.evaluate(() => { history.pushState(null, "", "?lang=en&country=ESH"); history.pushState(null, "", "?lang=en&country=HTI"); });
  await page.goBack();
  await page.waitForFunction(() => location.search === "?lang=en");
  assert.equal(await page.locator("#detail-title").innerText(), "The whole programme");
  await context.close();
});

const SHARE = "example.org/impact-atlas/?data=demo";
// [qr value, refused?, address printed under the code]
const QRS = [
  ["https://phishing.example/", true, SHARE],
  ["javascript:alert(document.domain)", true, SHARE],
  ["data:text/html,<script>alert(1)</script>", true, SHARE],
  ["https://ibcr.org@phishing.example/", true, SHARE],
  ["https://ibcr.org.phishing.example/", true, SHARE],
  ["http://ibcr.org/", true, SHARE],
  ["https://ibcr.org/\u202Egro.elpmaxe", true, SHARE],
  ["https://ibcr.org/fr/evenements", false, "ibcr.org/fr/evenements"],
  ["https://example.org/impact-atlas/?data=demo", false, SHARE],
];

for (const [qr, refused, address] of QRS) {
  test(`kiosk ?qr=${JSON.stringify(qr)}: ${refused ? "refused, default shown" : "encoded"}`, async () => {
    const url = `${env.server.url}?mode=kiosk&lang=en&data=demo&qr=${encodeURIComponent(qr)}`;
    const { page, context, problems } = await open(env.browser, url, { width: 1920, height: 1080, before: (p) => p.clock.install() });
    assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
    const shown = page.locator(".kiosk-qr-address");
    assert.equal(await shown.innerText(), address);
    const message = page.locator(".kiosk-qr-refused");
    if (refused) {
      assert.ok(await message.isVisible(), "staff see why");
      assert.match(await message.innerText(), /For staff: the QR address in this link was refused/);
      const code = await message.locator("code").innerText();
      assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(code), "direction controls are shown escaped");
    } else {
      assert.equal(await message.count(), 0);
    }
    // Legible from a step away: at least 16 px on a 1080p screen, dark on white.
    const px = await shown.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(px >= 16, `address at ${px}px`);
    assert.ok(await shown.isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("kiosk with no share_url and a refused ?qr= shows no code, only the staff message", async () => {
  const url = `${env.server.url}?mode=kiosk&lang=en&qr=${encodeURIComponent("https://phishing.example/")}`;
  const { page, context } = await open(env.browser, url, { width: 1920, height: 1080, before: (p) => p.clock.install() });
  assert.equal(await page.locator("#kiosk-qr-canvas").count(), 0);
  assert.ok(await page.locator(".kiosk-qr-refused").isVisible());
  await context.close();
});
