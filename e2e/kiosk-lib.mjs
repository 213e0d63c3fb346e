// Shared by the kiosk's walk test, its contact sheets and its benchmark: dist/
// served with the synthetic 11-country dataset added to the catalogue (generated
// by benches/gen-datasets.mjs, labelled synthetic; data/ is untouched), and helpers
// that step the tour under Playwright's fake clock and check a scene.
import { serve, publishedGenerated } from "./lib.mjs";
import { makeKioskDataset } from "../benches/gen-datasets.mjs";

export const STEP = 8_000;
export const KIOSK_DATASETS = ["prodef", "demo", "synthetic-kiosk-11"];
export const KIOSK_SIZES = [[1366, 768], [1920, 1080], [3840, 2160], [1080, 1920], [2160, 3840]];

/**
 * Serves a copy of dist/ whose catalogue also lists the synthetic kiosk dataset,
 * published from its sources by the native `publish` command as the build does
 * (the page loads only public files). The server's close() also removes the copy.
 */
export async function serveKiosk() {
  const d = makeKioskDataset();
  const site = publishedGenerated([{ dataset: d, title: d.entry.title }]);
  const server = await serve(site.dir);
  const close = server.close;
  server.close = async () => {
    await close();
    site.remove();
  };
  return server;
}

/**
 * Stops the fake clock's own flow (it runs with real time after install), so that
 * only runFor moves the tour: screenshots and checks then take no tour time.
 */
export async function freeze(page) {
  const now = await page.evaluate(() => Date.now());
  // A second ahead: on a busy machine the clock may have moved on meanwhile.
  await page.clock.pauseAt(now + FREEZE_MS);
}

/** How far `freeze` moves the clock, ms. */
export const FREEZE_MS = 1_000;

export const sceneIndex = async (page) => Number(await page.getAttribute("html", "data-scene-index"));

/**
 * Runs the fake clock until the tour shows a scene other than `from`, `spent` ms
 * after `from` was shown: most of the way at once, then in quarter seconds so
 * the check starts during the map's flight. Returns the new scene's index.
 */
export async function nextScene(page, from, spent = 1_500) {
  await page.clock.runFor(Math.max(0, STEP - spent - 400));
  for (let waited = 0; waited <= STEP + 2_000; waited += 250) {
    await page.clock.runFor(250);
    const i = await sceneIndex(page);
    if (i !== from) return i;
  }
  throw new Error(`the tour stayed on scene ${from}`);
}

/**
 * What a scene shows and what is wrong with how it shows it, measured in the
 * page: elements outside the viewport, boxes outside their parent's, content
 * cut off or spilling out of its box, text under 28 scene units (28 CSS px at
 * 1920×1080), key figures under 80.
 */
export function inspect() {
  const W = innerWidth, H = innerHeight;
  const u = (W + H) / 3000;
  const minText = 28 * u - 0.5, minFigure = 80 * u - 0.5;
  const root = document.getElementById("kiosk");
  const problems = [];
  const shown = (e) => {
    const cs = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return cs.display !== "contents" && cs.visibility !== "hidden" && r.width > 0 && r.height > 0;
  };
  const name = (e) => (e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}${[...e.classList].map((c) => "." + c).join("")}`)
    + ` "${(e.textContent || "").trim().slice(0, 40)}"`;
  let smallest = Infinity, figures = 0;
  for (const e of [root, ...root.querySelectorAll("*")]) {
    if (!shown(e)) continue;
    const cs = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) {
      problems.push(`${name(e)} leaves the screen: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    // Content cut off by a box that clips it, or spilling out of a box that does
    // not: beyond a quarter of an em, which is more than a font's glyphs reach
    // above and below its line height (that overhang is not clipped text).
    if (cs.display !== "inline") {
      const clips = cs.overflowX !== "visible" || cs.overflowY !== "visible";
      const slack = clips ? 1 : Math.max(1, parseFloat(cs.fontSize) * 0.25);
      if (e.scrollHeight > e.clientHeight + slack || e.scrollWidth > e.clientWidth + slack) {
        problems.push(`${name(e)} ${clips ? "cuts its content" : "overflows its box"}: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`);
      }
    }
    let p = e.parentElement;
    while (p && getComputedStyle(p).display === "contents") p = p.parentElement;
    // Boxes inside their parent's box (an inline's glyph overhang aside, as above).
    if (p && e !== root && shown(p) && cs.display !== "inline") {
      const q = p.getBoundingClientRect();
      if (r.left < q.left - 1 || r.top < q.top - 1 || r.right > q.right + 1 || r.bottom > q.bottom + 1) {
        problems.push(`${name(e)} sticks out of ${name(p)}`);
      }
    }
    const text = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const size = parseFloat(cs.fontSize);
    if (text) {
      smallest = Math.min(smallest, size / u);
      if (size < minText) problems.push(`${name(e)} set at ${size.toFixed(1)} px, under ${(minText + 0.5).toFixed(1)}`);
    }
    if (e.classList.contains("kiosk-figure")) {
      figures += 1;
      if (size < minFigure) problems.push(`key figure ${name(e)} at ${size.toFixed(1)} px, under ${(minFigure + 0.5).toFixed(1)}`);
    }
  }
  const frame = document.getElementById("map-frame");
  const label = document.getElementById("kiosk-map-label");
  return {
    problems,
    smallest,
    figures,
    scene: document.documentElement.dataset.scene,
    title: document.getElementById("kiosk-scene-title").textContent,
    body: document.getElementById("kiosk-scene-body").innerText.trim(),
    view: frame.dataset.view,
    flying: frame.dataset.flight === "on",
    label: label.hidden ? "" : label.textContent,
    progress: document.getElementById("kiosk-progress").textContent,
  };
}
