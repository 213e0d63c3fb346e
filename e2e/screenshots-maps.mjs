// Screenshots of the map encodings and of each single-view embed (issue #14):
//   node e2e/screenshots-maps.mjs
// Serves a copy of dist/ whose data/ is published again with a generated 11-country
// synthetic dataset (the next programme's countries, figures invented by
// benches/gen-datasets.mjs, map_encoding "symbols", which reaches the page through
// the public file), and writes docs/screenshots/map-*.png and embed-<view>-<width>.png.
import fs from "node:fs";
import path from "node:path";
import { serve, launch, open, publishedGenerated, ROOT } from "./lib.mjs";
import { makeDataset, geometryCountries } from "../benches/gen-datasets.mjs";

const NEXT = ["SEN", "BFA", "BOL", "JOR", "LBN", "FJI", "MDV", "CPV", "MUS", "SYC", "KIR"];
const pool = geometryCountries().usable;
const eleven = makeDataset(11, 7, NEXT.map((c) => pool.find((p) => p.iso3 === c)));
const json = JSON.parse(eleven.json);
json.map_encoding = "symbols";
// A Pacific programme across ±180° (Tuvalu is not in the 1:50m world file): the
// map turns to centre on the Pacific instead of cutting it at the map's edges.
const PACIFIC = ["FJI", "KIR", "WSM", "TON"];
// Six years: the figures generated for five would give a protected cell away.
const pacific = makeDataset(4, 6, PACIFIC.map((c) => pool.find((p) => p.iso3 === c)));
const site = publishedGenerated([
  { dataset: eleven, json: JSON.stringify(json), title: "Next programme's 11 countries (synthetic)" },
  { dataset: pacific, title: "A Pacific programme (synthetic)" },
]);

const MAPS = [
  { name: "map-prodef", query: "?lang=en", width: 1000 },
  { name: "map-demo-symbols", query: "?lang=en&data=demo&map=symbols", width: 1000 },
  { name: "map-demo-choropleth-fr", query: "?lang=fr&data=demo", width: 1000 },
  { name: "map-11-countries-symbols", query: `?lang=en&data=${eleven.id}`, width: 1000 },
  { name: "map-11-countries-phone", query: `?lang=en&data=${eleven.id}`, width: 390, dpr: 2 },
  { name: "map-pacific", query: `?lang=en&data=${pacific.id}`, width: 1000 },
  { name: "map-pacific-phone", query: `?lang=en&data=${pacific.id}`, width: 390, dpr: 2 },
];
const VIEWS = ["map", "results", "counters", "countries", "years", "stories"];

const out = path.join(ROOT, "docs", "screenshots");
fs.mkdirSync(out, { recursive: true });
const server = await serve(site.dir);
const browser = await launch();
try {
  for (const m of MAPS) {
    const { page, context, problems } = await open(browser, server.url + m.query, { width: m.width, height: 900, dpr: m.dpr ?? 1 });
    if (problems.length) throw new Error(`${m.name}: ${problems.join("; ")}`);
    await page.locator(".map-card").screenshot({ path: path.join(out, `${m.name}.png`) });
    console.log(`wrote docs/screenshots/${m.name}.png`);
    await context.close();
  }
  for (const [data, lang] of [["prodef", "en"], ["demo", "fr"]]) {
    for (const view of VIEWS) {
      for (const width of [320, 720]) {
        const page0 = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:Georgia,serif"><iframe id="atlas" src="${server.url}?mode=embed&data=${data}&view=${view}" title="Results" style="width:100%;border:0"></iframe>
<script src="${server.url}embed.js" async></script></body></html>`;
        const host = await serve(undefined, { routes: { "/": ["text/html; charset=utf-8", page0] } });
        const context = await browser.newContext({ viewport: { width, height: 700 } });
        const page = await context.newPage();
        await page.goto(host.url);
        await page.frameLocator("#atlas").locator("html[data-viz-state=ready]").waitFor({ timeout: 30_000 });
        await page.waitForTimeout(400);
        const name = `embed-${data}-${view}-${width}`;
        await page.locator("#atlas").screenshot({ path: path.join(out, `${name}.png`) });
        console.log(`wrote docs/screenshots/${name}.png`);
        // A long visual shows a page at a time: its second page too.
        const frame = page.frameLocator("#atlas");
        if (await frame.locator("#pager").isVisible()) {
          const at = await frame.locator("#pager-at").textContent();
          await frame.locator("#pager-next").click();
          await frame.locator("#pager-at").filter({ hasNotText: at }).waitFor();
          await page.waitForTimeout(200);
          await page.locator("#atlas").screenshot({ path: path.join(out, `${name}-page2.png`) });
          console.log(`wrote docs/screenshots/${name}-page2.png`);
        }
        await context.close();
        await host.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  site.remove();
}
