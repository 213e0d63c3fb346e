// WCAG 2.1 AA as an auditor tests it, beyond what axe-core sees: reflow at 320 px
// and at 200 % zoom, keyboard for every pointer action, the accessibility tree
// (Chromium's own, through CDP), focus after actions, language of parts, text
// resize in charts, forced colours, visible status messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { open, serve, DIST, ROOT, usePage, points } from "./lib.mjs";

const env = usePage();
const LANGS = ["en", "fr", "es"];
const DATA = ["prodef", "demo"];

/** Chromium's accessibility tree: every node with role, name, description, properties. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value ?? "",
    name: n.name?.value ?? "",
    description: n.description?.value ?? "",
    value: n.value?.value ?? "",
    props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value])),
    domId: n.backendDOMNodeId,
  }));
}

/** A CDP session with DOM and accessibility on, and the DOM node id of the element
 * matching `selector` (asserted to be in the page). The caller detaches. */
async function axSession(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("Accessibility.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  assert.ok(nodeId, `${selector} is in the page`);
  return { cdp, nodeId };
}

/** The accessibility node of the element matching `selector`. */
async function axOf(page, selector) {
  const { cdp, nodeId } = await axSession(page, selector);
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
  await cdp.detach();
  const n = nodes[0];
  return {
    role: n.role?.value ?? "",
    name: n.name?.value ?? "",
    description: n.description?.value ?? "",
    props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value])),
  };
}

/** The words of the static text under the element matching `selector`, as
 * assistive technology gets them (nodes hidden from it left out). */
async function axWordsUnder(page, selector) {
  const { cdp, nodeId } = await axSession(page, selector);
  const { node } = await cdp.send("DOM.describeNode", { nodeId });
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const words = [];
  const walk = (n) => {
    if (!n) return;
    if (!n.ignored && n.role?.value === "StaticText") words.push(n.name?.value ?? "");
    for (const c of n.childIds ?? []) walk(byId.get(c));
  };
  walk(nodes.find((n) => n.backendDOMNodeId === node.backendNodeId));
  return words.join(" ").replace(/\s+/g, " ");
}

/**
 * Everything a reflow audit looks at, measured in the page: horizontal page
 * scroll, text cut or sticking out of its box, controls out of their card, wide
 * tables in focusable labelled regions, chart text running off a canvas.
 */
function reflowFaults() {
  const faults = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw) faults.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest(".visually-hidden, [hidden]");
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
  for (const el of document.querySelectorAll("main *, .masthead *, .footer *")) {
    if (!shown(el) || el.closest(".table-scroll") || el.closest("#chart-tooltip, #map-tooltip")) continue;
    const style = getComputedStyle(el);
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const r = el.getBoundingClientRect();
    if (r.right > vw + 1 || r.left < -1) faults.push(`outside the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${vw}): ${name(el)}`);
    const box = el.closest(".card, .counter");
    if (box && box !== el) {
      const b = box.getBoundingClientRect();
      if (r.right > b.right + 1) faults.push(`sticks out of its card by ${Math.round(r.right - b.right)} px: ${name(el)}`);
    }
    if (ownText && style.display !== "inline" && !["auto", "scroll"].includes(style.overflowX)) {
      if (el.scrollWidth > el.clientWidth + 1) faults.push(`text cut or overflowing (width ${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      if (el.scrollHeight > el.clientHeight + 2) faults.push(`text cut or overflowing (height ${el.scrollHeight} > ${el.clientHeight}): ${name(el)}`);
    }
  }
  for (const region of document.querySelectorAll(".table-scroll")) {
    const label = document.getElementById(region.getAttribute("aria-labelledby") ?? "")?.textContent.trim();
    if (region.getAttribute("role") !== "region" || region.tabIndex !== 0 || !label) faults.push(`table region not focusable and labelled: ${region.outerHTML.slice(0, 80)}`);
  }
  for (const table of document.querySelectorAll("table")) {
    if (shown(table) && !table.closest(".table-scroll")) faults.push(`table outside a scrolling region: ${name(table)}`);
  }
  // Chart text runs off a canvas when ink reaches its right edge (the charts keep a margin).
  for (const c of document.querySelectorAll(".chart canvas")) {
    if (!shown(c) || c.width < 10) continue;
    const ctx = c.getContext("2d");
    const bg = ctx.getImageData(1, 1, 1, 1).data;
    const edge = ctx.getImageData(c.width - 3, 0, 3, c.height).data;
    let ink = 0;
    for (let i = 0; i < edge.length; i += 4) {
      if (Math.abs(edge[i] - bg[0]) + Math.abs(edge[i + 1] - bg[1]) + Math.abs(edge[i + 2] - bg[2]) > 60) ink++;
    }
    if (ink > 0) faults.push(`chart text cut at the right edge of #${c.id} (${ink} pixels of ink)`);
  }
  return faults;
}

/** Opens every "show as table/text" section, so what they hold is checked too. */
async function openAll(page) {
  await page.evaluate(() => document.querySelectorAll("details.table-view").forEach((d) => { d.open = true; }));
  await page.waitForTimeout(50);
}

for (const [label, viewport] of [["320 px phone", { width: 320, height: 640, dpr: 2 }], ["1280 px at 200 % zoom", { width: 640, height: 400, dpr: 2 }]]) {
  for (const data of DATA) {
    for (const lang of LANGS) {
      test(`reflow (1.4.10) at ${label}, ${data}, ${lang}: no sideways scroll, nothing cut, tables scroll in their own region`, async () => {
        const country = data === "demo" ? "&country=COL" : "&country=HTI";
        for (const extra of ["", country]) {
          const { page, context } = await open(env.browser, `${env.server.url}?data=${data}&lang=${lang}${extra}`, viewport);
          await openAll(page);
          const faults = await page.evaluate(reflowFaults);
          assert.deepEqual(faults, [], `${extra || "whole programme"}:\n${faults.join("\n")}`);
          await context.close();
        }
      });
    }
  }
}

test("a wide table scrolls inside its region, which the keyboard reaches (320 px, demo, es)", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=es`, { width: 320, height: 640, dpr: 2 });
  await openAll(page);
  const region = page.locator("#country-table .table-scroll");
  const { scrolls, name } = await region.evaluate((r) => ({ scrolls: r.scrollWidth > r.clientWidth, name: r.getAttribute("aria-labelledby") }));
  assert.ok(scrolls, "the table is wider than the phone and scrolls inside its region");
  const ax = await axOf(page, "#country-table .table-scroll");
  assert.equal(ax.role, "region");
  assert.equal(ax.name, "Cifras por país", `region named by its caption (${name})`);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  // Keyboard scrolling is animated: wait for it rather than read it at once.
  await page.waitForFunction(() => document.querySelector("#country-table .table-scroll").scrollLeft > 0, null, { timeout: 5_000 })
    .catch(() => assert.fail("arrow keys scroll the focused region"));
  await context.close();
});

test("keyboard (2.1.1): a year is chosen with the keyboard, said in text, and the chart follows", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  assert.equal((await page.locator("#year-chosen").innerText()).trim(), "All years are shown.");
  const ax = await axOf(page, "#year-select");
  assert.equal(ax.role, "combobox");
  assert.equal(ax.name, "Year");
  await page.focus("#year-select");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => /year=2015/.test(location.search));
  assert.equal((await page.locator("#year-chosen").innerText()).trim(), "Year shown: 2015.");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => /year=2016/.test(location.search));
  assert.equal(await page.evaluate(() => document.activeElement.id), "year-select", "focus stays on the picker");
  // The chart's description includes the chosen year (the chart is a group whose
  // figures are text over its canvas, issue #14).
  const chart = await axOf(page, "#years-chart");
  assert.match(chart.description, /Year shown: 2016/);
  // Clicking a bar (the pointer way) updates the picker too.
  const t = points(await page.getAttribute("#years-canvas", "data-targets"));
  const box = await page.locator("#years-canvas").boundingBox();
  await page.locator("#years-canvas").scrollIntoViewIfNeeded();
  const box2 = await page.locator("#years-canvas").boundingBox();
  await page.mouse.click(box2.x + t["2018"].x, box2.y + t["2018"].y);
  await page.waitForFunction(() => /year=2018/.test(location.search));
  assert.equal(await page.inputValue("#year-select"), "2018");
  assert.ok(box);
  // A range from a link is shown as it is.
  const { page: p2, context: c2 } = await open(env.browser, `${env.server.url}?data=demo&lang=fr&year=2016-2018`);
  assert.equal(await p2.inputValue("#year-select"), "2016-2018");
  assert.equal((await p2.locator("#year-chosen").innerText()).trim(), "Années affichées\u202f: 2016–2018.");
  await c2.close();
  await context.close();
});

test("results chart: its figures are in the accessibility tree, and are not read twice once the text is open", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  // The figures are text over the canvas (issue #14), in a group named by the title.
  const closed = await axOf(page, "#results-chart");
  assert.equal(closed.role, "group");
  assert.equal(closed.name, "Results by category");
  const before = await axWordsUnder(page, "#results-chart");
  assert.match(before, /24,906 people with better protection/);
  assert.match(before, /approximately 1,808/i);
  await page.locator("#results-text-view summary").click();
  await page.waitForFunction(() => document.getElementById("results-canvas-text").getAttribute("aria-hidden") === "true");
  const tree = await axTree(page);
  const mentions = tree.filter((n) => n.role === "StaticText" && n.name.includes("24,906")).length
    + tree.filter((n) => n.description.includes("24,906")).length;
  assert.equal(mentions, 1, "24,906 is in the accessibility tree once");
  await context.close();
});

test("focus order (2.4.3): after 'Show the whole programme' focus returns to the country's button, then Tab moves on", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  await page.focus('#detail-body button[data-country="HTI"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Haiti");
  assert.equal(await page.evaluate(() => document.activeElement.id), "clear-selection", "focus on the button that replaced the list");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "The whole programme");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.country), "HTI", "focus back on Haiti's button, not the page");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.country), "HND", "Tab goes on to the next country");
  // Escape from "Show the whole programme" clears too, and focus is kept.
  await page.focus('#detail-body button[data-country="MAR"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement.id === "clear-selection");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "The whole programme");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.country), "MAR");
  // Back (popstate) re-renders the panel: focus stays in it.
  await page.focus('#detail-body button[data-country="PER"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement.id === "clear-selection");
  await page.goBack();
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "The whole programme");
  assert.notEqual(await page.evaluate(() => document.activeElement === document.body), true, "focus not lost to the page");
  await context.close();
});

/** Every text from a dataset file that has no translation into `lang`. */
function untranslated(data, lang) {
  const d = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "datasets", `${data}.json`), "utf8"));
  const out = [];
  const walk = (x) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      if (typeof x.en === "string" && !(x[lang] ?? "").trim()) out.push(x.en);
      Object.values(x).forEach(walk);
    }
  };
  walk(d);
  return out;
}

for (const data of DATA) {
  for (const lang of ["fr", "es"]) {
    test(`language of parts (3.1.2), ${data}, ${lang}: English fallbacks are marked lang="en"`, async () => {
      const english = untranslated(data, lang);
      const { page, context } = await open(env.browser, `${env.server.url}?data=${data}&lang=${lang}`);
      const check = () => page.evaluate((texts) => {
        const unmarked = [];
        let found = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n.textContent.trim();
          if (!t || !texts.some((e) => t === e.trim())) continue;
          found++;
          const l = n.parentElement.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang;
          if (l !== "en") unmarked.push(`${t.slice(0, 50)} (lang ${l})`);
        }
        return { unmarked, found };
      }, english);
      if (english.length) {
        const r = await check();
        assert.ok(r.found > 0, `the untranslated texts are on the page (${english.length})`);
        assert.deepEqual(r.unmarked, []);
      }
      // The same in the detail panel of every country.
      for (const iso of await page.locator("#detail-body [data-country]").evaluateAll((bs) => bs.map((b) => b.dataset.country))) {
        await page.click(`#detail-body [data-country="${iso}"]`);
        assert.deepEqual((await check()).unmarked, [], iso);
        await page.click("#clear-selection");
      }
      // The page's own words are translated, including those only a screen reader or a search engine reads.
      const nav = await page.getAttribute("nav.tools", "aria-label");
      assert.notEqual(nav, "Page tools");
      const meta = await page.getAttribute("meta[name=description]", "content");
      assert.ok(!/^Where a programme/.test(meta), `meta description translated: ${meta}`);
      if (data === "prodef") {
        const meta2 = await page.locator("#programme-meta").innerText();
        assert.match(meta2, lang === "fr" ? /Bureau international des droits des enfants/ : /Oficina Internacional de los Derechos del Niño/);
        assert.match(await page.locator("#source").innerText(), lang === "fr" ? /Bureau international/ : /Oficina Internacional/);
      }
      await context.close();
    });
  }
}

for (const data of DATA) {
  test(`French typography, ${data}: a narrow no-break space before every colon and semicolon on the page`, async () => {
    const { page, context } = await open(env.browser, `${env.server.url}?data=${data}&lang=fr&country=${data === "demo" ? "PER" : "HTI"}`);
    await openAll(page);
    const faults = await page.evaluate(() => {
      const out = [];
      const texts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement.closest("[lang]")?.getAttribute("lang") === "fr") texts.push(n.textContent);
      }
      for (const el of document.querySelectorAll("[aria-label]")) texts.push(el.getAttribute("aria-label"));
      texts.push(document.querySelector("meta[name=description]").content, document.title);
      for (const t of texts) {
        for (const m of t.matchAll(/(.)([:;!?])(.?)/gu)) {
          const [, before, , after] = m;
          if (before === "\u202f" || before === "\u00a0") continue;
          if (m[2] === ":" && (after === "/" || (/\d/.test(before) && /\d/.test(after)))) continue;
          out.push(JSON.stringify(t.slice(Math.max(0, m.index - 20), m.index + 3)));
        }
      }
      return out;
    });
    assert.deepEqual(faults, []);
    await context.close();
  });
}

test("name, role, value (4.1.2): the map's name says which country is selected, also from ?country=HTI", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en&country=HTI`);
  const ax = await axOf(page, "#map-overlay");
  assert.match(ax.name, /Where the volunteers went/);
  assert.match(ax.name, /Selected: Haiti/);
  await page.click("#clear-selection");
  await page.waitForFunction(() => !/Selected/.test(document.getElementById("map-overlay").getAttribute("aria-label")));
  assert.doesNotMatch((await axOf(page, "#map-overlay")).name, /Haiti/);
  await context.close();
});

test("map announcements: arrows say the country and its figures; Enter says the choice briefly and the panel is not re-read", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  await page.focus("#map-overlay");
  const heard = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press("ArrowRight");
    heard.push(await page.locator("#announce").textContent());
  }
  const col = heard.find((h) => h.startsWith("Colombia"));
  assert.equal(col, "Colombia, 12 volunteers deployed, 3,120 people reached");
  assert.ok(heard.every((h) => /volunteers deployed/.test(h)), heard.join(" | "));
  // Enter on Colombia.
  while (!(await page.locator("#announce").textContent()).startsWith("Colombia")) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("detail-title").textContent === "Colombia");
  assert.equal(await page.locator("#announce").textContent(), "Selected: Colombia");
  // The detail panel is no live region: nothing in it is announced by itself.
  const tree = await axTree(page);
  const live = tree.filter((n) => n.props.live && n.props.live !== "off").map((n) => `${n.role} ${n.name}`);
  assert.ok(!live.some((l) => /Colombia/.test(l) && !/^(status|StaticText|generic) ?(Selected: Colombia)?$/.test(l)), `live regions: ${live.join(" | ")}`);
  const detail = await axOf(page, "#detail");
  assert.ok(!detail.props.live || detail.props.live === "off", "the detail panel is not live");
  // Arrowing back onto the selected country says so.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.locator("#announce").textContent(), "Colombia, selected, 12 volunteers deployed, 3,120 people reached");
  await context.close();
});

test("map announcements on PRODEF say that per-country figures are not published", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=fr`);
  await page.focus("#map-overlay");
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator("#announce").textContent(), /^[^,]+, chiffres non publiés$/);
  await context.close();
});

/** Font sizes (CSS px) of the words a chart writes over its canvas (issue #14: the
 * canvas draws the marks, its text is HTML in `#<canvas id>-text`). */
const fontRange = (page, id) => page.evaluate((id) => {
  const f = [...document.querySelectorAll(`#${id}-text .t`)].map((s) => parseFloat(getComputedStyle(s).fontSize));
  return { min: Math.min(...f), max: Math.max(...f), n: f.length };
}, id);

test("resize text (1.4.4): with the browser's default font at 32 px, chart text is twice as large", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`, {
    before: async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send("Page.enable");
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 32 } });
    },
  });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "32px");
  for (const id of ["results-canvas", "countries-canvas", "years-canvas"]) {
    const f = await fontRange(page, id);
    assert.ok(f.n > 0, `${id} drew text`);
    // At 16 px the smallest chart text is 13 px; the years chart may shrink a number to fit its column.
    const floor = id === "years-canvas" ? 13 : 24;
    assert.ok(f.min >= floor, `${id}: smallest text ${f.min} px at a 32 px default (≥ ${floor})`);
    assert.ok(f.max >= 30, `${id}: largest text ${f.max} px`);
  }
  await context.close();
});

test("resize text: charts are drawn again when the reader changes the font size", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  const before = await fontRange(page, "results-canvas");
  assert.ok(before.n > 0 && before.min <= 14, `default size ${before.min}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 24, fixed: 24 } });
  await page.waitForFunction(() => {
    const f = [...document.querySelectorAll("#results-canvas-text .t")].map((s) => parseFloat(getComputedStyle(s).fontSize));
    return f.length > 0 && Math.min(...f) >= 19;
  }, null, { timeout: 10_000 }).catch(() => {});
  const after = await fontRange(page, "results-canvas");
  assert.ok(after.min >= 19, `redrawn larger: ${before.min} → ${after.min} px`);
  await context.close();
});

/**
 * Draws a PNG screenshot onto a canvas in the page (as `window.__screenshot`, its
 * 2D context) so its pixels can be read there; returns its size.
 */
async function drawScreenshot(page, shot) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    window.__screenshot = ctx;
    return { width: img.width, height: img.height };
  }, shot.toString("base64"));
}

test("forced colours: legend swatches keep their colours, hatching and the pressed toggle stay visible, focus shows", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  await page.emulateMedia({ forcedColors: "active" });
  assert.ok(await page.evaluate(() => matchMedia("(forced-colors: active)").matches));
  await page.click("#view-toggle");
  await page.focus("#view-toggle");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const shot = await page.locator(".map-card").screenshot();
  fs.mkdirSync(path.join(ROOT, "target", "screenshots"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "target", "screenshots", "forced-colours-map.png"), shot);
  // Read the screenshot's pixels back at each swatch's centre.
  const { width } = await drawScreenshot(page, shot);
  const colours = await page.evaluate((width) => {
    const ctx = window.__screenshot;
    const card = document.querySelector(".map-card").getBoundingClientRect();
    const k = width / card.width;
    return [...document.querySelectorAll("#map-legend .swatch")].map((s) => {
      const r = s.getBoundingClientRect();
      const x = Math.round((r.left - card.left + r.width / 2) * k);
      const y = Math.round((r.top - card.top + r.height / 2) * k);
      return [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)].join(",");
    });
  }, width);
  assert.ok(colours.length >= 3, `legend has swatches: ${colours}`);
  assert.equal(new Set(colours).size, colours.length, `every class has its own colour in the screenshot: ${colours.join(" | ")}`);
  const pressed = await page.evaluate(() => {
    const b = getComputedStyle(document.getElementById("view-toggle"));
    const q = getComputedStyle(document.getElementById("share-button"));
    return { pressed: b.backgroundColor, plain: q.backgroundColor, outline: b.outlineStyle, width: b.outlineWidth };
  });
  assert.notEqual(pressed.pressed, pressed.plain, "the pressed toggle looks different from a plain button");
  assert.equal(pressed.outline, "solid", "focus ring drawn");
  await context.close();
});

test("forced colours: the hatched 'not published' swatch keeps its hatching", async () => {
  // The demo with one per-country figure left unpublished, so the map legend has
  // its hatched "not published" class. The page loads the published file
  // (dist/data/demo-<hash>.json), so that is the one served changed: a cell left
  // out is "not published" (docs/PUBLIC-FORMAT.md).
  const catalogue = JSON.parse(fs.readFileSync(path.join(DIST, "data", "index.json"), "utf8"));
  const file = catalogue.datasets.find((d) => d.id === "demo").file;
  const demo = JSON.parse(fs.readFileSync(path.join(DIST, "data", file), "utf8"));
  const gtm = demo.dataset.by_country.find((c) => c.iso3 === "GTM");
  assert.equal(typeof gtm.women, "number", "the demo publishes Guatemala's women");
  delete gtm.women;
  const s = await serve(undefined, { routes: { [`/data/${file}`]: ["application/json", JSON.stringify(demo)] } });
  const { page, context } = await open(env.browser, `${s.url}?data=demo&lang=en&metric=women`);
  await page.emulateMedia({ forcedColors: "active" });
  const swatch = page.locator("#map-legend .swatch-hatched");
  assert.equal(await swatch.count(), 1, "the legend has a 'not published' swatch");
  const shot = await swatch.screenshot();
  const size = await drawScreenshot(page, shot);
  const colours = await page.evaluate(({ width, height }) => {
    // Inside the border: the hatching's two colours.
    const d = window.__screenshot.getImageData(2, 2, width - 4, height - 4).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4) seen.add(`${d[i] >> 4},${d[i + 1] >> 4},${d[i + 2] >> 4}`);
    return seen.size;
  }, size);
  assert.ok(colours >= 2, `hatching visible (${colours} colours inside the swatch)`);
  await context.close();
  await s.close();
});

test("status messages (4.1.3): 'Link copied' and 'Embed code copied' are shown, not only announced", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=fr`);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url.replace(/\/$/, "") });
  await page.click("#share-button");
  const share = page.locator("#share-status");
  await share.waitFor({ state: "visible" });
  await page.waitForFunction(() => document.getElementById("share-status").textContent.length > 0);
  assert.equal(await share.innerText(), "Lien copié");
  assert.equal(await share.getAttribute("role"), "status");
  const box = await share.boundingBox();
  assert.ok(box.width > 20 && box.height > 10, `visible: ${JSON.stringify(box)}`);
  await page.click("#embed-button");
  await page.waitForFunction(() => document.getElementById("embed-status").textContent.length > 0);
  assert.equal(await page.locator("#embed-status").innerText(), "Code d'intégration copié");
  assert.ok(await page.locator("#embed-status").isVisible());
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<iframe/);
  await context.close();
});

test("world view toggle: the label stays while its pressed state changes", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  const before = await axOf(page, "#view-toggle");
  assert.equal(before.name, "World view");
  assert.equal(before.props.pressed, "false");
  await page.click("#view-toggle");
  await page.waitForFunction(() => document.getElementById("view-toggle").getAttribute("aria-pressed") === "true");
  const after = await axOf(page, "#view-toggle");
  assert.equal(after.name, "World view");
  assert.equal(after.props.pressed, "true");
  await context.close();
});

test("PRODEF offers no per-country table of 'not published' cells; the demo does offer its table", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  assert.equal(await page.locator("#country-table-view").isVisible(), false);
  assert.equal(await page.locator("#country-table td").count(), 0);
  assert.match(await page.locator("#countries-note").innerText(), /not published/);
  await context.close();
  const demo = await open(env.browser, `${env.server.url}?data=demo&lang=en`);
  assert.equal(await demo.page.locator("#country-table-view").isVisible(), true);
  await demo.context.close();
});

test("the keyboard hint shows on desktops, not on touch phones", async () => {
  const { page, context } = await open(env.browser, `${env.server.url}?lang=en`);
  assert.ok(await page.locator("#map-keys").isVisible());
  await context.close();
  const phone = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await p.goto(`${env.server.url}?lang=en`);
  await p.waitForFunction(() => document.documentElement.dataset.vizState === "ready");
  assert.ok(await p.evaluate(() => matchMedia("(pointer: coarse)").matches), "the emulated phone has a coarse pointer");
  assert.equal(await p.locator("#map-keys").isVisible(), false);
  // Still in the map's description, for a screen reader with a keyboard.
  assert.match((await axOf(p, "#map-overlay")).description, /arrow keys/);
  await phone.close();
});
