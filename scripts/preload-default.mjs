// Post-build step: preloads the catalogue's default dataset (and the CSV tables it
// names), so that it arrives alongside the wasm instead of after the catalogue has
// been fetched and read. The default comes from data/index.json, so index.html
// names no dataset by hand; a page opened with ?data=… fetches its own as before.
import fs from "node:fs";
import path from "node:path";

export function preloadDefaultDataset(dir) {
  const catalogue = JSON.parse(fs.readFileSync(path.join(dir, "data", "index.json"), "utf8"));
  const entry = catalogue.datasets?.find((d) => d.id === catalogue.default);
  if (!entry || !/^[\w./-]+$/.test(entry.file) || entry.file.includes("..")) {
    throw new Error(`data/index.json: no usable default dataset (${catalogue.default})`);
  }
  const file = `data/${entry.file}`;
  const dataset = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const tables = ["by_country", "by_year"]
    .map((k) => dataset[k])
    .filter((t) => typeof t === "string" && /^[\w.-]+\.csv$/.test(t))
    .map((t) => path.posix.join(path.posix.dirname(file), t));
  const links = [file, ...tables].map((f) => `<link rel="preload" href="${f}" as="fetch" crossorigin>`).join("\n  ");
  const index = path.join(dir, "index.html");
  const html = fs.readFileSync(index, "utf8");
  const anchor = /<link rel="preload" href="data\/index\.json"[^>]*>/;
  if (!anchor.test(html)) throw new Error("index.html has no preload of data/index.json to put the dataset's beside");
  fs.writeFileSync(index, html.replace(anchor, (m) => `${m}\n  ${links}`));
}
