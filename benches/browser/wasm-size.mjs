// What the WebAssembly file is made of. Takes the wasm-bindgen output of the last
// release build (target/wasm-bindgen/release/impact-atlas_bg.wasm, which still has
// its name section), optimises it the way trunk does (wasm-opt -Oz) once with names
// kept (-g) and once without, reports the nameless one beside dist/'s (which
// scripts/minify.mjs makes smaller still by shortening its import names),
// and lists with twiggy the largest items, the size by crate and by module of this
// crate, the data segments (with a sample of their text) and the generic functions
// instantiated most. Writes target/bench/wasm/impact-atlas-named.wasm (for
// benches/browser/profile.mjs --named-wasm) and target/bench/wasm-size.{md,json}.
//
//   node benches/browser/wasm-size.mjs [--top N]
// Needs twiggy (cargo install twiggy) and wasm-opt (npm binaryen, scripts/setup.sh).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { ROOT, DIST } from "../../e2e/lib.mjs";

const argv = process.argv.slice(2);
const TOP = Number(argv[argv.indexOf("--top") + 1] || 25);
const SRC = path.join(ROOT, "target", "wasm-bindgen", "release", "impact-atlas_bg.wasm");
const OUT = path.join(ROOT, "target", "bench", "wasm");
const NAMED = path.join(OUT, "impact-atlas-named.wasm");
const PLAIN = path.join(OUT, "impact-atlas-plain.wasm");
const env = { ...process.env, PATH: `${path.join(ROOT, "node_modules", ".bin")}:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
const run = (cmd, args) => execFileSync(cmd, args, { env, maxBuffer: 256 << 20 }).toString();
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;

if (!fs.existsSync(SRC)) throw new Error(`${SRC} missing: run scripts/build.sh first`);
fs.mkdirSync(OUT, { recursive: true });
run("wasm-opt", ["-Oz", "-g", SRC, "-o", NAMED]);
run("wasm-opt", ["-Oz", SRC, "-o", PLAIN]);
// The visitor's wasm (kiosk-* and staff-* are the kiosk's and the staff worker's).
const distWasm = fs.readdirSync(DIST).find((f) => f.startsWith("impact-atlas-") && f.endsWith("_bg.wasm"));
const distBytes = distWasm ? fs.readFileSync(path.join(DIST, distWasm)) : null;
const plainBytes = fs.readFileSync(PLAIN);

// ---------------------------------------------------------------- twiggy
const items = JSON.parse(run("twiggy", ["top", "-n", "100000", "-f", "json", NAMED]));
const nameSection = items.filter((i) => /names" subsection|^"?name"? section/.test(i.name)).reduce((s, i) => s + i.shallow_size, 0);
const code = items.filter((i) => !/names" subsection/.test(i.name));
const total = code.reduce((s, i) => s + i.shallow_size, 0);

/** The crate an item belongs to (the type's crate for drop glue and trait impls). */
function crateOf(name) {
  if (/^data segment/.test(name)) return "(data segments: strings, tables)";
  if (/^import /.test(name)) return "(imports: names of the JS functions wasm-bindgen generates)";
  if (/^__wbg_|^__wbindgen|wasm_bindgen|^js-to-wasm|^wasm-to-js|externref shim/.test(name)) return "wasm-bindgen (glue, imports, closures)";
  if (/^(type|import|export|elem|table|memory|global|func|code)\[|^"|section|^table|^elem/.test(name)) return "(wasm metadata: types, imports, exports, tables)";
  let n = name.replace(/\[[0-9a-f]{8,}\]/g, "");
  const drop = n.match(/^core::ptr::drop_in_place<(.*)>$/);
  if (drop) n = drop[1].replace(/^[&*]+(mut )?/, "");
  const m = n.match(/([A-Za-z_][A-Za-z0-9_]*)::/);
  if (!m) return "(other)";
  const c = m[1];
  if (["std", "core", "alloc"].includes(c)) return "std/core/alloc";
  if (["serde", "serde_core", "serde_derive"].includes(c)) return "serde";
  if (c === "plotters_backend" || c === "plotters" || c === "plotters_canvas") return c;
  return c;
}
function moduleOf(name) {
  const n = name.replace(/\[[0-9a-f]{8,}\]/g, "");
  const m = n.match(/impact_atlas::([a-z_0-9]+)(::([a-z_0-9]+))?/);
  if (!m) return null;
  return m[3] && /^[a-z_0-9]+$/.test(m[3]) && !/^h[0-9a-f]+$/.test(m[3]) ? `${m[1]}::${m[3]}` : m[1];
}
const group = (f) => {
  const g = new Map();
  for (const i of code) {
    const k = f(i.name);
    if (k) g.set(k, (g.get(k) ?? 0) + i.shallow_size);
  }
  return [...g.entries()].sort((a, b) => b[1] - a[1]);
};
const byCrate = group(crateOf);
const byModule = group(moduleOf);
/** std, core and alloc by module (core::fmt, core::slice::sort …). */
const byStdModule = group((name) => {
  if (crateOf(name) !== "std/core/alloc") return null;
  const n = name.replace(/\[[0-9a-f]{8,}\]/g, "").replace(/^core::ptr::drop_in_place<(.*)>$/, "$1");
  const m = n.match(/(?:^|[<&\s])((?:std|core|alloc)::[a-z_0-9]+(?:::[a-z_0-9]+)?)/);
  return m ? m[1].replace(/::[a-z_0-9]+$/, (x) => (/^(core|alloc|std)::(fmt|slice|num|str|collections|unicode|iter)$/.test(m[1].split("::").slice(0, 2).join("::")) ? x : "")) : "(other std)";
});

// ---------------------------------------------------------------- data segments
/** Data segments of a wasm module: [{ index, size, text sample }]. */
function dataSegments(buf) {
  let p = 8;
  const u32 = () => {
    let r = 0, s = 0, b;
    do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80);
    return r >>> 0;
  };
  const skipExpr = () => { while (buf[p] !== 0x0b) p++; p++; };
  const segs = [];
  while (p < buf.length) {
    const id = buf[p++];
    const len = u32();
    const end = p + len;
    if (id === 11) {
      const n = u32();
      for (let i = 0; i < n; i++) {
        const flags = u32();
        if (flags === 0) skipExpr();
        else if (flags === 2) { u32(); skipExpr(); }
        const size = u32();
        const bytes = buf.subarray(p, p + size);
        p += size;
        const text = (bytes.toString("latin1").match(/[\x20-\x7e]{6,}/g) ?? []);
        const printable = text.reduce((s, t) => s + t.length, 0);
        segs.push({ index: i, size, printable, sample: text.sort((a, b) => b.length - a.length).slice(0, 4).map((t) => t.slice(0, 60)) });
      }
    }
    p = end;
  }
  return segs;
}
const segs = dataSegments(plainBytes).sort((a, b) => b.size - a.size);
const dataTotal = segs.reduce((s, x) => s + x.size, 0);
const printableTotal = segs.reduce((s, x) => s + x.printable, 0);

// ---------------------------------------------------------------- monomorphizations
let monos = [];
try {
  monos = JSON.parse(run("twiggy", ["monos", "-m", "12", "-n", "0", "-f", "json", NAMED]));
} catch {
  /* older twiggy */
}

// ---------------------------------------------------------------- report
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;
const short = (s, n = 100) => {
  const t = s.replace(/\[[0-9a-f]{8,}\]/g, "").replace(/::h[0-9a-f]{16}$/, "");
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
};
const lines = [];
const say = (s = "") => { lines.push(s); console.log(s); };
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
say(`wasm: dist ${distBytes?.length ?? "?"} B (gzip -9 ${distBytes ? gz(distBytes) : "?"}, brotli 11 ${distBytes ? br(distBytes) : "?"}), rebuilt -Oz ${plainBytes.length} B; with names ${fs.statSync(NAMED).size} B, of which name section ${nameSection} B`);
say(`items measured (name section excluded): ${total} B`);
say("");
say("| crate | bytes | share |");
say("|---|---:|---:|");
for (const [k, v] of byCrate.slice(0, 20)) say(`| ${k} | ${v} | ${pct(v)} |`);
say("");
say("| impact_atlas module | bytes | share |");
say("|---|---:|---:|");
for (const [k, v] of byModule.slice(0, 25)) say(`| ${k} | ${v} | ${pct(v)} |`);
say("");
say("| std/core/alloc module | bytes | share |");
say("|---|---:|---:|");
for (const [k, v] of byStdModule.slice(0, 15)) say(`| ${k} | ${v} | ${pct(v)} |`);
say("");
say(`| largest items (top ${TOP}) | bytes | share |`);
say("|---|---:|---:|");
for (const i of code.slice(0, TOP)) say(`| \`${short(i.name)}\` | ${i.shallow_size} | ${pct(i.shallow_size)} |`);
say("");
say(`Data segments: ${segs.length}, ${dataTotal} B, of which ${printableTotal} B printable text (runs of 6+ characters).`);
say("");
say("| data segment | bytes | printable | longest text in it |");
say("|---|---:|---:|---|");
for (const s of segs.slice(0, 10)) say(`| ${s.index} | ${s.size} | ${s.printable} | ${s.sample.map((t) => "`" + t.replace(/[|`]/g, " ") + "`").join(" ")} |`);
if (monos.length) {
  say("");
  say("| generic function (monomorphizations) | copies | bloat bytes | total bytes |");
  say("|---|---:|---:|---:|");
  for (const m of monos.filter((m) => m.generic && !/^\[/.test(m.generic)).slice(0, 12)) {
    say(`| \`${short(m.generic, 90)}\` | ${m.monomorphizations?.length ?? "?"} | ${m.approximate_monomorphization_bloat_bytes ?? m.bloat ?? "?"} | ${m.total_size ?? "?"} |`);
  }
}
fs.writeFileSync(path.join(ROOT, "target", "bench", "wasm-size.md"), lines.join("\n") + "\n");
fs.writeFileSync(
  path.join(ROOT, "target", "bench", "wasm-size.json"),
  JSON.stringify({ dist: distBytes?.length, distGzip: distBytes ? gz(distBytes) : null, rebuilt: plainBytes.length, total, byCrate, byModule, byStdModule, top: code.slice(0, 100), segments: segs }, null, 1),
);
console.error(`[wasm-size] written target/bench/wasm-size.{md,json} and ${path.relative(ROOT, NAMED)}`);
