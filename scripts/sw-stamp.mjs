// Post-build step: names the service worker's cache after the build's content hash
// and gives it the list of the build's files to keep for offline use. The same hash
// goes into index.html (<meta name="impact-atlas-build">), so a running kiosk can
// tell that the server has a new build.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { addMeta, isStaffFile } from "./side-wasm.mjs";

/** Every file under `dir`, as sorted paths relative to it with / separators. */
function files(dir, sub = "") {
  return fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, rel) : [rel];
  }).sort();
}

export function stampServiceWorker(dir) {
  // sw.js and embed.js are not part of the page; index.html gets the hash itself.
  const all = files(dir).filter((f) => f !== "sw.js" && f !== "embed.js");
  const hash = crypto.createHash("sha256");
  for (const f of all) hash.update(f).update("\0").update(fs.readFileSync(path.join(dir, f))).update("\0");
  const build = hash.digest("hex").slice(0, 16);
  // Kept offline: the page (as "./", the address a kiosk opens) and what it loads.
  // Documentation, sources and share cards are not needed to run.
  // The staff preview's worker is not part of a kiosk (kiosks take no files).
  const shell = ["./", ...all.filter((f) => f !== "index.html" && !/\.(md|txt)$/.test(f) && !f.startsWith("cards/") && !isStaffFile(f))];
  const sw = path.join(dir, "sw.js");
  const src = fs.readFileSync(sw, "utf8");
  const stamped = src
    .replace(/^const BUILD = "dev";$/m, `const BUILD = ${JSON.stringify(build)};`)
    .replace(/^const SHELL = \[\];$/m, `const SHELL = ${JSON.stringify(shell)};`);
  if (stamped === src || !stamped.includes(build)) throw new Error("sw.js has no BUILD/SHELL placeholders to stamp");
  fs.writeFileSync(sw, stamped);
  addMeta(dir, `<meta name="impact-atlas-build" content="${build}">`);
  return build;
}
