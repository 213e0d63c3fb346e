// Post-build step: a 1200×630 share card per dataset and language (drawn by the
// native command with the same code as `export`) into cards/, and the page's head
// names the default dataset's English card with Open Graph and Twitter card tags
// and a description, so a link pasted into a social network shows a picture and a
// summary. The card files are not part of the kiosk's offline copy.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function shareCards(dir, root = process.cwd()) {
  const out = path.join(dir, "cards");
  const lines = execFileSync("cargo", ["run", "--quiet", "--", "cards", "--data-dir", path.join(root, "data"), "--out", out], {
    cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
  }).trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const card = lines.find((c) => c.default && c.lang === "en") ?? lines[0];
  if (!card) throw new Error("no share card was written");
  const file = path.join(dir, "index.html");
  const html = fs.readFileSync(file, "utf8");
  const image = `cards/${card.file}`;
  const tags = [
    `<meta name="description" content="${esc(card.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${esc(card.title)}">`,
    `<meta property="og:description" content="${esc(card.description)}">`,
    `<meta property="og:image" content="${esc(image)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${esc(card.title)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:title" content="${esc(card.title)}">`,
    `<meta name="twitter:description" content="${esc(card.description)}">`,
    `<meta name="twitter:image" content="${esc(image)}">`,
  ].join("\n  ");
  const described = /<meta name="description"[^>]*>/;
  if (!described.test(html)) throw new Error("index.html has no <meta name=description> to replace");
  fs.writeFileSync(file, html.replace(described, tags));
  return lines;
}
