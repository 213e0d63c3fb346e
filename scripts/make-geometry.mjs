#!/usr/bin/env node
// Makes data/geo/world.bin, the country outlines the page fetches at run time,
// from Natural Earth's 1:50m admin-0 countries as packaged by world-atlas.
// Run by hand after `npm install` (the output is committed, so running the page
// needs no npm):
//
//   node scripts/make-geometry.mjs [--relative K] [--tol-min DEG] [--tol-max DEG] [--min-area KM2] [--rel-area F] [--cap-area KM2] [--out FILE]
//
// Why 1:50m simplified rather than 1:110m as shipped: at 1:110m Haiti, Costa
// Rica, Honduras and Guatemala are a handful of points each and stop looking like
// themselves once a programme view zooms to them; 1:50m is 230 KB gzipped. Simplifying
// each shared arc of 1:50m (to the fewest points within a tolerance, arc end points
// kept so neighbours still meet) and dropping specks of islands keeps the small countries' shapes at
// about a quarter of the size. The format is described in data/geo/README.md.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
// Simplification tolerance in degrees (longitude scaled by cos(latitude)), relative
// to the size of the smallest country that shares the arc: a country keeps about the
// same number of points per its own width, so Haiti stays Haiti while Canada's
// archipelago, which dominates the point count, loses what no view can show.
const RELATIVE = Number(args.relative ?? 0.01);
const TOL_MIN = Number(args["tol-min"] ?? 0.01);
const TOL_MAX = Number(args["tol-max"] ?? 0.12);
// A country's islands smaller than MIN_AREA_KM2, or than REL_AREA of the country's
// area (but at most CAP_AREA_KM2, so Prince Edward Island stays with Canada), are
// dropped; a country's largest piece is always kept.
const MIN_AREA_KM2 = Number(args["min-area"] ?? 150);
const REL_AREA = Number(args["rel-area"] ?? 0.002);
const CAP_AREA_KM2 = Number(args["cap-area"] ?? 3000);
// Output grid: 0.01° is about 1 km, far below a device pixel at any view the page offers.
const QUANTUM = 0.01;
// An arc simplified with a coarse tolerance (large countries' coasts, which the page
// shows at world scale) has its inner points on a coarser grid of STEP_OF(tol) × 0.01°,
// at most half its tolerance, so its steps are smaller numbers; its end points stay on
// the fine grid so that neighbours still meet. Small countries' arcs keep 0.01°.
const MAX_STEP = Number(args["max-step"] ?? 6);
const stepOf = (tol) => Math.max(1, Math.min(MAX_STEP, Math.floor(tol / QUANTUM / 2)));
const OUT = args.out ?? join(root, "data/geo/world.bin");

const SOURCE = "world-atlas/countries-50m.json";
const topo = JSON.parse(readFileSync(join(root, "node_modules", SOURCE), "utf8"));
const worldAtlasVersion = JSON.parse(readFileSync(join(root, "node_modules/world-atlas/package.json"), "utf8")).version;

// Features Natural Earth gives no ISO numeric code. They get codes from the ISO 3166
// user-assigned range X.. so they stay selectable and stable; no programme lists them.
const NO_ISO = {
  Kosovo: "XKX",
  "N. Cyprus": "XNC",
  Somaliland: "XSL",
  "Indian Ocean Ter.": "XIO",
  "Siachen Glacier": "XSG",
};
// Antarctica is left out: no programme deploys there, its ring runs round the pole
// (a flat line across the whole bottom of an Equal Earth map) and it would take a
// fifth of the file.
const SKIP_NUMERIC = new Set(["010"]);
// Ashmore and Cartier Islands share Australia's numeric code (036) in the source and
// are part of Australia in ISO 3166; their pieces are merged into AUS.

// No names: the page, the kiosk and the exports name a country as the dataset does
// (each dataset gives its countries' names in English, French and Spanish), so names
// here would be bytes every visitor fetches and nothing reads.

// --- decode the source topology -------------------------------------------------
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [tx + x * sx, ty + y * sy];
  });
});
const arcPoints = (ref) => (ref >= 0 ? arcs[ref] : arcs[~ref].slice().reverse());
const ringPoints = (refs) => {
  const out = [];
  for (const ref of refs) {
    const pts = arcPoints(ref);
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
};

// Area in km² of a lon/lat ring (equirectangular, fine for telling specks from islands).
const ringAreaKm2 = (pts) => {
  const k = 111.32;
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const c = Math.cos(((pts[i][1] + pts[j][1]) / 2) * (Math.PI / 180));
    a += (pts[j][0] * c - pts[i][0] * c) * (pts[j][1] + pts[i][1]);
  }
  return Math.abs(a / 2) * k * k;
};

// --- features → countries keyed by alpha-3 ---------------------------------------
const byCode = new Map();
for (const g of topo.objects.countries.geometries) {
  if (SKIP_NUMERIC.has(g.id)) continue;
  let code;
  if (g.id) {
    code = countries.numericToAlpha3(g.id);
  } else {
    code = NO_ISO[g.properties.name];
  }
  if (!code) throw new Error(`no code for feature ${g.id} ${g.properties.name}`);
  const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const entry = byCode.get(code) ?? { code, polygons: [] };
  entry.polygons.push(...polys);
  byCode.set(code, entry);
}

// --- disputed territories ---------------------------------------------------------
// Natural Earth's de facto Morocco runs to 21.4° N: it takes the part of Western
// Sahara west of the Moroccan berm and leaves "W. Sahara" only the strip east of it.
// Western Sahara is a Non-Self-Governing Territory (United Nations) whose status is
// not settled, so a map that shades Morocco must not shade it. The part of Natural
// Earth's Morocco south of 27°40′ N (the latitude of the Morocco–Algeria–Western
// Sahara tripoint; Morocco's border there since 1958) goes back to Western Sahara,
// and that boundary is drawn dashed (see "dashed" in data/geo/README.md).
const absRef = (r) => (r < 0 ? ~r : r);
const dashed = [];
function giveBackSouthOfTripoint(fromCode, toCode) {
  const from = byCode.get(fromCode);
  const to = byCode.get(toCode);
  const changed = (why) => new Error(`${fromCode}/${toCode}: ${why}; the source changed, review the disputed-territory step`);
  if (!from || !to || from.polygons.length !== 1 || to.polygons.length !== 1) throw changed("expected one piece each");
  const fromArcs = new Set(from.polygons[0].flat().map(absRef));
  const shared = [...new Set(to.polygons[0].flat().map(absRef))].filter((i) => fromArcs.has(i));
  if (shared.length !== 1) throw changed(`expected one shared arc, found ${shared.length}`);
  const b = shared[0];
  const ends = [arcs[b][0], arcs[b].at(-1)];
  const tri = ends[0][1] > ends[1][1] ? ends[0] : ends[1];
  const lat = tri[1];
  // Walk `from`'s outline from the shared arc's end round to its start; the first
  // crossing of the tripoint's latitude northwards is where the boundary meets the coast.
  const ring = from.polygons[0][0];
  const k = ring.findIndex((r) => absRef(r) === b);
  const rest = [...ring.slice(k + 1), ...ring.slice(0, k)];
  for (let j = 0; j < rest.length; j++) {
    const pts = arcPoints(rest[j]);
    const m = pts.findIndex((p, i) => i > 0 && pts[i - 1][1] < lat && p[1] >= lat);
    if (m < 0) continue;
    const users = [...byCode.values()].filter((c) => c.polygons.flat(2).some((r) => absRef(r) === absRef(rest[j])));
    if (users.length !== 1) throw changed("the coast arc to split is shared");
    const [a, z] = [pts[m - 1], pts[m]];
    const t = (lat - a[1]) / (z[1] - a[1]);
    const cut = [a[0] + t * (z[0] - a[0]), lat];
    const south = arcs.push([...pts.slice(0, m), cut]) - 1;
    const north = arcs.push([cut, ...pts.slice(m)]) - 1;
    const line = arcs.push([tri, cut]) - 1;
    from.polygons = [[[north, ...rest.slice(j + 1), line]]];
    // `to` walks the shared arc one way or the other; its replacement runs from the
    // coast end to the tripoint (B backwards) or the reverse.
    const coastToTripoint = [...rest.slice(0, j), south, ~line];
    const tripointToCoast = coastToTripoint.map((r) => ~r).reverse();
    const swap = (ref) => (absRef(ref) !== b ? [ref] : ref === b ? tripointToCoast : coastToTripoint);
    to.polygons = [to.polygons[0].map((r) => r.flatMap(swap))];
    dashed.push({ between: [fromCode, toCode], arcs: [line] });
    return;
  }
  throw changed(`no coast crossing at ${lat}° N`);
}
giveBackSouthOfTripoint("MAR", "ESH");

// Drop specks, keeping each country's largest piece.
for (const c of byCode.values()) {
  const areas = c.polygons.map((p) => ringAreaKm2(ringPoints(p[0])));
  const total = areas.reduce((a, b) => a + b, 0);
  const min = Math.max(MIN_AREA_KM2, Math.min(REL_AREA * total, CAP_AREA_KM2));
  const largest = areas.indexOf(Math.max(...areas));
  c.polygons = c.polygons.filter((_, i) => i === largest || areas[i] >= min);
}

// Each arc turned to run the way the first ring using it walks it (countries in
// code order, after the specks are dropped), so that the arcs, stored in that
// order, mostly start where the one before ended.
{
  const sortedEarly = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const flip = new Set();
  const seen = new Set();
  for (const r of [...sortedEarly.flatMap((c) => c.polygons.flat(2)), ...dashed.flatMap((d) => d.arcs)]) {
    if (seen.has(absRef(r))) continue;
    seen.add(absRef(r));
    if (r < 0) flip.add(absRef(r));
  }
  for (const i of flip) arcs[i] = arcs[i].slice().reverse();
  const turn = (r) => (flip.has(absRef(r)) ? ~r : r);
  for (const c of byCode.values()) c.polygons = c.polygons.map((p) => p.map((ring) => ring.map(turn)));
  for (const d of dashed) d.arcs = d.arcs.map(turn);
}

// --- simplify each arc once, so shared borders stay shared ------------------------
function perpendicular(p, a, b) {
  const c = Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const [px, py, ax, ay, bx, by] = [p[0] * c, p[1], a[0] * c, a[1], b[0] * c, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(px - ax, py - ay);
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
// The fewest points, end points kept, such that every source point lies within
// `tol` of the simplified line: the bound Douglas–Peucker keeps, with about 12%
// fewer points (Douglas–Peucker keeps a point wherever its first split lands, not
// where the fewest are needed). Shortcuts from each point are found with a cone of
// directions (Imai–Iri), checked exactly with `perpendicular`, and the shortest
// path of shortcuts from the first point to the last is kept; a shortcut that
// fails the exact check is dropped and the path searched again.
function fewest(pts, tol) {
  const n = pts.length;
  if (n <= 2) return pts.slice();
  const c = Math.cos((pts.reduce((s, p) => s + p[1], 0) / n) * (Math.PI / 180));
  const xy = pts.map(([x, y]) => [x * c, y]);
  const reach = [];
  for (let i = 0; i < n - 1; i++) {
    const out = [i + 1];
    let lo = -Infinity, hi = Infinity, ref = null;
    for (let j = i + 1; j < n; j++) {
      const dx = xy[j][0] - xy[i][0], dy = xy[j][1] - xy[i][1];
      const r = Math.hypot(dx, dy);
      if (j > i + 1 && r > 0) {
        let a = Math.atan2(dy, dx);
        if (ref === null) ref = a;
        a -= ref;
        while (a > Math.PI) a -= 2 * Math.PI;
        while (a <= -Math.PI) a += 2 * Math.PI;
        if (a >= lo && a <= hi) out.push(j);
      }
      if (r > tol) {
        let a = Math.atan2(dy, dx);
        if (ref === null) ref = a;
        a -= ref;
        while (a > Math.PI) a -= 2 * Math.PI;
        while (a <= -Math.PI) a += 2 * Math.PI;
        const d = Math.asin(tol / r);
        lo = Math.max(lo, a - d);
        hi = Math.min(hi, a + d);
        if (lo > hi) break;
      }
    }
    reach.push(out);
  }
  const bad = new Set();
  const exact = (i, j) => {
    for (let k = i + 1; k < j; k++) if (perpendicular(pts[k], pts[i], pts[j]) > tol) return false;
    return true;
  };
  for (;;) {
    const dist = new Array(n).fill(Infinity);
    const prev = new Array(n).fill(-1);
    dist[0] = 0;
    for (let i = 0; i < n - 1; i++) {
      if (dist[i] === Infinity) continue;
      for (const j of reach[i]) {
        if (dist[i] + 1 < dist[j] && !bad.has(i * n + j)) [dist[j], prev[j]] = [dist[i] + 1, i];
      }
    }
    const path = [n - 1];
    while (path.at(-1) !== 0) path.push(prev[path.at(-1)]);
    path.reverse();
    let ok = true;
    for (let m = 1; m < path.length; m++) {
      if (!exact(path[m - 1], path[m])) {
        bad.add(path[m - 1] * n + path[m]);
        ok = false;
      }
    }
    if (ok) return path.map((k) => pts[k]);
  }
}
function simplifyArc(pts, tol) {
  const closed = pts.length > 2 && pts[0][0] === pts.at(-1)[0] && pts[0][1] === pts.at(-1)[1];
  if (!closed) return fewest(pts, tol);
  // A closed arc (an island) has one end point; anchor at the point farthest from
  // it too, or simplifying collapses the whole ring to that point.
  let far = 1;
  for (let k = 1; k < pts.length - 1; k++) {
    if (Math.hypot(pts[k][0] - pts[0][0], pts[k][1] - pts[0][1]) > Math.hypot(pts[far][0] - pts[0][0], pts[far][1] - pts[0][1])) far = k;
  }
  return [...fewest(pts.slice(0, far + 1), tol), ...fewest(pts.slice(far), tol).slice(1)];
}

// Each arc's tolerance: the finest any country using it asks for.
const tolerance = new Map();
for (const c of byCode.values()) {
  const area = c.polygons.reduce((sum, p) => sum + ringAreaKm2(ringPoints(p[0])), 0);
  const tol = Math.min(TOL_MAX, Math.max(TOL_MIN, (RELATIVE * Math.sqrt(area)) / 111.32));
  for (const p of c.polygons) {
    for (const r of p) {
      for (const ref of r) {
        const i = ref < 0 ? ~ref : ref;
        tolerance.set(i, Math.min(tol, tolerance.get(i) ?? Infinity));
      }
    }
  }
}
const used = new Set(tolerance.keys());

const q = ([lon, lat]) => [Math.round((lon + 180) / QUANTUM), Math.round((lat + 90) / QUANTUM)];
const dedupe = (pts) => pts.filter((p, k) => k === 0 || p[0] !== pts[k - 1][0] || p[1] !== pts[k - 1][1]);

// Inner points onto the arc's coarse grid, anchored at its first point.
const snap = (pts, k) =>
  k === 1 || pts.length < 3
    ? pts
    : [pts[0], ...pts.slice(1, -1).map(([x, y]) => [pts[0][0] + Math.round((x - pts[0][0]) / k) * k, pts[0][1] + Math.round((y - pts[0][1]) / k) * k]), pts.at(-1)];
const simplified = new Map();
const step = new Map();
for (const i of used) {
  step.set(i, stepOf(tolerance.get(i)));
  simplified.set(i, dedupe(snap(dedupe(simplifyArc(arcs[i], tolerance.get(i)).map(q)), step.get(i))));
}

// A ring that simplification squeezed below a triangle gets its arcs back at full
// detail (quantized only): only tiny islands and enclaves are affected.
const ringSize = (refs) => refs.reduce((n, ref) => n + simplified.get(ref < 0 ? ~ref : ref).length - 1, 0);
for (const c of byCode.values()) {
  for (const p of c.polygons) {
    for (const r of p) {
      if (ringSize(r) >= 4) continue;
      for (const ref of r) {
        simplified.set(absRef(ref), dedupe(arcs[absRef(ref)].map(q)));
        step.set(absRef(ref), 1);
      }
    }
  }
  c.polygons = c.polygons.map((p) => p.filter((r, k) => k === 0 || ringSize(r) >= 4)).filter((p) => ringSize(p[0]) >= 4);
}

// --- renumber arcs ------------------------------------------------------------------
// In the order the countries (sorted by code), then the dashed lines, first use them:
// a ring that runs along arcs not used before then refers to each as "the next arc"
// (one byte that gzip sees again and again) instead of its number, and each arc
// mostly starts where the one before it ended (arcs were turned above).
const sorted = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
const newIndex = new Map();
const outArcs = [];
for (const r of [...sorted.flatMap((c) => c.polygons.flat(2)), ...dashed.flatMap((d) => d.arcs)]) {
  if (newIndex.has(absRef(r))) continue;
  newIndex.set(absRef(r), outArcs.length);
  outArcs.push({ pts: simplified.get(absRef(r)), step: step.get(absRef(r)) });
}
const remap = (ref) => (ref >= 0 ? newIndex.get(ref) : ~newIndex.get(~ref));

// --- check: no shape overlaps another -----------------------------------------------
// A highlighted country must not cover a territory the dataset does not name. Each
// pair of written (simplified) shapes whose boxes meet is sampled on a grid offset
// by half a grid step (so no sample sits on a shared vertex); two samples inside
// both are an overlap, and the build stops.
function checkNoOverlaps() {
  const shapes = [...byCode.values()].map((c) => {
    // Rings crossing ±180° (Fiji, Chukotka) are unwrapped into one continuous run of
    // longitudes (170…190), and samples are tested at x and x ± 360.
    const unwrap = (pts) => {
      const out = [pts[0].slice()];
      for (let k = 1; k < pts.length; k++) {
        let lon = pts[k][0];
        while (lon - out[k - 1][0] > 180) lon -= 360;
        while (lon - out[k - 1][0] < -180) lon += 360;
        out.push([lon, pts[k][1]]);
      }
      return out;
    };
    // The shapes as written: simplified, on the output grid.
    const written = (refs) => {
      const out = [];
      for (const ref of refs) {
        const pts = simplified.get(absRef(ref));
        const walk = ref >= 0 ? pts : pts.slice().reverse();
        out.push(...(out.length ? walk.slice(1) : walk));
      }
      return out.map(([x, y]) => [x * QUANTUM - 180, y * QUANTUM - 90]);
    };
    const rings = c.polygons.flatMap((p) => p.map((r) => unwrap(written(r))));
    const pieces = rings.map((r) => {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of r) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      return { r, box: [x0, y0, x1, y1] };
    });
    const box = pieces.reduce((b, p) => [Math.min(b[0], p.box[0]), Math.min(b[1], p.box[1]), Math.max(b[2], p.box[2]), Math.max(b[3], p.box[3])], [Infinity, Infinity, -Infinity, -Infinity]);
    return { code: c.code, pieces, box };
  });
  const inRing = (r, x, y) => {
    let inside = false;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      if (r[i][1] > y !== r[j][1] > y && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) inside = !inside;
    }
    return inside;
  };
  // Even-odd over every ring of the country: holes and enclaves count out.
  const insideAt = (s, x, y) => s.pieces.reduce((acc, p) => (x >= p.box[0] && x <= p.box[2] && y >= p.box[1] && y <= p.box[3] && inRing(p.r, x, y) ? !acc : acc), false);
  const inside = (s, x, y) => insideAt(s, x, y) || insideAt(s, x - 360, y) || insideAt(s, x + 360, y);
  const overlaps = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const [a, b] = [shapes[i], shapes[j]];
      for (const shift of [-360, 0, 360]) {
      const x0 = Math.max(a.box[0], b.box[0] + shift), x1 = Math.min(a.box[2], b.box[2] + shift);
      const y0 = Math.max(a.box[1], b.box[1]), y1 = Math.min(a.box[3], b.box[3]);
      if (x0 >= x1 || y0 >= y1) continue;
      const step = Math.max(QUANTUM, Math.min((x1 - x0) / 40, (y1 - y0) / 40, 0.25));
      const start = (v) => (Math.floor(v / QUANTUM) + 0.5) * QUANTUM;
      let hits = 0;
      for (let x = start(x0); x < x1 && hits < 2; x += step) {
        for (let y = start(y0); y < y1 && hits < 2; y += step) {
          if (inside(a, x, y) && inside(b, x, y)) hits++;
        }
      }
      if (hits >= 2) overlaps.push(`${a.code} and ${b.code}`);
      }
    }
  }
  if (overlaps.length) throw new Error(`shapes overlap: ${overlaps.join(", ")}`);
}
checkNoOverlaps();

// --- write the binary file (format in data/geo/README.md) ----------------------------
const bytes = [];
const uv = (n) => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a natural number: ${n}`);
  for (; n >= 128; n = Math.floor(n / 128)) bytes.push((n % 128) | 128);
  bytes.push(n);
};
const zz = (n) => uv(n >= 0 ? 2 * n : -2 * n - 1);
const str = (s) => {
  const b = Buffer.from(s, "utf8");
  uv(b.length);
  bytes.push(...b);
};
const code3 = (s) => {
  if (!/^[A-Z]{3}$/.test(s)) throw new Error(`bad code ${s}`);
  bytes.push(...Buffer.from(s, "ascii"));
};
// A reference: 0 is the next arc not yet referenced (counting the 0s and 1s before
// it) walked forwards, 1 the same walked backwards, else 2 + the zigzag of the arc's
// reference (`i`, or `~i` backwards).
let fresh = 0;
const refs = (list) => {
  uv(list.length);
  for (const r of list) {
    const ref = remap(r);
    const i = absRef(ref);
    if (i > fresh) throw new Error(`arc ${i} referenced before arc ${fresh}`);
    if (i === fresh) {
      uv(ref >= 0 ? 0 : 1);
      fresh++;
    } else {
      uv(2 + (ref >= 0 ? 2 * ref : -2 * ref - 1));
    }
  }
};
str("impact-atlas-geo/5");
str(
  `Natural Earth 1:50m (public domain) via world-atlas ${worldAtlasVersion}; see data/geo/README.md`,
);
uv(Math.round(QUANTUM * 1e6));
zz(Math.round(-180 / QUANTUM));
zz(Math.round(-90 / QUANTUM));
uv(outArcs.length);
let prev = [0, 0];
for (const { pts, step: k } of outArcs) {
  uv(pts.length);
  uv(k);
  // The first point is a step from the previous arc's last point (the first arc's
  // from the grid's origin): (0, 0) when a ring goes on from one arc to the next.
  zz(pts[0][0] - prev[0]);
  zz(pts[0][1] - prev[1]);
  prev = pts.at(-1);
  for (let m = 1; m < pts.length; m++) {
    const [dx, dy] = [pts[m][0] - pts[m - 1][0], pts[m][1] - pts[m - 1][1]];
    // Inner points step in units of k; the last point steps on the fine grid.
    const unit = m < pts.length - 1 ? k : 1;
    if (dx % unit || dy % unit) throw new Error(`point off its arc's grid`);
    zz(dx / unit);
    zz(dy / unit);
  }
}
uv(sorted.length);
for (const c of sorted) {
  code3(c.code);
  uv(c.polygons.length);
  for (const p of c.polygons) {
    uv(p.length);
    for (const r of p) refs(r);
  }
}
uv(dashed.length);
for (const d of dashed) {
  code3(d.between[0]);
  code3(d.between[1]);
  refs(d.arcs);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, Buffer.from(bytes));
const points = outArcs.reduce((n, a) => n + a.pts.length, 0);
console.log(`${OUT}: ${sorted.length} countries, ${outArcs.length} arcs, ${points} points, ${bytes.length} bytes of shapes`);
// Each country's label point (its pole of inaccessibility) goes after the shapes,
// searched by the same Rust code that the tests check it against
// (src/geo/label.rs), so the page reads it instead of searching at start-up.
execFileSync("cargo", ["run", "--quiet", "--release", "--", "label-world", OUT], { cwd: root, stdio: "inherit" });

