// trunk post-build hook, in order: publish data/ into the build (scripts/publish.sh:
// the native command validates every dataset and writes only the public files; an
// error stops the build), route ?mode=kiosk to the kiosk's wasm and move trunk's
// inline loader into a file (strict CSP),
// preload the catalogue's default dataset, name the staff preview's worker, write embed.js's integrity hash for the
// embed snippet, write the share cards and the head's Open Graph / Twitter tags
// (scripts/share-cards.mjs), minify the style sheets, the wasm-bindgen glue and
// index.html (scripts/minify.mjs), and stamp the service worker with the build's content
// hash and file list. One hook, so the steps run one after the other (each later
// step hashes what the earlier wrote).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { moveLoader } from "./csp-loader.mjs";
import { preloadDefaultDataset } from "./preload-default.mjs";
import { embedIntegrity } from "./embed-integrity.mjs";
import { stampServiceWorker } from "./sw-stamp.mjs";
import { shareCards } from "./share-cards.mjs";
import { minify } from "./minify.mjs";
import { nameStaffWorker, routeKiosk } from "./side-wasm.mjs";

// The wasm build's own-std settings (scripts/build.sh) are not for the host builds
// this hook runs (publish.sh, share-cards.mjs): with them cargo would build a second
// host std and binary.
for (const k of ["RUSTC_BOOTSTRAP", "CARGO_UNSTABLE_BUILD_STD"]) delete process.env[k];
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("run by trunk as a post_build hook (TRUNK_STAGING_DIR unset)");
// The validator's messages go to the build's output; a failure ends the build.
execFileSync("bash", [fileURLToPath(new URL("./publish.sh", import.meta.url))], { stdio: "inherit" });
routeKiosk(dir);
moveLoader(dir);
preloadDefaultDataset(dir);
nameStaffWorker(dir);
embedIntegrity(dir);
shareCards(dir);
await minify(dir);
stampServiceWorker(dir);
