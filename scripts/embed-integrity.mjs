// Post-build step: the "Copy embed code" snippet loads embed.js with an integrity
// hash, so a partner's page runs that file and no other (if the file on our server
// were changed, the browser would refuse it). The hash of the built embed.js is
// written on the button that copies the snippet, which the page reads.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

export function embedIntegrity(dir) {
  const js = fs.readFileSync(path.join(dir, "embed.js"));
  const integrity = "sha384-" + crypto.createHash("sha384").update(js).digest("base64");
  const file = path.join(dir, "index.html");
  const html = fs.readFileSync(file, "utf8");
  const button = /id="?embed-button"?/;
  if (!button.test(html)) throw new Error("index.html has no embed-button to carry embed.js's integrity");
  fs.writeFileSync(file, html.replace(button, (m) => `${m} data-integrity="${integrity}"`));
  return integrity;
}
