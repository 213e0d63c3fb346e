// Post-build step for the wasm file beside the visitor's (index.html builds both
// with trunk):
//   - the staff preview's worker (src/bin/staff.rs): the validator and the CSV and
//     workbook readers, started when staff first preview a file; named in a <meta>
//     of index.html for the page.
// trunk writes these as <name>.js and <name>_bg.wasm without the content hash it
// puts in the page's own file names; they get one here, so a browser never pairs a
// cached old half with a new one.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const SIDE = /^(staff)-[0-9a-f]{16}(_bg\.wasm|\.js|_loader\.js)$/;
/** Whether a file of the build belongs to the staff worker (not fetched by visitors). */
export const isStaffFile = (f) => SIDE.test(f) && f.startsWith("staff-");

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

function addMeta(dir, meta) {
  const index = path.join(dir, "index.html");
  const html = fs.readFileSync(index, "utf8");
  if (!/<meta charset="?utf-8"?>/i.test(html)) throw new Error("index.html has no <meta charset> to put a <meta> after");
  fs.writeFileSync(index, html.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}${meta}`));
}

export function nameStaffWorker(dir) {
  const base = hashed(dir, "staff");
  fs.rmSync(path.join(dir, "staff_loader.js"));
  fs.writeFileSync(path.join(dir, `${base}_loader.js`), `importScripts("./${base}.js");wasm_bindgen({ module_or_path: "./${base}_bg.wasm" });\n`);
  addMeta(dir, `<meta name="impact-atlas-staff" content="./${base}_loader.js">`);
}
