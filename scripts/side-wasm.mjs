// Post-build steps for the two wasm files beside the visitor's (index.html builds
// all three with trunk):
//   - the kiosk's (src/bin/kiosk.rs): the page with the kiosk's tour and scenes.
//     The page's loader picks it for ?mode=kiosk, so visitors never download it.
//   - the staff preview's worker (src/bin/staff.rs): the validator and the CSV and
//     workbook readers, started when staff first preview a file; named in a <meta>
//     of index.html for the page.
// trunk writes these as <name>.js and <name>_bg.wasm without the content hash it
// puts in the page's own file names; they get one here, so a browser never pairs a
// cached old half with a new one.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const SIDE = /^(staff|kiosk)-[0-9a-f]{16}(_bg\.wasm|\.js|_loader\.js)$/;
/** Whether a file of the build belongs to the staff worker (not fetched by visitors). */
export const isStaffFile = (f) => SIDE.test(f) && f.startsWith("staff-");
/** Whether a file of the build belongs to the kiosk's wasm (fetched by kiosks only). */
export const isKioskFile = (f) => SIDE.test(f) && f.startsWith("kiosk-");

/** Renames `<name>.js` and `<name>_bg.wasm` with their content hash; returns the new base. */
function hashed(dir, name) {
  const at = (f) => path.join(dir, f);
  for (const f of [`${name}.js`, `${name}_bg.wasm`]) {
    if (!fs.existsSync(at(f))) throw new Error(`${f} is missing from the build (index.html builds it with trunk)`);
  }
  const hash = crypto.createHash("sha256").update(fs.readFileSync(at(`${name}.js`))).update(fs.readFileSync(at(`${name}_bg.wasm`))).digest("hex").slice(0, 16);
  const base = `${name}-${hash}`;
  fs.renameSync(at(`${name}.js`), at(`${base}.js`));
  fs.renameSync(at(`${name}_bg.wasm`), at(`${base}_bg.wasm`));
  return base;
}

/** Puts `meta` right after index.html's <meta charset> (before anything it governs). */
export function addMeta(dir, meta) {
  const index = path.join(dir, "index.html");
  const html = fs.readFileSync(index, "utf8");
  if (!/<meta charset="?utf-8"?>/i.test(html)) throw new Error("index.html has no <meta charset> to put a <meta> after");
  fs.writeFileSync(index, html.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}${meta}`));
}

export function nameStaffWorker(dir) {
  const base = hashed(dir, "staff");
  fs.rmSync(path.join(dir, "staff_loader.js"));
  // A wasm that fails to load or compile rejects a promise, which a worker keeps
  // to itself: thrown again from a task, it reaches the page's Worker.onerror.
  fs.writeFileSync(
    path.join(dir, `${base}_loader.js`),
    `importScripts("./${base}.js");wasm_bindgen({ module_or_path: "./${base}_bg.wasm" }).catch((e) => setTimeout(() => { throw e; }));\n`,
  );
  addMeta(dir, `<meta name="impact-atlas-staff" content="./${base}_loader.js">`);
}

/** Makes trunk's inline loader (before scripts/csp-loader.mjs moves it into a file)
 *  load the kiosk's wasm for ?mode=kiosk and the visitor's otherwise. */
export function routeKiosk(dir) {
  const base = hashed(dir, "kiosk");
  const index = path.join(dir, "index.html");
  const html = fs.readFileSync(index, "utf8");
  const start = /import init, \* as bindings from '(\.\/[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[^']+\.wasm)' \}\);/;
  const m = html.match(start);
  if (!m) throw new Error("trunk's loader in index.html has changed: cannot route ?mode=kiosk to the kiosk's wasm");
  // The same reading of ?mode as the page's (src/web/url.rs: the first `mode`,
  // exact key; anything else is not the kiosk).
  const routed = `const kiosk = new URLSearchParams(location.search).get("mode") === "kiosk";
const bindings = await import(kiosk ? './${base}.js' : '${m[1]}');
// Before the start, which may trap: static/boot.js asks the wasm to word a trap.
window.wasmBindings = bindings;
const wasm = await bindings.default({ module_or_path: kiosk ? './${base}_bg.wasm' : '${m[2]}' });`;
  fs.writeFileSync(index, html.replace(start, routed));
}
