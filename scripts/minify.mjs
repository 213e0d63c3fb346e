// Post-build step: makes what every visitor downloads smaller, once every other
// step has written its part of index.html. Trunk's own minification (Trunk.toml
// `minify`) cannot be used: its JavaScript minifier fails on wasm-bindgen's glue
// (`export default`), and it minifies index.html before the later steps, whose
// edits expect trunk's layout. Measured on the default page (docs/PERFORMANCE.md):
// 248.8 -> 226.0 KiB gzip together with the case-table cut of the same round, of
// which this step 13.9 KiB.
//
// - the names by which the page's and the kiosk's wasm and their glue know each
//   other: shortened (see `shortenNames`);
// - style sheets: lightningcss (the CSS parser trunk itself uses);
// - wasm-bindgen's glue: terser, as an ES module, so its exports and the names
//   the wasm imports (object keys) are kept;
// - index.html: comments and runs of white space only (html-minifier-terser with
//   conservative collapsing: a space between two words or elements stays one space,
//   attribute quotes stay, so the later steps' and the tests' readings still hold).
// The rewritten files are then named after their final bytes, and trunk's
// Subresource Integrity hashes for the style sheets, the glue's modulepreload and
// the wasm's preload are computed again, or the browser would refuse the files
// (e2e/csp.test.mjs checks both).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { minify as terser } from "terser";
import { transform } from "lightningcss";
import { minify as minifyHtml } from "html-minifier-terser";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loaderName } from "./csp-loader.mjs";

const WASM_OPT = fileURLToPath(new URL("../node_modules/.bin/wasm-opt", import.meta.url));

const sri = (bytes) => "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");

/**
 * Shortens the names by which a wasm and its glue know each other. wasm-bindgen
 * names every import after its JavaScript function plus a hash
 * (`__wbg_clientWidth_269ea87f17b863bf`, 245 of them in the page's wasm), and each
 * name is written twice, in the wasm's import section and in the glue's import
 * object. binaryen's `--minify-imports-and-exports-and-modules` (the pass
 * Emscripten uses) renames them to one or two letters and prints the mapping,
 * with which the glue's keys, module name and `wasm.` export reads are rewritten.
 * Every name of the mapping must be found in the glue, or the build stops: a
 * glue the step does not understand is never shipped half renamed.
 */
function shortenNames(dir, base) {
  const wasmFile = path.join(dir, `${base}_bg.wasm`);
  const glueFile = path.join(dir, `${base}.js`);
  const map = JSON.parse(
    execFileSync(WASM_OPT, ["--enable-reference-types", "--minify-imports-and-exports-and-modules", wasmFile, "-o", wasmFile]).toString(),
  );
  const modules = [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(wasmFile))).map((i) => i.module))];
  if (modules.length !== 1) throw new Error(`${base}: expected one import module after renaming, found ${modules}`);
  let glue = fs.readFileSync(glueFile, "utf8");
  const olds = new Set(map.imports.map(([module]) => module));
  if (olds.size !== 1) throw new Error(`${base}: expected one import module, found ${[...olds]}`);
  const moduleKey = `${JSON.stringify([...olds][0])}: import0`;
  if (!glue.includes(moduleKey)) throw new Error(`${base}: the glue has no ${moduleKey}`);
  glue = glue.replace(moduleKey, `${JSON.stringify(modules[0])}: import0`);
  for (const [, name, short] of map.imports) {
    const key = new RegExp(`^(\\s+)${name}:`, "m");
    if (!key.test(glue)) throw new Error(`${base}: the glue has no import ${name}`);
    glue = glue.replace(key, `$1${short}:`);
  }
  for (const [name, short] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, "g"), `wasm.${short}`);
  }
  fs.writeFileSync(glueFile, glue);
}

/** Minifies dist's style sheets, glue and index.html in place, and names the
 *  rewritten files after their final bytes (see `renameByContent`). */
export async function minify(dir) {
  const index = path.join(dir, "index.html");
  const glue = /^(impact-atlas|kiosk)-[0-9a-f]+\.js$/;
  const isWasm = (n) => /^(impact-atlas|kiosk)-[0-9a-f]+_bg\.wasm$/.test(n);
  for (const name of fs.readdirSync(dir).filter((n) => glue.test(n))) shortenNames(dir, name.slice(0, -3));
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name.endsWith(".css")) {
      fs.writeFileSync(file, transform({ filename: name, code: fs.readFileSync(file), minify: true }).code);
    } else if (glue.test(name)) {
      fs.writeFileSync(file, (await terser(fs.readFileSync(file, "utf8"), { module: true, compress: true, mangle: true })).code);
    }
  }
  const rewritten = renameByContent(dir, (n) => n.endsWith(".css") || glue.test(n) || isWasm(n));
  let html = fs.readFileSync(index, "utf8");
  let rehashed = 0;
  for (const name of rewritten) {
    const bytes = fs.readFileSync(path.join(dir, name));
    // The integrity attribute of the tag that names this file, if trunk wrote one.
    const tag = new RegExp(`(<link[^>]*href="\\./${name.replace(/\./g, "\\.")}"[^>]*integrity=")sha384-[^"]+(")`, "g");
    html = html.replace(tag, (_, a, b) => {
      rehashed++;
      return `${a}${sri(bytes)}${b}`;
    });
  }
  // Every integrity attribute must have been written again: one trunk wrote in
  // another form would still hold the hash of the file before this step, and the
  // browser would refuse the file.
  const attributes = (html.match(/\sintegrity="/g) ?? []).length;
  if (attributes !== rehashed) {
    throw new Error(`index.html has ${attributes} integrity attributes; this step recomputed ${rehashed}`);
  }
  html = await minifyHtml(html, { removeComments: true, collapseWhitespace: true, conservativeCollapse: true });
  fs.writeFileSync(index, html);
}

/** The first 16 hex digits of the SHA-256 of `parts`, one after the other. */
const contentHash = (...parts) => {
  const h = crypto.createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
};

/**
 * Names each rewritten file after its final bytes. Trunk (and routeKiosk) named
 * them after the bytes before this step, so a new minifier (a version bump in
 * package.json) could change what a name serves while the name stays: a browser
 * holding the old glue under a long cache would pair it with a new wasm whose
 * short import names differ, and the page would not start. A glue and its wasm
 * share one name, hashed from both. The page's loader (start-*.js), which names
 * them, is named after its own new content in turn. Returns the new names.
 */
function renameByContent(dir, chosen) {
  const stem = (n) => n.replace(/-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/, "");
  const renames = new Map();
  for (const name of fs.readdirSync(dir).filter(chosen)) {
    if (name.endsWith("_bg.wasm")) continue; // named with its glue below
    const bytes = fs.readFileSync(path.join(dir, name));
    if (name.endsWith(".css")) {
      renames.set(name, `${stem(name)}-${contentHash(bytes)}.css`);
      continue;
    }
    const wasmName = name.replace(/\.js$/, "_bg.wasm");
    const hash = contentHash(bytes, fs.readFileSync(path.join(dir, wasmName)));
    renames.set(name, `${stem(name)}-${hash}.js`);
    renames.set(wasmName, `${stem(name)}-${hash}_bg.wasm`);
  }
  const oldLoader = fs.readdirSync(dir).find((n) => /^start-[0-9a-f]+\.js$/.test(n));
  if (!oldLoader) throw new Error("no start-*.js loader to rename the glue in");
  const loader = path.join(dir, oldLoader);
  const index = path.join(dir, "index.html");
  let code = fs.readFileSync(loader, "utf8");
  let html = fs.readFileSync(index, "utf8");
  for (const [from, to] of renames) {
    fs.renameSync(path.join(dir, from), path.join(dir, to));
    if (!code.includes(from) && !html.includes(from)) throw new Error(`${from} is named neither in index.html nor in ${oldLoader}`);
    code = code.split(from).join(to);
    html = html.split(from).join(to);
  }
  const newLoader = loaderName(code);
  fs.rmSync(loader);
  fs.writeFileSync(path.join(dir, newLoader), code);
  if (!html.includes(oldLoader)) throw new Error(`index.html does not name ${oldLoader}`);
  html = html.split(oldLoader).join(newLoader);
  fs.writeFileSync(index, html);
  return [...renames.values()];
}
