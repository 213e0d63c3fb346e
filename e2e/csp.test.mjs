// The strict Content-Security-Policy ships with the page: dist/index.html carries
// it in a <meta>, so a host that sends no header at all still runs the page under
// it. Nothing here adds a header: the page must carry the policy and obey it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { serve, launch, settled, DIST, ROOT } from "./lib.mjs";

/** The policy every build must carry, directive by directive (README, "Security headers"). */
export const STRICT = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:", "blob:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};
export const STRICT_CSP = Object.entries(STRICT).map(([k, v]) => `${k} ${v.join(" ")}`).join("; ");

/** Directive -> sources of a policy string. */
function parse(policy) {
  const out = {};
  for (const part of policy.split(";").map((s) => s.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    out[name.toLowerCase()] = sources;
  }
  return out;
}

/** The reasons `policy` is missing or weaker than STRICT (empty when it is as strict). */
function weaknesses(policy) {
  if (!policy) return ["no policy"];
  const got = parse(policy);
  const found = [];
  for (const [name, allowed] of Object.entries(STRICT)) {
    if (!got[name]) found.push(`${name} missing`);
    else for (const s of got[name]) if (!allowed.includes(s)) found.push(`${name} allows ${s}`);
  }
  // Nothing anywhere may reopen what the policy closes.
  for (const [name, sources] of Object.entries(got)) {
    for (const s of sources) {
      if (/^'unsafe-|^\*$|^https?:$|^'strict-dynamic'$|^'nonce-|^'sha/.test(s)) found.push(`${name} allows ${s}`);
    }
  }
  return found;
}

/** The policy in an HTML document's <meta http-equiv="Content-Security-Policy">. */
function metaPolicy(html) {
  const m = html.match(/<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i);
  return m ? m[1].replaceAll("&#39;", "'").replaceAll("&apos;", "'") : null;
}

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the built index.html carries the strict policy, first in <head>", () => {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const policy = metaPolicy(html);
  assert.deepEqual(weaknesses(policy), [], `policy: ${policy}`);
  // Before any script or style it would govern.
  const at = html.search(/<meta\s+http-equiv="?Content-Security-Policy/i);
  const first = html.search(/<(script|link|style)\b/i);
  assert.ok(at >= 0 && at < first, "the policy comes before the first script, link or style");
});

test("every integrity hash in the built index.html matches its file, after scripts/minify.mjs rewrote them", async () => {
  const { createHash } = await import("node:crypto");
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const tagged = [...html.matchAll(/href="\.\/([^"]+)"[^>]*integrity="(sha384-[^"]+)"/g)];
  const names = tagged.map((m) => m[1]);
  assert.ok(
    names.some((n) => n.endsWith(".css")) && names.some((n) => /^impact-atlas-.*\.js$/.test(n)) && names.some((n) => n.endsWith("_bg.wasm")),
    `style sheets, glue and wasm are hashed: ${names}`,
  );
  // No integrity attribute in a form the reading above misses.
  assert.equal((html.match(/\sintegrity="/g) ?? []).length, tagged.length, "every integrity attribute was checked");
  for (const [, name, integrity] of tagged) {
    const bytes = fs.readFileSync(path.join(DIST, name));
    assert.equal(integrity, "sha384-" + createHash("sha384").update(bytes).digest("base64"), name);
  }
  // Minified: no comment left in the page or its style sheets.
  assert.doesNotMatch(html, /<!--/);
  for (const css of names.filter((n) => n.endsWith(".css"))) {
    assert.doesNotMatch(fs.readFileSync(path.join(DIST, css), "utf8"), /\/\*/, css);
  }
});

test("the page's style sheets, glue and wasm are named after the bytes they serve", async () => {
  const { createHash } = await import("node:crypto");
  const hash = (...parts) => parts.reduce((h, p) => h.update(p), createHash("sha256")).digest("hex").slice(0, 16);
  const files = fs.readdirSync(DIST);
  const checked = [];
  for (const name of files) {
    const css = name.match(/^[a-z]+-([0-9a-f]{16})\.css$/);
    if (css) {
      assert.equal(css[1], hash(fs.readFileSync(path.join(DIST, name))), name);
      checked.push(name);
    }
    const glue = name.match(/^(impact-atlas|kiosk)-([0-9a-f]{16})\.js$/);
    if (glue) {
      const wasm = name.replace(/\.js$/, "_bg.wasm");
      assert.equal(glue[2], hash(fs.readFileSync(path.join(DIST, name)), fs.readFileSync(path.join(DIST, wasm))), name);
      checked.push(name);
    }
  }
  assert.ok(checked.filter((n) => n.endsWith(".css")).length >= 3 && checked.some((n) => n.startsWith("kiosk-")), `checked ${checked}`);
  // The loader names them, and is named after its own content.
  const loader = files.find((n) => /^start-[0-9a-f]{16}\.js$/.test(n));
  const code = fs.readFileSync(path.join(DIST, loader));
  assert.equal(loader, `start-${hash(code)}.js`);
  for (const n of checked.filter((n) => n.endsWith(".js"))) assert.ok(code.includes(n), `${loader} names ${n}`);
});

test("the check itself catches a missing or weaker policy", () => {
  assert.deepEqual(weaknesses(null), ["no policy"]);
  assert.ok(weaknesses(STRICT_CSP.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-inline'")).length > 0);
  assert.ok(weaknesses(STRICT_CSP.replace("'wasm-unsafe-eval'", "'unsafe-eval'")).length > 0);
  assert.ok(weaknesses(STRICT_CSP.replace("; object-src 'none'", "")).length > 0);
  assert.ok(weaknesses(STRICT_CSP.replace("connect-src 'self'", "connect-src *")).length > 0);
  assert.ok(weaknesses(`${STRICT_CSP}; frame-src https:`).length > 0);
  assert.deepEqual(weaknesses(STRICT_CSP), []);
});

test("the README documents the same policy for header-sending hosts", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const policy = metaPolicy(fs.readFileSync(path.join(DIST, "index.html"), "utf8"));
  for (const server of ["nginx", "Apache", "CDN"]) assert.match(readme, new RegExp(server));
  assert.ok(readme.includes(`add_header Content-Security-Policy "${policy}; frame-ancestors`), "nginx line");
  assert.ok(readme.includes(`Header always set Content-Security-Policy "${policy}; frame-ancestors`), "Apache line");
  assert.ok(readme.includes(`Content-Security-Policy: ${policy}; frame-ancestors`), "CDN line");
});

test("with no header, the page is ready under its own policy with no violation", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  const response = await page.goto(server.url);
  assert.equal(response.headers()["content-security-policy"], undefined, "the test server sends no policy");
  // Settled: the charts below the fold are drawn in the task after ready.
  await settled(page);
  assert.equal(await page.getAttribute("html", "data-viz-state"), "ready");
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page obeys its policy: injected inline script, inline handlers, inline style and foreign fetches are blocked", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
  const result = await page.evaluate(async () => {
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    const button = document.createElement("button");
    button.setAttribute("onclick", "window.__handler = true");
    document.body.append(button);
    button.click();
    const div = document.createElement("div");
    div.setAttribute("style", "color: rgb(1, 2, 3)");
    document.body.append(div);
    const colour = getComputedStyle(div).color;
    let fetched = true;
    try { await fetch("https://example.org/"); } catch { fetched = false; }
    await new Promise((r) => setTimeout(r, 100));
    return { injected: window.__injected === true, handler: window.__handler === true, colour, fetched, seen };
  });
  assert.equal(result.injected, false, "inline script ran");
  assert.equal(result.handler, false, "an inline event handler ran");
  assert.notEqual(result.colour, "rgb(1, 2, 3)", "inline style applied");
  assert.equal(result.fetched, false, "a foreign fetch went out");
  for (const d of ["script-src-elem", "script-src-attr", "style-src-attr", "connect-src"]) {
    assert.ok(result.seen.includes(d), `violation of ${d} reported (${result.seen})`);
  }
  await context.close();
});

test("the served index.html has no inline script", async () => {
  const html = await (await fetch(server.url)).text();
  const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g);
  assert.equal(inline, null, `inline scripts: ${inline}`);
});

test("scripts/serve.py sends the policy and the other security headers, on 127.0.0.1", async () => {
  const child = spawn("python3", [path.join(ROOT, "scripts", "serve.py"), "0", "--dir", DIST], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (b) => {
        out += b;
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m) resolve(m[0]);
      });
      child.on("exit", (code) => reject(new Error(`serve.py exited ${code}`)));
    });
    const page = await fetch(url);
    const policy = metaPolicy(fs.readFileSync(path.join(DIST, "index.html"), "utf8"));
    assert.equal(page.headers.get("content-security-policy"), policy);
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.equal(page.headers.get("referrer-policy"), "no-referrer");
    const wasm = fs.readdirSync(DIST).find((f) => f.startsWith("impact-atlas-") && f.endsWith(".wasm"));
    assert.equal((await fetch(url + wasm)).headers.get("content-type"), "application/wasm");
    assert.equal((await fetch(url + "embed.js")).headers.get("access-control-allow-origin"), "*");
    assert.equal((await fetch(url + "data/index.json")).headers.get("access-control-allow-origin"), null);
  } finally {
    child.kill();
  }
});

// A worker takes its policy from its own response's header, not the page's <meta>:
// a host that sends the README's header line must still let the staff preview's
// worker load its script and compile its wasm, and the kiosk start its own wasm.
test("under the README's header policy, the staff preview's worker and the kiosk's wasm run", async () => {
  const policy = metaPolicy(fs.readFileSync(path.join(DIST, "index.html"), "utf8"));
  const strict = await serve(DIST, { headers: { "Content-Security-Policy": `${policy}; frame-ancestors 'self'` } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const response = await page.goto(`${strict.url}?lang=en`);
    assert.ok(response.headers()["content-security-policy"].startsWith(policy), "the policy travels as a header");
    await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
    await page.locator(".preview summary").click();
    const data = path.join(ROOT, "data", "datasets");
    await page.setInputFiles("#preview-input", ["demo.json", "demo-by-country.csv", "demo-by-year.csv"].map((f) => path.join(data, f)));
    await page.waitForFunction(() => document.documentElement.dataset.preview === "shown", null, { timeout: 30_000 });
    assert.equal(await page.locator("#programme-acronym").textContent(), "DEMO");
    await page.goto(`${strict.url}?mode=kiosk&lang=en`);
    await page.waitForFunction(() => document.documentElement.dataset.vizState === "ready", null, { timeout: 30_000 });
    assert.ok(await page.locator("#kiosk-scene-title").textContent(), "the kiosk shows a scene");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await strict.close();
  }
});
