// Contact sheets of every kiosk scene: node e2e/kiosk-sheets.mjs [--full DIR]
// For PRODEF, the demo and the synthetic 11-country dataset, walks the tour under a
// fake clock at 1920×1080 and 1080×1920, screenshots each scene once its map
// flight is over, and writes docs/screenshots/kiosk-<dataset>-<landscape|portrait>.png,
// a sheet of numbered thumbnails. With --full DIR, also keeps each full-size
// screenshot there (to look at one scene closely).
import fs from "node:fs";
import path from "node:path";
import { launch, ROOT } from "./lib.mjs";
import { serveKiosk, freeze, FREEZE_MS, nextScene, sceneIndex, KIOSK_DATASETS } from "./kiosk-lib.mjs";

const argv = process.argv.slice(2);
const full = argv.includes("--full") ? argv[argv.indexOf("--full") + 1] : null;
if (full) fs.mkdirSync(full, { recursive: true });
const out = path.join(ROOT, "docs", "screenshots");
const SIZES = [["landscape", 1920, 1080, 4], ["portrait", 1080, 1920, 6]];
const THUMB = 0.25;

const server = await serveKiosk();
const browser = await launch();
try {
  for (const [shape, width, height, perRow] of SIZES) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.clock.install();
    for (const data of KIOSK_DATASETS) {
      await page.goto(`${server.url}?mode=kiosk&lang=en&data=${data}`);
      await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
      await freeze(page);
      const count = Number(await page.getAttribute("html", "data-scene-count"));
      await page.clock.runFor(1_500);
      let index = await sceneIndex(page);
      const shots = [];
      for (let n = 0; n < count; n++) {
        if (n > 0) {
          index = await nextScene(page, index, n === 1 ? FREEZE_MS + 1_500 : 1_500);
          await page.clock.runFor(1_500);
        }
        const png = await page.screenshot();
        if (full) fs.writeFileSync(path.join(full, `${data}-${shape}-${String(n + 1).padStart(2, "0")}.png`), png);
        const title = await page.locator("#kiosk-scene-title").innerText();
        shots.push({ png, title });
      }
      const w = Math.round(width * THUMB), h = Math.round(height * THUMB);
      const cells = shots.map((s, i) => `<figure><img src="data:image/png;base64,${s.png.toString("base64")}" width="${w}" height="${h}"><figcaption>${i + 1}. ${s.title.replace(/[<&]/g, "")}</figcaption></figure>`).join("");
      const sheet = await context.newPage();
      const cols = Math.min(perRow, shots.length);
      await sheet.setViewportSize({ width: cols * (w + 12) + 12, height: 200 });
      await sheet.setContent(`<!doctype html><style>body{margin:0;padding:6px;background:#222;color:#eee;font:13px sans-serif;display:grid;grid-template-columns:repeat(${cols},${w}px);gap:6px 12px}figure{margin:0}img{display:block}figcaption{padding:2px 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}</style>${cells}`);
      const file = path.join(out, `kiosk-${data}-${shape}.png`);
      await sheet.screenshot({ path: file, fullPage: true });
      await sheet.close();
      console.log(`wrote ${path.relative(ROOT, file)}: ${shots.length} scenes (${fs.statSync(file).size} bytes)`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
