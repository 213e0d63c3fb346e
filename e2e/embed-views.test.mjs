// One visual per embed (?mode=embed&view=…) in a host page on another origin, sized
// by embed.js: that visual alone with its title, the source line and a link to the
// whole page; nothing clipped at any width from 280 px; the builder's code and preview.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open } from "./lib.mjs";

let app, browser;
const hosts = new Map();
before(async () => {
  app = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const h of hosts.values()) await h.close();
  await app?.close();
});

/** A host page on its own origin (another port) embedding `query`. */
async function host(query) {
  if (!hosts.has(query)) {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:serif"><p>A partner's blog post.</p>
<iframe id="atlas" src="${app.url}?${query}" title="Results" style="width:100%;border:0"></iframe>
<p style="min-height:1500px">After the embed (a long post: the host page always scrolls).</p><script src="${app.url}embed.js" async></script></body></html>`;
    hosts.set(query, await serve(undefined, { routes: { "/": ["text/html; charset=utf-8", page] } }));
  }
  return hosts.get(query).url;
}

// What each view shows, and one thing from the rest of the page it must not show.
const VIEWS = {
  map: { shows: "#map-canvas", title: "#map-title", hides: "#results-section" },
  results: { shows: "#results-canvas", title: "#results-title", hides: ".map-card" },
  counters: { shows: "#headline li", title: ".view-title", hides: "#results-section" },
  countries: { shows: "#countries-section", title: "#countries-title", hides: "#years-section" },
  years: { shows: "#years-section", title: "#years-title", hides: "#countries-section" },
  stories: { shows: "#testimonies figure", title: "#voices-title", hides: ".map-card" },
};
// One screen of a 320 px wide phone (CSS px): every view fits it, a long one a page
// at a time (src/render/pages.rs).
const SCREEN = 640;

async function embedded(query, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(await host(query));
  const frame = page.frameLocator("#atlas");
  await frame.locator("html[data-viz-state=ready]").waitFor({ timeout: 30_000 });
  const inner = page.frames()[1];
  // The iframe follows the page's height as it settles (the resize protocol).
  const content = () => inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const frameHeight = () => page.evaluate(() => document.getElementById("atlas").getBoundingClientRect().height);
  let height = await content();
  for (let i = 0; i < 100 && Math.abs((await frameHeight()) - height) > 2; i++) {
    await page.waitForTimeout(100);
    height = await content();
  }
  assert.ok(Math.abs((await frameHeight()) - height) <= 2, `iframe ${await frameHeight()} px for ${height} px of content`);
  return { context, page, inner, height };
}

const visible = (frame, sel) => frame.evaluate((s) => {
  const el = document.querySelector(s);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
}, sel);

for (const data of ["prodef", "demo"]) {
  for (const [view, want] of Object.entries(VIEWS)) {
    test(`${data}: view=${view} shows that visual alone, titled, sourced, linked, sized by embed.js`, async () => {
      for (const width of [320, 720]) {
        const { context, inner, height } = await embedded(`mode=embed&lang=en&data=${data}&view=${view}`, width);
        assert.equal(await inner.getAttribute("html", "data-view"), view);
        assert.ok(await visible(inner, want.shows), `${want.shows} is shown at ${width}px`);
        assert.ok(await visible(inner, want.title), `the view's title ${want.title} is shown`);
        assert.equal(await visible(inner, want.hides), false, `${want.hides} is not shown`);
        assert.equal(await visible(inner, ".masthead h1"), false, "no page header");
        assert.ok(await visible(inner, "#source"), "source line");
        const link = await inner.getAttribute("#full-page-link", "href");
        assert.ok(await visible(inner, "#full-page-link"), "link to the full page");
        assert.ok(link.startsWith(app.url) && !link.includes("mode=embed") && !link.includes("view="), link);
        if (data === "demo") assert.ok(await visible(inner, "#synthetic-badge"), "synthetic label");
        if (width === 320) {
          assert.ok(height <= SCREEN, `${height} px tall at 320 px: more than one screen (${SCREEN})`);
        }
        await context.close();
      }
    });
  }
}

// What each paged view shows on a page (the rows a reader sees), and every row it
// has (read from the page's text, not from the test).
const PAGED = {
  results: {
    shown: () => [...document.querySelectorAll("#results-canvas-text .t.b")].map((s) => s.textContent).filter((t) => /\d/.test(t)),
    all: () => [...document.querySelectorAll("#results-list li")].map((li) => li.textContent.match(/\d[\d,]*/)[0]),
  },
  countries: {
    shown: () => [...document.querySelectorAll("#countries-canvas-text .t:not(.m)")].map((s) => s.textContent),
    all: () => [...document.querySelectorAll("#country-table tbody th[scope=row]")].map((th) => th.textContent),
  },
  stories: {
    shown: () => [...document.querySelectorAll("#testimonies figure")].filter((f) => f.offsetHeight > 0).map((f) => f.querySelector("figcaption").textContent),
    all: () => [...document.querySelectorAll("#testimonies figure figcaption")].map((c) => c.textContent),
  },
};

for (const [data, view, lang] of [["prodef", "results", "en"], ["prodef", "stories", "fr"], ["demo", "countries", "es"], ["demo", "results", "en"]]) {
  test(`${data}: view=${view} (${lang}) at 320 px is one screen a page at a time; the pager walks every row once, by keyboard`, async () => {
    const { context, page, inner } = await embedded(`mode=embed&lang=${lang}&data=${data}&view=${view}`, 320);
    const { shown, all } = PAGED[view];
    const rows = await inner.evaluate(all);
    assert.ok(rows.length > 1, `${view} has rows`);
    assert.ok(await visible(inner, "#pager"), "a pager under the visual");
    assert.equal(await inner.getAttribute("#pager-prev", "disabled"), "", "no page before the first");
    const pages = [];
    await inner.focus("#pager-next");
    for (;;) {
      const status = await inner.textContent("#pager-at");
      const on = await inner.evaluate(shown);
      const top = await inner.evaluate(() => Math.round(document.getElementById("pager").getBoundingClientRect().top));
      const height = await page.evaluate(() => document.getElementById("atlas").getBoundingClientRect().height);
      assert.ok(height <= SCREEN + 1, `page ${pages.length + 1} is ${height} px tall`);
      pages.push({ status, on, top });
      assert.ok(await inner.evaluate(() => { const e = document.getElementById("pager-at"); return e.scrollWidth <= e.clientWidth; }), `"${status}" fits between the buttons`);
      if ((await inner.getAttribute("#pager-next", "disabled")) !== null) break;
      assert.ok(pages.length <= rows.length, "the pager ends");
      // Enter on the focused button, as a keyboard user pages.
      await page.keyboard.press("Enter");
      await inner.waitForFunction((s) => document.getElementById("pager-at").textContent !== s, status);
    }
    // Every row on exactly one page. A figure is the whole
    // text of its line or ends it ("More than 300"), so 31 does not match 4,186's page.
    const is = (t, r) => t === r || t.endsWith(` ${r}`);
    const pageOf = rows.map((r) => pages.flatMap((p, i) => (p.on.some((t) => is(t, r)) ? [i] : [])));
    assert.deepEqual(pageOf.map((p) => p.length), rows.map(() => 1), `rows ${JSON.stringify(rows)} over pages ${JSON.stringify(pages.map((p) => p.on))}`);
    // The results and testimonies are listed in the visual's order (the countries'
    // table is alphabetical, their chart by figure: only the former is checked).
    const order = pageOf.map(([i]) => i);
    if (view !== "countries") assert.deepEqual(order, [...order].sort((a, b) => a - b), `rows in order over pages: ${order}`);
    assert.ok(pages.length >= 2, "more than one page");
    // The pager says where the page stands, and stays under the finger.
    assert.match(pages[0].status, /^\D+ 1( |–)/);
    assert.match(pages.at(-1).status, new RegExp(`${rows.length} \\D+ ${rows.length}$`));
    assert.deepEqual(new Set(pages.map((p) => p.top)).size, 1, `the pager moved: ${pages.map((p) => p.top)}`);
    // On the last page "Next" is disabled, and focus went to "Previous", not to the page's start.
    assert.equal(await inner.evaluate(() => document.activeElement.id), "pager-prev");
    await page.keyboard.press("Enter");
    await inner.waitForFunction((s) => document.getElementById("pager-at").textContent !== s, pages.at(-1).status);
    assert.equal(await inner.textContent("#pager-at"), pages.at(-2).status, "Previous shows the page before");
    await context.close();
  });
}

test("paged embeds keep focus and place: a wider frame, an opened text view, a linked country", async () => {
  // Focus on "Next" when a wider frame fits every testimony: the pager goes, and
  // focus moves to the view's heading, not to the page's start.
  let { context, page, inner } = await embedded("mode=embed&lang=fr&data=prodef&view=stories", 320);
  await inner.focus("#pager-next");
  await page.setViewportSize({ width: 720, height: 800 });
  await inner.waitForFunction(() => document.getElementById("pager").hidden);
  assert.equal(await inner.evaluate(() => document.activeElement.id), "voices-title");
  await context.close();

  // Opening "Show the results as text" does not split the results again.
  ({ context, page, inner } = await embedded("mode=embed&lang=en&data=prodef&view=results", 320));
  await inner.click("#pager-next");
  await inner.waitForFunction(() => /^Results? 2/.test(document.getElementById("pager-at").textContent));
  const closed = await inner.textContent("#pager-at");
  await inner.evaluate(() => { document.getElementById("results-text-view").open = true; });
  await inner.click("#pager-prev");
  await inner.waitForFunction(() => /^Results? 1/.test(document.getElementById("pager-at").textContent));
  await inner.click("#pager-next");
  await inner.waitForFunction(() => /^Results? 2/.test(document.getElementById("pager-at").textContent));
  assert.equal(await inner.textContent("#pager-at"), closed, "the same page with the text view open");
  // The pager sits under the chart, above the text view.
  const order = await inner.evaluate(() => document.getElementById("results-chart").nextElementSibling.id);
  assert.equal(order, "pager");
  await context.close();

  // A link that selects a country opens at the page that shows it.
  ({ context, page, inner } = await embedded("mode=embed&lang=en&data=demo&view=countries&country=GTM", 320));
  const names = await inner.evaluate(PAGED.countries.shown);
  assert.ok(names.includes("Guatemala"), `Guatemala on the first page shown: ${names}`);
  assert.ok(Number((await inner.textContent("#pager-at")).match(/\d+/)[0]) > 1, "not the first page");
  await context.close();
});

test("a long visual that fits its embed has no pager", async () => {
  // PRODEF's two testimonies: paged at 320 px (above), side by side at 720.
  const { context, inner } = await embedded("mode=embed&lang=en&data=prodef&view=stories", 720);
  assert.equal(await inner.locator("#testimonies figure").count(), 2);
  assert.equal(await visible(inner, "#pager"), false);
  assert.ok(await visible(inner, "#testimonies figure"));
  await context.close();
});

test("an embedded map is as tall as its width asks, not as the frame was when it was first drawn", async () => {
  // embed.js's iframe starts 150 px tall and grows to its content; the map was
  // once clamped to 70 % of that first height (180 px) and kept it where no
  // scrollbar went away to prompt a redraw.
  const { context, inner } = await embedded("mode=embed&lang=en&data=prodef&view=map", 720);
  const { h, w } = await inner.evaluate(() => {
    const r = document.getElementById("map-frame").getBoundingClientRect();
    return { h: r.height, w: r.width };
  });
  assert.ok(h > 180 && h <= w * 0.8 + 1, `map ${Math.round(w)}×${Math.round(h)}`);
  await context.close();
});

test("nothing is clipped in an embed at any width from 280 px: wide tables scroll in their own box", async () => {
  for (const view of ["", "&view=map", "&view=results", "&view=countries", "&view=years", "&view=counters", "&view=stories"]) {
    for (const width of [280, 320, 360, 600, 1000]) {
      const { context, inner } = await embedded(`mode=embed&lang=fr&data=demo${view}`, width);
      // Open every table, as a reader would.
      await inner.evaluate(() => document.querySelectorAll("details.table-view").forEach((d) => { d.open = true; }));
      await inner.waitForTimeout(50);
      const out = await inner.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const scrollsInBox = (el) => !!el.closest("#country-table, #years-table");
        const bad = [];
        for (const el of document.querySelectorAll("main *, .masthead *, .footer *")) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || scrollsInBox(el)) continue;
          if (r.right > vw + 1 || r.left < -1) bad.push(`${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
        }
        const tables = [...document.querySelectorAll("#country-table, #years-table")].filter((t) => t.offsetWidth > 0)
          .map((t) => ({ fits: t.getBoundingClientRect().right <= vw + 1, scroll: getComputedStyle(t).overflowX, wider: t.scrollWidth > t.clientWidth }));
        return { bad, scrollW: document.documentElement.scrollWidth, vw, tables };
      });
      assert.deepEqual(out.bad, [], `clipped at ${width}px${view}`);
      assert.ok(out.scrollW <= out.vw, `page wider than the frame at ${width}px${view}`);
      for (const t of out.tables) {
        assert.ok(t.fits, `table box fits at ${width}px${view}`);
        if (t.wider) assert.equal(t.scroll, "auto", "a table wider than its box scrolls inside it");
      }
      await context.close();
    }
  }
});

test("Copy embed code: staff pick a view and a language, see the code and a live preview", async () => {
  const { page, context } = await open(browser, `${app.url}?lang=en`, { width: 1000, height: 900 });
  await page.click("#embed-builder summary");
  await page.selectOption("#embed-view", "results");
  await page.selectOption("#embed-lang", "fr");
  const code = await page.inputValue("#embed-code");
  assert.match(code, /^<iframe src="[^"]*\?[^"]*mode=embed[^"]*"/);
  assert.match(code, /view=results/);
  assert.match(code, /lang=fr/);
  assert.match(code, /<script src="[^"]*embed\.js" integrity="sha384-[^"]+" crossorigin="anonymous" async><\/script>$/);
  // The preview is the same address, laid out as the host page will show it.
  const src = await page.getAttribute("#embed-preview", "src");
  assert.equal(src, code.match(/src="([^"]*)"/)[1].replaceAll("&amp;", "&"));
  const preview = page.frameLocator("#embed-preview");
  // Staff scroll to the preview to see it; the iframe loads lazily (loading=lazy),
  // so one left far below the window may not load at all. On a timeout, say what
  // the preview shows instead (an earlier CI run timed out here without a word).
  await page.locator("#embed-preview").scrollIntoViewIfNeeded();
  await preview.locator("html[data-viz-state=ready][data-view=results][lang=fr]").waitFor({ timeout: 30_000 }).catch(async (e) => {
    const frame = page.frames().find((f) => f.parentFrame() && f.url().includes("mode=embed"));
    const state = frame ? await frame.evaluate(() => [location.search, document.documentElement.dataset.vizState, document.documentElement.lang, document.getElementById("status")?.innerText]).catch((x) => String(x)) : "no embed frame";
    throw new Error(`${e.message}\npreview: ${JSON.stringify(state)}`);
  });
  await page.waitForFunction(() => document.getElementById("embed-preview").getBoundingClientRect().height > 400, null, { timeout: 10_000 });
  // The footer's button copies the same code.
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.url).origin });
  await page.click("#embed-button");
  // "Embed code copied" shows beside the button (a status element, issue #18).
  await page.waitForFunction(() => /copied|copié|copiado/i.test(document.getElementById("embed-status").textContent));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The host page's language: the code names none, embed.js passes the host's.
  await page.selectOption("#embed-lang", "");
  const hostLang = await page.inputValue("#embed-code");
  assert.ok(!/lang=/.test(hostLang) && /view=results/.test(hostLang), hostLang);
  await context.close();
});
