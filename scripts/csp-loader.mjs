// Post-build step: moves trunk's inline <script type="module"> loader into a file
// of its own, so the page runs under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') on host sites.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

/** The loader's file name: named after its code, so a new loader is a new file. */
export const loaderName = (code) => `start-${crypto.createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;

export function moveLoader(dir) {
  const file = path.join(dir, "index.html");
  const html = fs.readFileSync(file, "utf8");
  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const m = html.match(inline);
  if (!m) throw new Error("no inline module loader found in index.html; did trunk change its output?");
  const code = m[1].trim() + "\n";
  const name = loaderName(code);
  fs.writeFileSync(path.join(dir, name), code);
  fs.writeFileSync(file, html.replace(inline, `<script type="module" src="./${name}"></script>`));
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(fs.readFileSync(file, "utf8"))) {
    throw new Error("index.html still has an inline script");
  }
}
