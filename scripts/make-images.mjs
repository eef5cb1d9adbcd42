// Generates the illustrative campaign images in content/images/ from SVG drawn in code.
//
// Why code instead of photos: no stock photography is available to the project, and a
// single flat illustration language (maakstad: gears, rails, hazard stripes, abstract
// people without faces) keeps the campaign recognisable. Images contain no text
// (WCAG 1.4.5); their alt texts live in content/images/catalogue.md.
//
// Usage: node scripts/make-images.mjs [name ...]   (names without .jpg limit the run)
// Output is deterministic (seeded PRNG per image), and a file is only rewritten when
// its bytes change, so re-runs are no-ops and git stays clean.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'content', 'images');
const W = 1600;
const H = 1000;

// The brand palette; nothing outside it is drawn.
const C = {
  ink: '#0d2137',
  ink2: '#1d3a57',
  green: '#00a05a',
  greenDark: '#006b3c',
  lime: '#c6f432',
  paper: '#f6f4ee',
  orange: '#ff6b2c',
  sky: '#9fd3ff',
  white: '#ffffff',
};

// mulberry32 seeded from the file name: stable across runs and independent per image,
// so tweaking one scene never reshuffles another.
function rngFor(name) {
  let a = 2166136261;
  for (const ch of name) a = Math.imul(a ^ ch.charCodeAt(0), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const between = (rng, a, b) => a + rng() * (b - a);
const range = (n) => [...Array(n).keys()];

// ---------------------------------------------------------------- primitives
// One decimal keeps the SVG small without visible rounding.
const f = (n) => Math.round(n * 10) / 10;
const pts = (list) => list.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
let uid = 0; // clip-path ids, reset per image so output stays stable

const rect = (x, y, w, h, fill, rx = 0) =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}"${rx ? ` rx="${f(rx)}"` : ''} fill="${fill}"/>`;
const circle = (cx, cy, r, fill) => `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"/>`;
const ring = (cx, cy, r, stroke, w) =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="none" stroke="${stroke}" stroke-width="${f(w)}"/>`;
const ellipse = (cx, cy, rx, ry, fill) =>
  `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"/>`;
const poly = (list, fill) => `<polygon points="${pts(list)}" fill="${fill}"/>`;
const path = (d, fill) => `<path d="${d}" fill="${fill}"/>`;
const strokePath = (d, stroke, w) =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${f(w)}" stroke-linecap="round" stroke-linejoin="round"/>`;
const line = (x1, y1, x2, y2, stroke, w) =>
  `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${f(w)}" stroke-linecap="round"/>`;
const polyline = (list, stroke, w) =>
  `<polyline points="${pts(list)}" fill="none" stroke="${stroke}" stroke-width="${f(w)}" stroke-linecap="round" stroke-linejoin="round"/>`;
const mirror = (cx, content) => `<g transform="translate(${f(2 * cx)} 0) scale(-1 1)">${content}</g>`;
const rotate = (deg, cx, cy, content) => `<g transform="rotate(${f(deg)} ${f(cx)} ${f(cy)})">${content}</g>`;
const bg = (fill) => rect(0, 0, W, H, fill);
const circlePath = (cx, cy, r) =>
  `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;

// Rectangle with different top and bottom corner radii (bodies, chairs, towers).
function roundBox(x, y, w, h, rt, rb = 0) {
  return (
    `M${f(x)} ${f(y + rt)}Q${f(x)} ${f(y)} ${f(x + rt)} ${f(y)}L${f(x + w - rt)} ${f(y)}` +
    `Q${f(x + w)} ${f(y)} ${f(x + w)} ${f(y + rt)}L${f(x + w)} ${f(y + h - rb)}` +
    `Q${f(x + w)} ${f(y + h)} ${f(x + w - rb)} ${f(y + h)}L${f(x + rb)} ${f(y + h)}` +
    `Q${f(x)} ${f(y + h)} ${f(x)} ${f(y + h - rb)}Z`
  );
}

function clip(x, y, w, h, content, rx = 0) {
  const id = `k${++uid}`;
  return `<clipPath id="${id}">${rect(x, y, w, h, '#000', rx)}</clipPath><g clip-path="url(#${id})">${content}</g>`;
}

// Diagonal warning stripes: the industrial signature of the campaign.
function hazard(x, y, w, h, a = C.ink, b = C.lime, sw = 24) {
  let s = rect(x, y, w, h, a);
  for (let i = -h; i < w + h; i += sw * 2) {
    s += poly(
      [
        [x + i, y + h],
        [x + i + sw, y + h],
        [x + i + sw + h, y],
        [x + i + h, y],
      ],
      b,
    );
  }
  return clip(x, y, w, h, s);
}

// Spur gear with optional lightening holes; holes are cut with even-odd so the
// background shows through.
function gear(cx, cy, r, teeth, fill, { hole = 0.26, holes = 0, rot = 0, depth = 0.17 } = {}) {
  const rr = r * (1 - depth);
  const step = (Math.PI * 2) / teeth;
  let d = '';
  const at = (rad, ang) => `${f(cx + rad * Math.cos(ang))} ${f(cy + rad * Math.sin(ang))}`;
  for (let i = 0; i < teeth; i++) {
    const a = rot + i * step;
    d += i === 0 ? `M${at(rr, a - step * 0.25)}` : `A${f(rr)} ${f(rr)} 0 0 1 ${at(rr, a - step * 0.25)}`;
    d += `L${at(r, a - step * 0.14)}L${at(r, a + step * 0.14)}L${at(rr, a + step * 0.25)}`;
  }
  d += `A${f(rr)} ${f(rr)} 0 0 1 ${at(rr, rot - step * 0.25)}Z`;
  if (hole) d += circlePath(cx, cy, r * hole);
  for (let i = 0; i < holes; i++) {
    const a = rot + (i * Math.PI * 2) / holes;
    const mid = (r * hole + rr) / 2;
    d += circlePath(cx + mid * Math.cos(a), cy + mid * Math.sin(a), (rr - r * hole) * 0.26);
  }
  return `<path d="${d}" fill="${fill}" fill-rule="evenodd"/>`;
}

// Centre of a gear that meshes with gear (cx, cy, r) at the given angle.
const meshWith = (cx, cy, r, r2, deg) => {
  const d = (r + r2) * 0.9;
  const a = (deg * Math.PI) / 180;
  return [cx + d * Math.cos(a), cy + d * Math.sin(a)];
};

// ---------------------------------------------------------------- scenery
function cloud(x, base, s, fill = C.white) {
  return (
    circle(x + 0.5 * s, base - 0.5 * s, 0.5 * s, fill) +
    circle(x + 1.2 * s, base - 0.75 * s, 0.75 * s, fill) +
    circle(x + 1.95 * s, base - 0.45 * s, 0.45 * s, fill) +
    rect(x + 0.5 * s, base - 0.5 * s, 1.45 * s, 0.5 * s, fill)
  );
}

function sun(cx, cy, r, fill = C.lime, rays = 0, rayFill = fill) {
  let s = '';
  for (let i = 0; i < rays; i++) {
    const a = (i * Math.PI * 2) / rays;
    s += line(
      cx + Math.cos(a) * r * 1.25,
      cy + Math.sin(a) * r * 1.25,
      cx + Math.cos(a) * r * 1.6,
      cy + Math.sin(a) * r * 1.6,
      rayFill,
      r * 0.12,
    );
  }
  return s + circle(cx, cy, r, fill);
}

// Almond leaf with a vein; the "green region" counterpart of the gear.
function leaf(cx, cy, len, deg, fill = C.green, vein = C.greenDark) {
  const w = len * 0.32;
  const d = `M0 0Q${f(w)} ${f(-len * 0.5)} 0 ${f(-len)}Q${f(-w)} ${f(-len * 0.5)} 0 0Z`;
  return `<g transform="translate(${f(cx)} ${f(cy)}) rotate(${f(deg)})">${path(d, fill)}${line(0, -len * 0.1, 0, -len * 0.8, vein, len * 0.05)}</g>`;
}

function tree(x, y, s, { crown = C.green, trunk = C.ink2, kind = 'round', crown2 = null } = {}) {
  let t = rect(x - s * 0.05, y - s * 0.55, s * 0.1, s * 0.55, trunk);
  if (kind === 'round') t += circle(x, y - s * 0.72, s * 0.34, crown);
  if (kind === 'tall') t += ellipse(x, y - s * 0.82, s * 0.2, s * 0.46, crown);
  if (kind === 'pine')
    t += poly(
      [
        [x, y - s * 1.25],
        [x + s * 0.3, y - s * 0.35],
        [x - s * 0.3, y - s * 0.35],
      ],
      crown,
    );
  if (kind === 'oak') {
    t += circle(x - s * 0.24, y - s * 0.62, s * 0.27, crown);
    t += circle(x + s * 0.26, y - s * 0.66, s * 0.25, crown2 ?? crown);
    t += circle(x, y - s * 0.88, s * 0.32, crown);
  }
  if (kind === 'leaf') t += leaf(x, y - s * 0.3, s, 0, crown, crown2 ?? C.greenDark);
  return t;
}

function bush(x, y, s, fill = C.greenDark) {
  return (
    circle(x - s * 0.35, y - s * 0.3, s * 0.35, fill) +
    circle(x + s * 0.25, y - s * 0.38, s * 0.42, fill) +
    rect(x - s * 0.35, y - s * 0.35, s * 0.6, s * 0.35, fill)
  );
}

function skyline(rng, x0, x1, base, fill, { min = 60, max = 220, win = null, minW = 50, maxW = 130 } = {}) {
  let s = '';
  let x = x0;
  while (x < x1) {
    const w = between(rng, minW, maxW);
    const h = between(rng, min, max);
    s += rect(x, base - h, w + 1, h, fill);
    if (rng() < 0.3) s += rect(x + w * 0.3, base - h - 26, w * 0.4, 27, fill);
    if (win) {
      for (let wy = base - h + 22; wy < base - 30; wy += 34) {
        for (let wx = x + 14; wx < x + w - 22; wx += 26) if (rng() < 0.55) s += rect(wx, wy, 11, 16, win);
      }
    }
    x += w;
  }
  return s;
}

function turbine(x, base, h, fill = C.white, deg = 0) {
  const hub = [x, base - h];
  let blades = '';
  for (let i = 0; i < 3; i++) {
    blades += rotate(
      deg + i * 120,
      hub[0],
      hub[1],
      path(`M${f(x - 7)} ${f(hub[1])}Q${f(x)} ${f(hub[1] - h * 0.62)} ${f(x + 9)} ${f(hub[1])}Z`, fill),
    );
  }
  return (
    poly(
      [
        [x - 9, base],
        [x + 9, base],
        [x + 4, hub[1]],
        [x - 4, hub[1]],
      ],
      fill,
    ) +
    blades +
    circle(hub[0], hub[1], 11, fill)
  );
}

// Sawtooth (shed) roof seen from the gable end; the steep face is glazed.
function sawtooth(x0, x1, base, n, th, roof = C.ink, glass = C.sky) {
  let s = '';
  const tw = (x1 - x0) / n;
  for (let i = 0; i < n; i++) {
    const x = x0 + i * tw;
    s += poly(
      [
        [x, base],
        [x + tw * 0.74, base - th],
        [x + tw, base],
      ],
      roof,
    );
    s += poly(
      [
        [x + tw * 0.76, base - th + 14],
        [x + tw - 10, base - 4],
        [x + tw * 0.8, base - 4],
      ],
      glass,
    );
  }
  return s;
}

// Tall window with a round top and mullions, as in the old Stork halls.
function archWindow(x, y, w, h, glass = C.sky, frame = C.ink2) {
  const r = w / 2;
  const d = `M${f(x)} ${f(y + h)}L${f(x)} ${f(y + r)}A${f(r)} ${f(r)} 0 0 1 ${f(x + w)} ${f(y + r)}L${f(x + w)} ${f(y + h)}Z`;
  let s = path(d, glass);
  s += rect(x + w / 2 - 4, y, 8, h, frame);
  for (let yy = y + r + 10; yy < y + h - 10; yy += (h - r) / 3) s += rect(x, yy, w, 7, frame);
  return s;
}

function windowGrid(x, y, w, h, cols, rows, glass, frame, gap = 10) {
  let s = rect(x, y, w, h, frame);
  const cw = (w - gap * (cols + 1)) / cols;
  const ch = (h - gap * (rows + 1)) / rows;
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++)
      s += rect(x + gap + c * (cw + gap), y + gap + r * (ch + gap), cw, ch, glass);
  }
  return s;
}

function house(
  x,
  base,
  w,
  h,
  {
    wall = C.orange,
    roof = C.ink,
    win = C.sky,
    frame = C.white,
    door = C.greenDark,
    roofH = 0.6,
    lit = null,
  } = {},
) {
  const rh = w * roofH;
  let s = rect(x, base - h, w, h, wall);
  s += poly(
    [
      [x - w * 0.08, base - h + 2],
      [x + w / 2, base - h - rh],
      [x + w * 1.08, base - h + 2],
    ],
    roof,
  );
  const ww = w * 0.24;
  s += rect(x + w * 0.14 - 6, base - h * 0.72 - 6, ww + 12, ww + 12, frame);
  s += rect(x + w * 0.14, base - h * 0.72, ww, ww, lit ?? win);
  s += rect(x + w * 0.6, base - h * 0.58, w * 0.24, h * 0.58, door);
  s += rect(x + w * 0.5 - ww * 0.35 - 5, base - h - rh * 0.55 - 5, ww * 0.7 + 10, ww * 0.7 + 10, frame);
  s += rect(x + w * 0.5 - ww * 0.35, base - h - rh * 0.55, ww * 0.7, ww * 0.7, lit ?? win);
  return s;
}

// Twents hallenhuis: low side walls, huge roof, wooden gable with the big barn door.
function hallenhuis(
  x,
  base,
  w,
  { roof = C.ink2, wall = C.orange, wood = C.greenDark, door = C.ink, side = true } = {},
) {
  const h = w * 0.95;
  const wallH = h * 0.28;
  let s = '';
  if (side) {
    s += poly(
      [
        [x + w / 2, base - h],
        [x + w * 2.1, base - h + w * 0.08],
        [x + w * 2.25, base - wallH + 8],
        [x + w * 1.02, base - wallH + 8],
      ],
      roof,
    );
    s += rect(x + w * 1.02, base - wallH + 8, w * 1.15, wallH - 8, wall);
    for (let i = 0; i < 4; i++)
      s += rect(x + w * (1.15 + i * 0.26), base - wallH * 0.7, w * 0.12, wallH * 0.38, C.sky);
  }
  s += poly(
    [
      [x - w * 0.06, base - wallH],
      [x + w / 2, base - h - w * 0.04],
      [x + w * 1.06, base - wallH],
    ],
    roof,
  );
  s += poly(
    [
      [x + w * 0.08, base - wallH],
      [x + w / 2, base - h + w * 0.12],
      [x + w * 0.92, base - wallH],
    ],
    wood,
  );
  for (let i = 1; i < 8; i++) {
    const px = x + w * 0.08 + (i * w * 0.84) / 8;
    const topY = base - h + w * 0.12 + Math.abs(px - (x + w / 2)) * ((h - w * 0.12 - wallH) / (w * 0.42));
    s += line(px, topY + 6, px, base - wallH, roof, 3);
  }
  s += rect(x, base - wallH, w, wallH, wall);
  s += path(
    `M${f(x + w * 0.32)} ${f(base)}L${f(x + w * 0.32)} ${f(base - wallH * 1.35)}Q${f(x + w / 2)} ${f(base - wallH * 1.75)} ${f(x + w * 0.68)} ${f(base - wallH * 1.35)}L${f(x + w * 0.68)} ${f(base)}Z`,
    door,
  );
  s += line(x + w / 2, base - wallH * 1.55, x + w / 2, base, wood, 4);
  return s;
}

function apartment(
  x,
  base,
  w,
  h,
  { wall = C.white, win = C.ink2, bal = C.lime, cols = 4, rows = 6, plants = false, rng = null } = {},
) {
  let s = rect(x, base - h, w, h, wall);
  const cw = w / cols;
  const rh = (h - 20) / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const wx = x + c * cw + cw * 0.18;
      const wy = base - h + 20 + r * rh;
      s += rect(wx, wy, cw * 0.64, rh * 0.6, win);
      if ((r + c) % 2 === 0) {
        s += rect(wx - 6, wy + rh * 0.5, cw * 0.64 + 12, rh * 0.2, bal);
        if (plants && rng && rng() < 0.7) s += circle(wx + cw * 0.12, wy + rh * 0.46, rh * 0.12, C.green);
      }
    }
  }
  return s;
}

function rails(x0, x1, y, { rail = C.ink, sleeper = C.ink2, bed = null } = {}) {
  let s = bed ? rect(x0, y - 2, x1 - x0, 34, bed) : '';
  for (let x = x0 + 6; x < x1; x += 44) s += rect(x, y + 2, 24, 16, sleeper);
  s += rect(x0, y - 8, x1 - x0, 10, rail);
  return s;
}

function catenary(xs, top, base, wireY, fill = C.ink2) {
  let s = line(0, wireY, W, wireY, fill, 3);
  for (const x of xs) s += rect(x - 7, top, 14, base - top, fill) + rect(x - 7, wireY - 14, 70, 9, fill);
  return s;
}

// Modern side-view train facing right; mirrored for the other direction.
function train(
  x,
  y,
  len,
  {
    body = C.white,
    band = C.green,
    win = C.ink,
    glass = C.sky,
    door = C.lime,
    cars = 3,
    dir = 1,
    light = C.lime,
  } = {},
) {
  const top = y - 210;
  const bottom = y - 34;
  const carW = len / cars;
  let s = '';
  for (let c = 0; c < cars; c++) {
    const x0 = x + c * carW;
    const x1 = x0 + carW - 10;
    const lead = c === cars - 1;
    const d = lead
      ? `M${f(x0)} ${f(top + 20)}Q${f(x0)} ${f(top)} ${f(x0 + 20)} ${f(top)}L${f(x1 - 150)} ${f(top)}C${f(x1 - 50)} ${f(top)} ${f(x1)} ${f(bottom - 90)} ${f(x1)} ${f(bottom - 30)}L${f(x1)} ${f(bottom)}L${f(x0)} ${f(bottom)}Z`
      : roundBox(x0, top, x1 - x0, bottom - top, 20, 6);
    s += path(d, body);
    s += rect(x0, bottom - 42, (lead ? x1 - 8 : x1) - x0, 20, band);
    const winEnd = lead ? x1 - 170 : x1 - 20;
    s += rect(x0 + 20, top + 38, winEnd - x0 - 20, 62, win, 10);
    for (let wx = x0 + 30; wx < winEnd - 40; wx += 72) s += rect(wx, top + 46, 58, 46, glass, 6);
    for (const dx of [0.2, 0.62])
      s +=
        rect(x0 + (x1 - x0) * dx, top + 30, 46, bottom - top - 52, door, 6) +
        rect(x0 + (x1 - x0) * dx + 8, top + 44, 30, 60, glass, 4);
    if (lead) {
      s += path(
        `M${f(x1 - 165)} ${f(top + 32)}L${f(x1 - 105)} ${f(top + 32)}Q${f(x1 - 40)} ${f(top + 60)} ${f(x1 - 22)} ${f(top + 112)}L${f(x1 - 165)} ${f(top + 112)}Z`,
        win,
      );
      s += circle(x1 - 24, bottom - 58, 10, light);
    }
    for (const bx of [x0 + 60, x1 - 110]) {
      s += rect(bx - 10, bottom, 110, 16, C.ink);
      s += circle(bx + 14, y - 16, 16, C.ink) + circle(bx + 76, y - 16, 16, C.ink);
    }
    if (c === Math.floor(cars / 2))
      s += polyline(
        [
          [x0 + 80, top],
          [x0 + 120, top - 40],
          [x0 + 80, top - 70],
          [x0 + 170, top - 70],
        ],
        C.ink,
        5,
      );
  }
  return dir === 1 ? s : mirror(x + len / 2, s);
}

function bike(x, y, s, color = C.orange, { wheel = C.ink } = {}) {
  const wr = s * 0.3;
  const R = [x - s * 0.52, y - wr];
  const F = [x + s * 0.52, y - wr];
  const B = [x - s * 0.05, y - wr];
  const S = [x - s * 0.2, y - wr - s * 0.5];
  const Hd = [x + s * 0.36, y - wr - s * 0.52];
  const lw = s * 0.055;
  let out = ring(R[0], R[1], wr, wheel, lw) + ring(F[0], F[1], wr, wheel, lw);
  out += polyline([R, B, S, R], color, lw) + polyline([S, Hd, B], color, lw) + polyline([Hd, F], color, lw);
  out += polyline(
    [Hd, [Hd[0] - s * 0.03, Hd[1] - s * 0.12], [Hd[0] - s * 0.16, Hd[1] - s * 0.14]],
    wheel,
    lw * 0.8,
  );
  out += rect(S[0] - s * 0.09, S[1] - s * 0.06, s * 0.2, s * 0.06, wheel, s * 0.03);
  return out;
}

function plant(x, y, s, { pot = C.orange, leafC = C.green, vein = C.greenDark } = {}) {
  let out =
    leaf(x, y - s * 0.35, s * 0.7, -35, leafC, vein) +
    leaf(x, y - s * 0.35, s * 0.8, 0, leafC, vein) +
    leaf(x, y - s * 0.35, s * 0.65, 38, leafC, vein);
  out += poly(
    [
      [x - s * 0.22, y - s * 0.38],
      [x + s * 0.22, y - s * 0.38],
      [x + s * 0.16, y],
      [x - s * 0.16, y],
    ],
    pot,
  );
  return out;
}

// String of party lights hanging along a quadratic curve.
function stringLights(x0, y0, x1, y1, sag, colors, n, { wire = C.ink2, r = 8 } = {}) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2 + 2 * sag;
  let s = strokePath(`M${f(x0)} ${f(y0)}Q${f(cx)} ${f(cy)} ${f(x1)} ${f(y1)}`, wire, 3);
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const px = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1;
    const py = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1;
    s += circle(px, py + r, r, colors[i % colors.length]);
  }
  return s;
}

// Dots-and-lines network: each node links to its nearest neighbours.
function network(rng, x0, y0, x1, y1, n, lineC, nodeC, { k = 2, r = 8, w = 3 } = {}) {
  const nodes = [];
  for (let i = 0; i < n; i++) nodes.push([between(rng, x0, x1), between(rng, y0, y1)]);
  const seen = new Set();
  let lines = '';
  nodes.forEach((p, i) => {
    const near = nodes
      .map((q, j) => [Math.hypot(p[0] - q[0], p[1] - q[1]), j])
      .filter(([, j]) => j !== i)
      .sort((a, b) => a[0] - b[0])
      .slice(0, k);
    for (const [, j] of near) {
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (!seen.has(key)) {
        seen.add(key);
        lines += line(p[0], p[1], nodes[j][0], nodes[j][1], lineC, w);
      }
    }
  });
  return (
    lines +
    nodes
      .map(([x, y], i) =>
        circle(x, y, i % 4 === 0 ? r * 1.6 : r, Array.isArray(nodeC) ? nodeC[i % nodeC.length] : nodeC),
      )
      .join('')
  );
}

// Code-like bars (no letters): indentation and lengths vary like real source.
function codeBars(rng, x, y, w, h, colors, { rowH = 26, bar = 11 } = {}) {
  let s = '';
  let indent = 0;
  for (let yy = y; yy < y + h - bar; yy += rowH) {
    let xx = x + indent * 28;
    const parts = 1 + Math.floor(rng() * 3);
    for (let p = 0; p < parts && xx < x + w - 30; p++) {
      const bw = Math.min(between(rng, 24, w * 0.35), x + w - xx);
      s += rect(xx, yy, bw, bar, pick(rng, colors), bar / 2);
      xx += bw + 12;
    }
    const r = rng();
    if (r < 0.3 && indent < 3) indent++;
    else if (r > 0.7 && indent > 0) indent--;
  }
  return s;
}

function monitor(
  x,
  y,
  w,
  h,
  rng,
  { frame = C.ink2, screen = C.ink, colors = [C.green, C.lime, C.sky, C.orange, C.white] } = {},
) {
  let s = rect(x + w / 2 - 10, y + h, 20, 46, frame) + rect(x + w / 2 - 60, y + h + 40, 120, 12, frame, 4);
  s += rect(x, y, w, h, frame, 10) + rect(x + 14, y + 14, w - 28, h - 28, screen, 4);
  s += codeBars(rng, x + 34, y + 34, w - 68, h - 60, colors, { rowH: 24, bar: 10 });
  return s;
}

function laptopFront(
  x,
  y,
  w,
  rng,
  { body = C.ink2, screen = C.ink, colors = [C.green, C.lime, C.sky] } = {},
) {
  const h = w * 0.62;
  let s = rect(x, y - h, w, h, body, 8) + rect(x + 10, y - h + 10, w - 20, h - 22, screen, 3);
  s += codeBars(rng, x + 24, y - h + 24, w - 48, h - 40, colors, { rowH: 18, bar: 8 });
  s += poly(
    [
      [x - w * 0.1, y + 14],
      [x + w * 1.1, y + 14],
      [x + w, y],
      [x, y],
    ],
    body,
  );
  return s;
}

// Side-view seats; x is where the sitter's hip goes, `face` the way they look.
function seat(x, y, seatTop, face, color, kind = 'chair', leg = C.ink) {
  const u = (y - seatTop) / 100;
  let s = '';
  if (kind === 'chair') {
    s += rect(x - 75 * u, seatTop, 165 * u, 14 * u, color, 4);
    s += rect(x - 78 * u, seatTop - 150 * u, 16 * u, 165 * u, color, 6);
    s +=
      rect(x - 72 * u, seatTop + 10 * u, 10 * u, y - seatTop - 10 * u, leg) +
      rect(x + 74 * u, seatTop + 10 * u, 10 * u, y - seatTop - 10 * u, leg);
  }
  if (kind === 'arm') {
    s += path(roundBox(x - 115 * u, seatTop - 175 * u, 60 * u, 215 * u, 28 * u, 8 * u), color);
    s += path(roundBox(x - 95 * u, seatTop - 8 * u, 215 * u, 58 * u, 22 * u, 8 * u), color);
    s += rect(x - 100 * u, seatTop + 40 * u, 220 * u, 42 * u, color, 8);
    s +=
      rect(x - 90 * u, seatTop + 80 * u, 14 * u, y - seatTop - 80 * u, leg) +
      rect(x + 96 * u, seatTop + 80 * u, 14 * u, y - seatTop - 80 * u, leg);
  }
  if (kind === 'office') {
    s += rect(x - 70 * u, seatTop, 160 * u, 22 * u, color, 8);
    s += path(roundBox(x - 96 * u, seatTop - 160 * u, 34 * u, 150 * u, 14 * u, 8 * u), color);
    s += rect(x - 84 * u, seatTop - 20 * u, 14 * u, 36 * u, leg);
    s += rect(x + 4 * u, seatTop + 20 * u, 12 * u, y - seatTop - 44 * u, leg);
    s +=
      rect(x - 70 * u, y - 30 * u, 160 * u, 12 * u, leg, 5) +
      circle(x - 64 * u, y - 10 * u, 10 * u, leg) +
      circle(x + 84 * u, y - 10 * u, 10 * u, leg);
  }
  if (kind === 'stool') {
    s +=
      rect(x - 70 * u, seatTop, 150 * u, 20 * u, color, 8) +
      rect(x - 4 * u, seatTop + 18 * u, 12 * u, y - seatTop - 18 * u, leg) +
      rect(x - 50 * u, y - 8 * u, 110 * u, 8 * u, leg, 4);
  }
  return face === 1 ? s : mirror(x, s);
}

function highTable(x, y, h, top = C.white, leg = C.ink) {
  return (
    rect(x - 6, y - h, 12, h, leg) +
    rect(x - 55, y - 10, 110, 10, leg, 5) +
    rect(x - 80, y - h - 16, 160, 18, top, 8)
  );
}

// ---------------------------------------------------------------- people
// Two-bone limb solver so arms and legs bend naturally towards any target.
function joint(a, b, l1, l2, prefer) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const d = Math.hypot(dx, dy);
  if (d >= l1 + l2 - 0.5 || d < 1) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const along = (l1 * l1 - l2 * l2 + d * d) / (2 * d);
  const off = Math.sqrt(Math.max(0, l1 * l1 - along * along));
  const px = a[0] + (along * dx) / d;
  const py = a[1] + (along * dy) / d;
  const k1 = [px - (off * dy) / d, py + (off * dx) / d];
  const k2 = [px + (off * dy) / d, py - (off * dx) / d];
  return prefer(k1) >= prefer(k2) ? k1 : k2;
}

// Named arm poses: hand offset from the shoulder in body heights; `f` = towards the
// facing direction instead of the arm's own side; bend chooses the elbow solution.
const ARM = {
  down: { dx: 0.05, dy: 0.29, bend: 'out' },
  up: { dx: 0.1, dy: -0.3, bend: 'out' },
  wave: { dx: 0.18, dy: -0.2, bend: 'down' },
  out: { dx: 0.31, dy: 0.02, bend: 'down' },
  point: { dx: 0.3, dy: -0.1, bend: 'down' },
  hold: { dx: 0.13, dy: 0.17, bend: 'down' },
  drink: { dx: 0.11, dy: 0.03, bend: 'down' },
  type: { dx: 0.27, dy: 0.17, bend: 'down', f: true },
  reach: { dx: 0.3, dy: 0.05, bend: 'down', f: true },
  give: { dx: 0.26, dy: 0.12, bend: 'down', f: true },
  lap: { dx: 0.16, dy: 0.27, bend: 'down', f: true },
};

/**
 * Abstract person: circle head, rounded body, limbs as thick round strokes, no face.
 * x = body centre, y = floor under the feet, h = standing height.
 */
function person(o) {
  const { x, y, h = 300, face = 1, pose = 'stand', shape = 'shirt', acc = [], hold = {}, sil = null } = o;
  const body = sil ?? o.body ?? C.green;
  const skin = sil ?? o.head ?? C.paper;
  const legC = sil ?? o.legs ?? C.ink;
  const hairC = sil ?? o.hairColor ?? C.ink;
  const armC = sil ?? o.armColor ?? body;
  const hair = o.hair ?? 'short';
  const r = h * 0.11;
  const lw = h * 0.095;
  const tw = h * (o.wide ?? 0.32);
  const seated = pose === 'sit' || pose === 'sitFront';
  const hipY = o.hipY ?? (seated ? y - h * 0.27 : y - h * 0.4);
  const shoulderY = hipY - h * 0.345;
  const headCy = shoulderY - h * 0.035 - r;
  const foot = y - lw / 2;
  let back = '';
  let s = '';

  // legs
  const legs = [];
  if (pose === 'stand')
    legs.push(
      [
        [x - tw * 0.2, hipY],
        [x - tw * 0.22, foot],
      ],
      [
        [x + tw * 0.2, hipY],
        [x + tw * 0.22, foot],
      ],
    );
  if (pose === 'walk') {
    const st = h * 0.13;
    legs.push(
      [
        [x - tw * 0.12, hipY],
        [x - st, foot],
      ],
      [
        [x + tw * 0.12, hipY],
        [x + st, foot],
      ],
    );
  }
  if (pose === 'sitFront')
    legs.push(
      [
        [x - tw * 0.22, hipY],
        [x - tw * 0.24, foot],
      ],
      [
        [x + tw * 0.22, hipY],
        [x + tw * 0.24, foot],
      ],
    );
  if (pose === 'sit') {
    for (const fx of [0.15, 0.22]) {
      const hip = [x, hipY];
      const ft = [x + face * h * fx, foot];
      legs.push([hip, joint(hip, ft, h * 0.21, h * 0.22, (k) => face * k[0] - k[1] * 0.2), ft]);
    }
  }
  if (pose === 'ride') {
    for (const ft of o.feet) {
      const hip = [x, hipY];
      legs.push([hip, joint(hip, ft, h * 0.21, h * 0.21, (k) => face * k[0] - k[1] * 0.3), ft]);
    }
  }
  for (const l of legs) s += polyline(l, legC, lw);

  // arms: drawn behind the torso; hands come later so held items sit in them
  const hands = [];
  const arms = o.arms ?? ['down', 'down'];
  [-1, 1].forEach((side, i) => {
    const spec = arms[i];
    const sh = [x + side * (tw / 2 - lw * 0.55), shoulderY + lw * 0.6];
    let hand;
    let bend = 'down';
    let behind = false;
    if (Array.isArray(spec)) hand = spec;
    else {
      const a = ARM[spec];
      const dir = a.f ? face : side;
      hand = [sh[0] + dir * a.dx * h, sh[1] + a.dy * h];
      bend = a.bend;
      behind = a.f && side !== face;
    }
    const elbow = joint(
      sh,
      hand,
      h * 0.16,
      h * 0.16,
      bend === 'out' ? (k) => side * (k[0] - sh[0]) : (k) => k[1],
    );
    back += polyline([sh, elbow, hand], armC, lw * 0.9);
    hands.push({ hand, behind, side, key: i ? 'r' : 'l' });
  });
  if (acc.includes('backpack'))
    back =
      rect(
        x - face * tw * 0.62 - tw * 0.2,
        shoulderY + h * 0.02,
        tw * 0.4,
        h * 0.28,
        o.packColor ?? C.orange,
        lw * 0.4,
      ) + back;
  for (const hd of hands) if (hd.behind) back += circle(hd.hand[0], hd.hand[1], lw * 0.52, skin);
  s += back;

  // torso
  const tb =
    shape === 'dress'
      ? [tw * 1.45, hipY + h * 0.18]
      : shape === 'coat'
        ? [tw * 1.12, hipY + h * 0.12]
        : [tw, hipY + lw * 0.45];
  const rt = tw * 0.42;
  s += path(
    `M${f(x - tw / 2)} ${f(shoulderY + rt)}Q${f(x - tw / 2)} ${f(shoulderY)} ${f(x - tw / 2 + rt)} ${f(shoulderY)}L${f(x + tw / 2 - rt)} ${f(shoulderY)}Q${f(x + tw / 2)} ${f(shoulderY)} ${f(x + tw / 2)} ${f(shoulderY + rt)}L${f(x + tb[0] / 2)} ${f(tb[1] - 6)}Q${f(x + tb[0] / 2)} ${f(tb[1])} ${f(x + tb[0] / 2 - 6)} ${f(tb[1])}L${f(x - tb[0] / 2 + 6)} ${f(tb[1])}Q${f(x - tb[0] / 2)} ${f(tb[1])} ${f(x - tb[0] / 2)} ${f(tb[1] - 6)}Z`,
    body,
  );
  if (!sil) {
    if (acc.includes('vest'))
      for (const dx of [-0.26, 0.16])
        s += rect(x + tw * dx, shoulderY + h * 0.03, tw * 0.1, hipY - shoulderY, C.lime);
    if (acc.includes('apron'))
      s += path(
        roundBox(x - tw * 0.36, shoulderY + h * 0.08, tw * 0.72, hipY - shoulderY + h * 0.02, tw * 0.1, 6),
        o.apron ?? C.lime,
      );
    if (acc.includes('lanyard'))
      s +=
        polyline(
          [
            [x - tw * 0.22, shoulderY],
            [x, shoulderY + h * 0.17],
            [x + tw * 0.22, shoulderY],
          ],
          o.lanyard ?? C.orange,
          h * 0.012,
        ) + rect(x - h * 0.04, shoulderY + h * 0.16, h * 0.08, h * 0.1, C.white, 3);
    if (acc.includes('stethoscope')) {
      s += strokePath(
        `M${f(x - tw * 0.25)} ${f(shoulderY)}Q${f(x - tw * 0.3)} ${f(shoulderY + h * 0.2)} ${f(x)} ${f(shoulderY + h * 0.21)}Q${f(x + tw * 0.3)} ${f(shoulderY + h * 0.2)} ${f(x + tw * 0.25)} ${f(shoulderY)}`,
        o.stethColor ?? C.ink,
        h * 0.012,
      );
      s +=
        line(x, shoulderY + h * 0.21, x + tw * 0.08, shoulderY + h * 0.3, o.stethColor ?? C.ink, h * 0.012) +
        circle(x + tw * 0.08, shoulderY + h * 0.31, h * 0.025, o.stethColor ?? C.ink);
    }
    if (acc.includes('scarf'))
      s +=
        rect(x - tw * 0.32, shoulderY - h * 0.01, tw * 0.64, h * 0.05, o.scarf ?? C.lime, h * 0.02) +
        rect(x + tw * 0.08, shoulderY, tw * 0.12, h * 0.16, o.scarf ?? C.lime, h * 0.01);
    if (acc.includes('mic')) s += circle(x + tw * 0.22, shoulderY + h * 0.08, h * 0.012, C.ink);
  }

  // neck and head
  s += rect(x - r * 0.34, headCy + r * 0.5, r * 0.68, shoulderY - headCy - r * 0.5 + 4, skin);
  if (hair === 'long')
    s += path(roundBox(x - r * 1.15, headCy - r * 1.1, r * 2.3, r * 2.6, r * 1.1, r * 0.4), hairC);
  if (hair === 'pony') s += ellipse(x - face * r * 1.05, headCy + r * 0.2, r * 0.35, r * 0.75, hairC);
  s += circle(x, headCy, r, skin);
  const cap = `M${f(x - r * 1.03)} ${f(headCy + r * 0.12)}A${f(r * 1.04)} ${f(r * 1.04)} 0 0 1 ${f(x + r * 1.03)} ${f(headCy + r * 0.12)}Q${f(x)} ${f(headCy - r * 0.45)} ${f(x - r * 1.03)} ${f(headCy + r * 0.12)}Z`;
  if (['short', 'long', 'bun', 'pony'].includes(hair)) s += path(cap, hairC);
  if (hair === 'bun') s += circle(x, headCy - r * 1.15, r * 0.45, hairC);
  if (hair === 'side')
    s += path(
      `M${f(x - r * 1.04)} ${f(headCy + r * 0.2)}A${f(r * 1.05)} ${f(r * 1.05)} 0 0 1 ${f(x + r * 1.04)} ${f(headCy)}Q${f(x + r * 0.2)} ${f(headCy - r * 0.2)} ${f(x - r * 0.5)} ${f(headCy + r * 0.5)}Z`,
      hairC,
    );
  if (hair === 'curly')
    for (let a = 150; a <= 390; a += 30)
      s += circle(
        x + Math.cos((a * Math.PI) / 180) * r * 0.95,
        headCy + Math.sin((a * Math.PI) / 180) * r * 0.95,
        r * 0.4,
        hairC,
      );
  if (!sil) {
    if (acc.includes('glasses'))
      s +=
        ring(x - r * 0.4, headCy + r * 0.15, r * 0.27, C.ink, r * 0.09) +
        ring(x + r * 0.4, headCy + r * 0.15, r * 0.27, C.ink, r * 0.09) +
        line(x - r * 0.13, headCy + r * 0.12, x + r * 0.13, headCy + r * 0.12, C.ink, r * 0.08);
    if (acc.includes('safety'))
      s +=
        rect(x - r * 1.05, headCy - r * 0.02, r * 2.1, r * 0.42, C.ink, r * 0.2) +
        rect(x - r * 0.85, headCy + r * 0.06, r * 1.7, r * 0.26, o.lens ?? C.lime, r * 0.12);
    if (acc.includes('headphones'))
      s +=
        strokePath(
          `M${f(x - r * 1.02)} ${f(headCy + r * 0.1)}A${f(r * 1.08)} ${f(r * 1.08)} 0 0 1 ${f(x + r * 1.02)} ${f(headCy + r * 0.1)}`,
          C.ink,
          r * 0.16,
        ) +
        rect(x - r * 1.22, headCy - r * 0.1, r * 0.42, r * 0.6, o.phones ?? C.lime, r * 0.15) +
        rect(x + r * 0.8, headCy - r * 0.1, r * 0.42, r * 0.6, o.phones ?? C.lime, r * 0.15);
  }
  if (acc.includes('hardhat')) {
    s += path(
      `M${f(x - r * 1.08)} ${f(headCy - r * 0.1)}A${f(r * 1.08)} ${f(r * 1.12)} 0 0 1 ${f(x + r * 1.08)} ${f(headCy - r * 0.1)}Z`,
      sil ?? o.hat ?? C.orange,
    );
    s += rect(x - r * 1.3, headCy - r * 0.2, r * 2.6, r * 0.24, sil ?? o.hat ?? C.orange, r * 0.1);
  }

  // held items, then the hands on top
  for (const hd of hands) {
    const item = hold[hd.key];
    const [hx, hy] = hd.hand;
    const it = o.itemColor ?? C.white;
    if (item === 'glass') {
      s +=
        line(hx, hy - lw * 0.6, hx, hy + lw * 0.8, C.white, lw * 0.12) +
        poly(
          [
            [hx - lw * 0.55, hy - lw * 1.9],
            [hx + lw * 0.55, hy - lw * 1.9],
            [hx, hy - lw * 0.6],
          ],
          o.drink ?? C.lime,
        ) +
        rect(hx - lw * 0.35, hy + lw * 0.75, lw * 0.7, lw * 0.12, C.white);
    }
    if (item === 'cup') s += rect(hx - lw * 0.5, hy - lw * 1.3, lw, lw * 1.3, it, lw * 0.15);
    if (item === 'suitcase') {
      const cw = h * 0.2;
      const top = y - h * 0.3;
      s +=
        line(hx, hy, hx, top, C.ink, lw * 0.25) +
        rect(hx - cw / 2, top, cw, h * 0.27, o.itemColor ?? C.lime, h * 0.02) +
        circle(hx - cw * 0.3, y - h * 0.025, h * 0.022, C.ink) +
        circle(hx + cw * 0.3, y - h * 0.025, h * 0.022, C.ink);
    }
    if (item === 'bag')
      s +=
        path(
          roundBox(hx - h * 0.07, hy + lw * 0.3, h * 0.14, h * 0.13, h * 0.02, h * 0.02),
          o.itemColor ?? C.orange,
        ) +
        strokePath(
          `M${f(hx - h * 0.05)} ${f(hy + lw * 0.4)}L${f(hx)} ${f(hy)}L${f(hx + h * 0.05)} ${f(hy + lw * 0.4)}`,
          o.itemColor ?? C.orange,
          lw * 0.2,
        );
    if (item === 'laptop') {
      const cx = (x + hx) / 2;
      s +=
        rect(cx - h * 0.17, hy - h * 0.2, h * 0.34, h * 0.21, o.itemColor ?? C.white, 6) +
        circle(cx, hy - h * 0.095, h * 0.025, C.green);
    }
    if (item === 'tablet')
      s +=
        rect(
          hx - h * 0.06 - (hd.side > 0 ? 0 : h * 0.02),
          hy - h * 0.13,
          h * 0.12,
          h * 0.16,
          o.itemColor ?? C.ink,
          4,
        ) + rect(hx - h * 0.045 - (hd.side > 0 ? 0 : h * 0.02), hy - h * 0.115, h * 0.09, h * 0.12, C.sky, 2);
    if (item === 'plant') {
      s +=
        leaf(hx, hy - h * 0.03, h * 0.16, -30) +
        leaf(hx, hy - h * 0.03, h * 0.2, 5) +
        leaf(hx, hy - h * 0.03, h * 0.15, 40);
      s += poly(
        [
          [hx - h * 0.07, hy - h * 0.04],
          [hx + h * 0.07, hy - h * 0.04],
          [hx + h * 0.05, hy + h * 0.08],
          [hx - h * 0.05, hy + h * 0.08],
        ],
        o.potColor ?? C.orange,
      );
    }
    if (item === 'mic')
      s +=
        line(hx, hy, hx + hd.side * lw * 0.3, hy - lw * 1.6, C.ink, lw * 0.3) +
        circle(hx + hd.side * lw * 0.35, hy - lw * 1.8, lw * 0.38, C.ink);
    if (item === 'brush')
      s +=
        line(hx, hy, hx + hd.side * lw * 1.2, hy - lw * 1.6, C.ink2, lw * 0.22) +
        circle(hx + hd.side * lw * 1.25, hy - lw * 1.7, lw * 0.25, o.paint ?? C.orange);
    if (item === 'spray')
      s +=
        rect(hx - lw * 0.35, hy - lw * 1.5, lw * 0.7, lw * 1.6, o.paint ?? C.orange, lw * 0.15) +
        rect(hx - lw * 0.15, hy - lw * 1.8, lw * 0.3, lw * 0.35, C.ink);
    if (item === 'cane') s += line(hx, hy, hx + hd.side * lw * 0.8, y - lw * 0.1, C.ink2, lw * 0.28);
    if (item === 'wrench')
      s +=
        line(hx, hy, hx + hd.side * lw * 1.6, hy - lw * 1.6, o.toolColor ?? C.ink2, lw * 0.32) +
        ring(hx + hd.side * lw * 1.85, hy - lw * 1.85, lw * 0.38, o.toolColor ?? C.ink2, lw * 0.28);
    if (!hd.behind) s += circle(hx, hy, lw * 0.52, skin);
  }
  return s;
}

// Random-but-seeded person styling so crowds look varied.
const BODIES = [C.green, C.orange, C.sky, C.lime, C.ink2, C.white, C.greenDark];
const HAIRS = ['short', 'long', 'bun', 'curly', 'side', 'none', 'pony', 'short'];
// `avoid` lists background colours so no body part disappears into the scenery.
function folk(rng, o, { bodies = BODIES, heads = [C.paper, C.paper, C.orange, C.ink2], avoid = [] } = {}) {
  const bodyList = bodies.filter((c) => !avoid.includes(c));
  const body = o.body ?? pick(rng, bodyList);
  const headList = heads.filter((c) => c !== body && !avoid.includes(c));
  const head = o.head ?? pick(rng, headList.length ? headList : [C.paper]);
  const legs =
    o.legs ??
    pick(
      rng,
      [C.ink, C.ink, C.ink2, C.greenDark, C.sky].filter((c) => c !== body && !avoid.includes(c)),
    );
  const shape = o.shape ?? (rng() < 0.2 ? 'dress' : rng() < 0.3 ? 'coat' : 'shirt');
  return person({
    hair: pick(rng, HAIRS),
    hairColor:
      head === C.ink2 ? C.ink : pick(rng, [C.ink, C.ink, C.ink2, C.orange === head ? C.ink : C.orange]),
    ...o,
    body,
    head,
    legs,
    shape,
  });
}

// ---------------------------------------------------------------- scenes
// Each scene returns SVG markup for a 1600x1000 canvas. Layers go back to front.

function maakstad(rng) {
  let s = bg(C.sky);
  s += sun(860, 170, 75, C.lime, 12);
  s += cloud(150, 200, 70) + cloud(430, 120, 45);
  s += skyline(rng, -20, W + 20, 660, C.white, { min: 80, max: 250, win: C.sky });
  s += turbine(1500, 660, 360, C.white, 12) + turbine(60, 660, 300, C.white, 48);
  // the hall
  s += rect(110, 430, 1080, 400, C.ink2);
  s += sawtooth(110, 1190, 432, 8, 120, C.ink, C.sky);
  for (let i = 0; i < 6; i++) if (i !== 2 && i !== 3) s += archWindow(165 + i * 172, 490, 112, 240);
  s += rect(500, 560, 300, 270, C.ink) + hazard(470, 530, 360, 30, C.ink, C.lime, 22);
  s += rect(520, 580, 260, 250, C.white) + rect(646, 580, 8, 250, C.ink) + rect(520, 660, 260, 8, C.sky);
  s += hazard(110, 800, 1080, 30, C.ink, C.lime, 22);
  // chimney with banded brickwork and a steam trail
  s += poly(
    [
      [1235, 830],
      [1340, 830],
      [1318, 120],
      [1257, 120],
    ],
    C.orange,
  );
  for (const yy of [250, 420, 590]) s += rect(1230, yy, 115, 16, C.white);
  s += hazard(1250, 120, 75, 40, C.ink, C.lime, 14) + rect(1244, 108, 87, 16, C.ink);
  s += circle(1300, 80, 30, C.white) + circle(1350, 55, 38, C.white) + circle(1420, 40, 44, C.white);
  s += rect(0, 828, W, 172, C.green);
  s += rails(0, W, 990, { rail: C.ink, sleeper: C.greenDark });
  // gears in front
  const g1 = [330, 925, 210];
  const g2 = meshWith(g1[0], g1[1], g1[2], 120, -32);
  const g3 = meshWith(g2[0], g2[1], 120, 82, 35);
  s += gear(g1[0], g1[1], g1[2], 16, C.lime, { holes: 6, rot: 0.1 });
  s += gear(g2[0], g2[1], 120, 10, C.orange, { holes: 5, rot: 0.3 });
  s += gear(g3[0], g3[1], 82, 8, C.ink, { rot: 0.2 });
  s += gear(1480, 900, 130, 12, C.ink2, { holes: 6 }) + gear(1330, 975, 70, 8, C.white, { rot: 0.4 });
  s += person({ x: 1000, y: 925, h: 210, body: C.orange, pose: 'walk', hair: 'bun', legs: C.ink });
  s += person({
    x: 1100,
    y: 935,
    h: 230,
    body: C.white,
    pose: 'walk',
    face: -1,
    acc: ['hardhat'],
    hat: C.lime,
  });
  return s;
}

function storkHal(rng) {
  let s = bg(C.paper);
  s += rect(0, 0, W, 92, C.ink2);
  for (let x = 40; x < W; x += 200) s += rect(x, 22, 120, 40, C.sky, 4);
  // back wall with big steel windows between columns
  const cols = [70, 450, 830, 1210, 1590];
  for (let i = 0; i < cols.length - 1; i++)
    s += windowGrid(cols[i] + 60, 350, cols[i + 1] - cols[i] - 120, 380, 4, 4, C.sky, C.ink2, 12);
  // trusses
  s += rect(0, 248, W, 16, C.ink);
  for (let i = 0; i < cols.length - 1; i++) {
    const a = cols[i];
    const b = cols[i + 1];
    const m = (a + b) / 2;
    s += polyline(
      [
        [a, 256],
        [m, 100],
        [b, 256],
      ],
      C.ink,
      14,
    );
    for (let k = 1; k < 6; k++) {
      const px = a + ((b - a) * k) / 6;
      const topY = 256 - 156 * (1 - Math.abs(px - m) / ((b - a) / 2));
      s += line(px, 256, px, topY, C.ink, 6);
      if (k < 5)
        s += line(
          px,
          k < 3 ? topY : 256,
          a + ((b - a) * (k + 1)) / 6,
          k < 3 ? 256 : 256 - 156 * (1 - Math.abs(a + ((b - a) * (k + 1)) / 6 - m) / ((b - a) / 2)),
          C.ink,
          6,
        );
    }
  }
  for (const x of cols) s += rect(x - 22, 240, 44, 560, C.ink);
  // overhead crane with a heritage gear on its hook
  s +=
    rect(0, 300, W, 36, C.orange) +
    hazard(0, 300, 150, 36, C.ink, C.lime, 16) +
    hazard(W - 150, 300, 150, 36, C.ink, C.lime, 16);
  s += rect(1010, 290, 130, 66, C.ink, 6) + line(1075, 356, 1075, 450, C.ink, 6);
  s += strokePath('M1075 450q0 26 -22 26', C.ink, 8);
  s += gear(1075, 540, 64, 10, C.lime, { holes: 5 });
  // banners without text
  for (const [x, c] of [
    [260, C.green],
    [640, C.orange],
  ]) {
    s +=
      poly(
        [
          [x, 336],
          [x + 90, 336],
          [x + 90, 520],
          [x + 45, 490],
          [x, 520],
        ],
        c,
      ) + circle(x + 45, 400, 22, C.paper);
  }
  s +=
    stringLights(90, 350, 430, 350, 40, [C.lime, C.orange, C.white], 9) +
    stringLights(850, 350, 1190, 350, 40, [C.lime, C.orange, C.white], 9);
  // floor
  s += rect(0, 800, W, 200, C.ink2) + rect(0, 812, W, 8, C.lime);
  s += highTable(340, 880, 150, C.white, C.ink) + highTable(1180, 905, 160, C.white, C.ink);
  const spots = [
    [180, 870, 250, 'stand', ['down', 'drink'], { r: 'glass' }],
    [270, 890, 265, 'stand', ['hold', 'down'], {}],
    [430, 885, 255, 'stand', ['drink', 'down'], { l: 'glass' }, -1],
    [560, 935, 285, 'walk', ['down', 'wave'], {}],
    [700, 900, 265, 'stand', ['down', 'point'], {}],
    [800, 920, 270, 'stand', ['down', 'down'], {}, -1],
    [900, 960, 300, 'stand', ['hold', 'down'], { l: 'cup' }],
    [1030, 910, 262, 'stand', ['wave', 'down'], {}],
    [1110, 970, 300, 'stand', ['down', 'drink'], { r: 'glass' }],
    [1270, 925, 270, 'stand', ['drink', 'down'], { l: 'glass' }, -1],
    [1390, 890, 255, 'walk', ['down', 'down'], {}, -1],
    [1500, 950, 285, 'stand', ['down', 'down'], { r: 'bag' }],
  ];
  spots.sort((a, b) => a[1] - b[1]);
  for (const [x, y, h, pose, arms, hold, face] of spots)
    s += folk(rng, { x, y, h, pose, arms, hold, face: face ?? 1 }, { avoid: [C.ink2] });
  return s;
}

function spoorzone(rng) {
  let s = bg(C.sky);
  s += sun(220, 170, 70, C.white);
  s += cloud(980, 160, 60) + cloud(1350, 110, 40);
  // new apartment blocks along the tracks
  s += apartment(520, 700, 260, 500, {
    wall: C.white,
    win: C.ink2,
    bal: C.green,
    cols: 4,
    rows: 9,
    plants: true,
    rng,
  });
  s += apartment(800, 700, 220, 360, { wall: C.orange, win: C.ink, bal: C.lime, cols: 3, rows: 6 });
  s += apartment(1040, 700, 300, 560, {
    wall: C.paper,
    win: C.ink2,
    bal: C.orange,
    cols: 5,
    rows: 10,
    plants: true,
    rng,
  });
  s += apartment(1360, 700, 240, 420, { wall: C.greenDark, win: C.sky, bal: C.lime, cols: 4, rows: 7 });
  s +=
    tree(540, 700, 150, { kind: 'round', crown: C.green }) +
    tree(640, 700, 120, { kind: 'round', crown: C.greenDark });
  s +=
    tree(1000, 700, 160, { kind: 'tall', crown: C.green }) +
    tree(1370, 700, 140, { kind: 'round', crown: C.green });
  s += rect(0, 690, W, 120, C.greenDark);
  // station canopy on the left
  s += rect(0, 700, 520, 60, C.paper) + hazard(0, 752, 520, 14, C.ink, C.lime, 10);
  for (const x of [60, 250, 440]) s += rect(x - 8, 470, 16, 232, C.ink);
  s +=
    poly(
      [
        [-20, 470],
        [520, 440],
        [540, 470],
        [-20, 500],
      ],
      C.lime,
    ) + rect(-20, 496, 560, 10, C.ink);
  s += person({ x: 150, y: 702, h: 150, body: C.orange, hold: { l: 'suitcase' }, itemColor: C.green });
  s += person({ x: 330, y: 702, h: 140, body: C.ink2, hair: 'long', face: -1, pose: 'walk' });
  s += catenary([620, 980, 1340], 420, 800, 440);
  s += rect(0, 780, W, 60, C.ink2);
  s += rails(0, W, 800, { rail: C.ink, sleeper: C.ink });
  s += train(420, 800, 1160, { body: C.white, band: C.green, cars: 3 });
  s += rect(0, 840, W, 160, C.green);
  s += rect(0, 905, W, 40, C.paper);
  s += person({ x: 900, y: 935, h: 130, pose: 'walk', body: C.lime, legs: C.ink2 });
  s += bush(200, 1000, 120) + bush(1380, 1000, 140) + bush(650, 1000, 90, C.greenDark);
  return s;
}

function stationHengelo(rng) {
  let s = bg(C.sky);
  s += cloud(120, 150, 50) + cloud(1250, 120, 60);
  // glass station hall under a long canopy on tree-shaped columns
  s += windowGrid(120, 380, 1360, 380, 10, 3, C.sky, C.ink2, 12);
  s += rect(120, 370, 1360, 24, C.ink2);
  s += rect(60, 258, 1480, 54, C.ink) + rect(60, 300, 1480, 14, C.lime);
  for (const x of [200, 560, 920, 1280]) {
    s +=
      polyline(
        [
          [x - 70, 314],
          [x, 430],
          [x + 70, 314],
        ],
        C.white,
        16,
      ) + rect(x - 9, 425, 18, 340, C.white);
  }
  // paved square
  s += rect(0, 760, W, 240, C.paper);
  for (let x = -200; x < W + 200; x += 120) s += line(x, 760, x + (x - 800) * 0.5, 1000, C.sky, 3);
  for (const y of [800, 860, 935]) s += line(0, y, W, y, C.sky, 3);
  // bike rack
  for (let i = 0; i < 6; i++)
    s += bike(1090 + i * 72, 850, 120, [C.orange, C.green, C.ink2, C.lime, C.sky, C.greenDark][i]);
  s += rect(1020, 838, 480, 10, C.ink2);
  s += tree(90, 830, 300, { kind: 'round', crown: C.green }) + rect(30, 800, 120, 32, C.ink2);
  const walkers = [
    [330, 880, 230, 1, { hold: { r: 'suitcase' }, itemColor: C.orange, pose: 'stand' }],
    [470, 830, 200, -1, { pose: 'walk', hold: { l: 'bag' } }],
    [640, 930, 260, 1, { pose: 'walk', acc: ['backpack'], packColor: C.lime }],
    [770, 850, 205, -1, { pose: 'walk', arms: ['down', 'wave'] }],
    [1530, 975, 250, -1, { pose: 'walk', hold: { r: 'cup' } }],
    [1320, 960, 250, 1, { pose: 'walk', acc: ['backpack'] }],
  ];
  walkers.sort((a, b) => a[1] - b[1]);
  for (const [x, y, h, face, o] of walkers)
    s += folk(rng, { x, y, h, face, ...o }, { avoid: [C.paper, C.white, C.sky], heads: [C.ink2, C.orange] });
  // a cyclist crossing the square
  s += cyclist(960, 990, 300, { body: C.orange, bikeC: C.green, head: C.ink2, hair: 'curly' });
  return s;
}

function cyclist(
  x,
  y,
  h,
  {
    body = C.green,
    bikeC = C.orange,
    head = C.paper,
    hair = 'short',
    face = 1,
    hairColor = C.ink,
    legs = C.ink,
  } = {},
) {
  const s = h * 0.78;
  const wr = s * 0.3;
  const seatY = y - wr - s * 0.56;
  const sx = x - s * 0.2;
  const bx = x - s * 0.05;
  const by = y - wr;
  let out = bike(x, y, s, bikeC);
  out += person({
    x: sx,
    y,
    h,
    hipY: seatY - h * 0.03,
    pose: 'ride',
    face: 1,
    feet: [
      [bx + s * 0.12, by + s * 0.08],
      [bx - s * 0.1, by - s * 0.04],
    ],
    arms: [
      [x + s * 0.24, y - wr - s * 0.64],
      [x + s * 0.22, y - wr - s * 0.66],
    ],
    body,
    head,
    hair,
    hairColor,
    legs,
  });
  return face === 1 ? out : mirror(x, out);
}

function techniekLab() {
  let s = bg(C.ink2);
  // pegboard with tool silhouettes
  s += rect(80, 140, 620, 330, C.ink, 10);
  for (let x = 110; x < 690; x += 40) for (let y = 170; y < 460; y += 40) s += circle(x, y, 4, C.ink2);
  s += gear(220, 260, 70, 9, C.lime, { holes: 4 }) + gear(330, 360, 48, 8, C.green, { rot: 0.3 });
  for (const [x, c] of [
    [450, C.sky],
    [520, C.orange],
    [590, C.white],
  ])
    s += rect(x, 200, 22, 170, c, 8) + rect(x - 12, 190, 46, 30, c, 6);
  s += ring(640, 400, 30, C.lime, 10);
  // lamps
  for (const x of [400, 1100])
    s +=
      line(x, 0, x, 80, C.ink, 4) +
      path(`M${x - 60} 130Q${x} 50 ${x + 60} 130Z`, C.orange) +
      ellipse(x, 132, 30, 10, C.lime);
  // window with the green region outside
  s += windowGrid(1240, 120, 300, 320, 2, 2, C.sky, C.ink, 12);
  s += clip(
    1252,
    132,
    276,
    296,
    tree(1320, 440, 240, { kind: 'round', crown: C.green }) +
      turbine(1460, 440, 200, C.white, 20) +
      leaf(1480, 440, 0, 0),
  );
  // floor with a safety line
  s += rect(0, 830, W, 170, C.ink) + hazard(0, 830, W, 24, C.ink, C.lime, 20);
  // the engineer behind the bench
  s += person({
    x: 480,
    y: 880,
    h: 560,
    body: C.green,
    head: C.paper,
    hair: 'curly',
    acc: ['safety'],
    arms: ['hold', 'give'],
    hold: { l: 'tablet' },
    face: 1,
  });
  // bench
  s +=
    rect(200, 640, 1180, 34, C.orange, 6) +
    rect(230, 674, 24, 160, C.ink) +
    rect(1326, 674, 24, 160, C.ink) +
    rect(230, 770, 1120, 16, C.ink);
  s +=
    rect(300, 720, 120, 50, C.sky, 6) +
    rect(440, 730, 90, 40, C.lime, 6) +
    rect(1150, 715, 140, 55, C.white, 6);
  // robot arm
  const base = [930, 640];
  const j1 = [930, 520];
  const j2 = [1110, 380];
  const j3 = [1230, 470];
  s += rect(870, 600, 120, 42, C.ink, 8) + rect(895, 560, 70, 50, C.white, 10);
  s += polyline([base, j1, j2, j3], C.white, 52);
  s += polyline([base, j1, j2, j3], C.sky, 16);
  for (const j of [j1, j2]) s += circle(j[0], j[1], 36, C.lime) + circle(j[0], j[1], 12, C.ink);
  s += circle(j3[0], j3[1], 26, C.lime);
  s += polyline(
    [
      [j3[0] - 22, j3[1] + 20],
      [j3[0] - 30, j3[1] + 70],
      [j3[0] - 14, j3[1] + 88],
    ],
    C.ink,
    14,
  );
  s += polyline(
    [
      [j3[0] + 22, j3[1] + 20],
      [j3[0] + 30, j3[1] + 70],
      [j3[0] + 14, j3[1] + 88],
    ],
    C.ink,
    14,
  );
  s += gear(j3[0], j3[1] + 120, 40, 8, C.orange, { rot: 0.2 });
  s += gear(700, 600, 44, 9, C.lime, { rot: 0.1 }) + gear(775, 622, 24, 7, C.sky);
  return s;
}

function zorg() {
  let s = bg(C.green);
  s += rect(0, 760, W, 240, C.greenDark);
  // window to a garden
  s += windowGrid(110, 150, 420, 420, 2, 2, C.sky, C.white, 16);
  s += clip(
    126,
    166,
    388,
    388,
    tree(230, 560, 300, { kind: 'round', crown: C.green }) +
      tree(420, 560, 240, { kind: 'round', crown: C.greenDark }) +
      rect(126, 500, 388, 60, C.lime) +
      sun(430, 240, 40, C.lime),
  );
  // care symbols
  s +=
    circle(1340, 260, 130, C.white) +
    rect(1310, 175, 60, 170, C.green, 8) +
    rect(1255, 230, 170, 60, C.green, 8);
  s += path('M1130 210c-22-34-78-20-66 22 8 28 66 64 66 64s58-36 66-64c12-42-44-56-66-22z', C.lime);
  s += plant(1500, 760, 230, { pot: C.white, leafC: C.lime, vein: C.green });
  s += plant(640, 760, 150, { pot: C.orange, leafC: C.lime, vein: C.green });
  // seated person in an armchair, carer bending in with a cup
  s += seat(820, 860, 860 - 0.2225 * 520, 1, C.white, 'arm', C.ink);
  s += person({
    x: 820,
    y: 860,
    h: 520,
    pose: 'sit',
    face: 1,
    body: C.sky,
    head: C.paper,
    hair: 'short',
    hairColor: C.white,
    legs: C.ink2,
    arms: ['lap', 'give'],
    hold: { l: 'cane' },
  });
  s += person({
    x: 1190,
    y: 900,
    h: 560,
    face: -1,
    body: C.white,
    head: C.orange,
    hair: 'bun',
    acc: ['stethoscope'],
    legs: C.ink2,
    arms: ['give', [1030, 560]],
    hold: { r: 'cup' },
    itemColor: C.orange,
  });
  return s;
}

function ict(rng) {
  let s = bg(C.ink);
  s += network(rng, 60, 60, 1540, 420, 26, C.ink2, [C.green, C.sky, C.lime], { k: 2, r: 7, w: 3 });
  // server rack
  s += rect(60, 300, 170, 540, C.ink2, 8);
  for (let y = 330; y < 820; y += 48)
    s += rect(80, y, 130, 34, C.ink, 4) + circle(190, y + 17, 6, pick(rng, [C.lime, C.green, C.orange]));
  // desk with two screens and a laptop
  s +=
    rect(640, 690, 900, 30, C.ink2, 6) + rect(680, 720, 22, 150, C.ink2) + rect(1480, 720, 22, 150, C.ink2);
  s += monitor(780, 330, 380, 250, rng) + monitor(1180, 350, 320, 230, rng);
  s += laptopFront(1000, 680, 190, rng);
  s += rect(720, 630, 44, 60, C.orange, 8) + plant(1440, 690, 130);
  s += rect(0, 868, W, 132, C.ink2);
  // developer at the desk
  s += seat(560, 900, 900 - 0.2225 * 560, 1, C.orange, 'office', C.ink);
  s += person({
    x: 560,
    y: 900,
    h: 560,
    pose: 'sit',
    face: 1,
    body: C.green,
    head: C.paper,
    hair: 'bun',
    hairColor: C.orange,
    acc: ['headphones'],
    phones: C.lime,
    arms: ['type', 'type'],
  });
  return s;
}

function onderwijs(rng) {
  let s = bg(C.sky);
  // board with shapes instead of writing
  s += rect(180, 130, 860, 450, C.ink2, 10) + rect(200, 150, 820, 410, C.greenDark, 6);
  s +=
    ring(330, 280, 70, C.white, 8) +
    poly(
      [
        [450, 370],
        [530, 220],
        [610, 370],
      ],
      C.lime,
    );
  s += gear(760, 290, 75, 10, C.orange, { holes: 5 });
  s += polyline(
    [
      [250, 480],
      [330, 430],
      [410, 490],
      [490, 420],
      [570, 470],
      [650, 410],
    ],
    C.white,
    8,
  );
  for (let i = 0; i < 4; i++) s += rect(740 + i * 60, 520 - (i + 1) * 30, 36, (i + 1) * 30, C.lime);
  s += rect(180, 580, 860, 20, C.ink2);
  // window onto the school building
  s += windowGrid(1150, 110, 360, 360, 2, 2, C.paper, C.white, 14);
  const inner =
    rect(1164, 124, 332, 332, C.sky) +
    rect(1190, 250, 280, 210, C.orange) +
    windowGrid(1210, 280, 240, 120, 4, 2, C.sky, C.white, 8) +
    poly(
      [
        [1180, 252],
        [1330, 180],
        [1480, 252],
      ],
      C.ink,
    ) +
    rect(1300, 400, 60, 60, C.ink2) +
    line(1440, 250, 1440, 150, C.ink, 5) +
    poly(
      [
        [1440, 150],
        [1490, 165],
        [1440, 180],
      ],
      C.lime,
    ) +
    tree(1478, 470, 120, { crown: C.green });
  s += clip(1164, 124, 332, 332, inner);
  s += rect(0, 700, W, 300, C.paper);
  // teacher pointing at the board
  s += person({
    x: 1130,
    y: 780,
    h: 430,
    face: -1,
    body: C.green,
    head: C.orange,
    hair: 'side',
    acc: ['glasses'],
    arms: ['point', 'hold'],
    hold: { r: 'tablet' },
  });
  // students seen from behind in two seated rows; the bench backs hide their legs
  const rows = [
    [900, 270, [150, 420, 690, 960, 1440], C.ink2],
    [1110, 380, [270, 600, 930, 1260], C.greenDark],
  ];
  for (const [y, h, xs, bench] of rows) {
    for (const x of xs)
      s += folk(
        rng,
        { x, y, h, arms: ['down', rng() < 0.3 ? 'up' : 'down'] },
        { avoid: [C.sky, C.paper, C.white, bench], heads: [C.orange, C.ink2, C.paper] },
      );
    s += rect(0, y - h * 0.42, W, H, bench) + rect(0, y - h * 0.42, W, 10, C.ink);
  }
  return s;
}

function coLiving(rng) {
  let s = bg(C.sky);
  s += sun(1420, 160, 70, C.lime, 10);
  s += cloud(140, 170, 55);
  s += rect(0, 860, W, 140, C.green) + rect(0, 900, W, 30, C.paper);
  const colors = [C.orange, C.white, C.greenDark, C.lime, C.ink2, C.paper, C.green];
  const mw = 220;
  const mh = 130;
  const rows = 5;
  const prev = {};
  for (let r = 0; r < rows; r++) {
    prev.left = null;
    const y = 860 - (r + 1) * mh;
    const shift = r % 2 ? 60 : 0;
    const n = r === rows - 1 ? 3 : 4;
    for (let c = 0; c < n; c++) {
      const x = 300 + shift + c * mw + (r === rows - 1 ? mw * 0.5 : 0);
      const col = pick(
        rng,
        colors.filter((cc) => cc !== prev[c] && cc !== prev.left),
      );
      prev[c] = col;
      prev.left = col;
      s += rect(x, y, mw - 6, mh - 6, col, 4);
      const dark = col === C.ink2 || col === C.greenDark;
      s += rect(x + 20, y + 18, mw * 0.52, mh * 0.5, dark ? C.lime : C.ink2, 4);
      s += rect(x + 20 + mw * 0.56, y + 18, mw * 0.22, mh * 0.78, dark ? C.sky : C.ink, 4);
      // balcony rail with plants
      s +=
        rect(x + 10, y + mh * 0.72, mw * 0.6, 8, C.ink) +
        rect(x + 10, y + mh * 0.72, 8, mh * 0.22, C.ink) +
        rect(x + 10 + mw * 0.6 - 8, y + mh * 0.72, 8, mh * 0.22, C.ink);
      for (let p = 0; p < 3; p++)
        if (rng() < 0.75)
          s += circle(
            x + 40 + p * 42,
            y + mh * 0.68,
            15,
            pick(
              rng,
              [C.green, C.greenDark, C.lime].filter((g) => g !== col),
            ),
          );
    }
  }
  // roof garden with solar panels
  const roofY = 860 - rows * mh;
  for (let i = 0; i < 3; i++)
    s += poly(
      [
        [690 + i * 90, roofY],
        [760 + i * 90, roofY],
        [740 + i * 90, roofY - 40],
        [670 + i * 90, roofY - 40],
      ],
      C.ink2,
    );
  s += tree(470, roofY, 130, { crown: C.green }) + tree(1010, roofY, 110, { crown: C.greenDark });
  // stair tower
  s += rect(1300, 300, 110, 560, C.ink) + hazard(1300, 300, 110, 30, C.ink, C.lime, 14);
  for (let y = 360; y < 840; y += 80) s += rect(1320, y, 70, 44, C.sky, 4);
  // neighbours on balconies and in front
  s += person({ x: 450, y: 860 - 3 * mh - 12, h: 110, body: C.sky, arms: ['down', 'wave'] });
  s += person({ x: 1010, y: 860 - mh - 12, h: 110, body: C.orange, hair: 'long', hold: { r: 'cup' } });
  s += person({ x: 180, y: 920, h: 190, body: C.orange, pose: 'walk', hair: 'curly' });
  s += cyclist(1480, 930, 190, { body: C.white, bikeC: C.ink2, hair: 'pony', face: -1 });
  s += bike(1140, 900, 110, C.green) + bike(1215, 900, 110, C.orange);
  s += tree(100, 860, 260, { crown: C.greenDark, kind: 'round' });
  return s;
}

function hartVanHengelo(rng) {
  // dusk: night above, the last orange light low behind the roofs
  let s = bg(C.orange);
  s += rect(0, 0, W, 330, C.ink2) + rect(0, 0, W, 190, C.ink);
  for (let i = 0; i < 30; i++)
    s += circle(between(rng, 0, W), between(rng, 20, 180), between(rng, 2, 4), C.white);
  // facades along the street
  const fac = [
    [0, 230, 440, C.greenDark],
    [230, 210, 520, C.ink],
    [440, 260, 380, C.paper],
    [700, 250, 470, C.ink],
    [950, 230, 560, C.greenDark],
    [1180, 220, 420, C.ink],
    [1400, 200, 500, C.paper],
  ];
  for (const [x, w, h, col] of fac) {
    const top = 800 - h;
    s += rect(x, top, w, h, col);
    s += poly(
      [
        [x, top],
        [x + w / 2, top - 70],
        [x + w, top],
      ],
      col,
    );
    const win = col === C.paper ? C.ink2 : C.lime;
    for (let y = top + 30; y < 560; y += 90)
      for (let wx = x + 34; wx < x + w - 60; wx += 66)
        s += rect(wx, y, 36, 56, rng() < 0.7 ? win : C.ink2, 3);
    // shop window and striped awning
    s += rect(x + 24, 620, w - 48, 180, col === C.paper ? C.sky : C.paper);
    const aw = clip(
      x + 10,
      570,
      w - 20,
      50,
      range(Math.ceil(w / 40))
        .map((i) => rect(x + 10 + i * 40, 570, 20, 50, col === C.paper ? C.lime : C.orange))
        .join(''),
    );
    s += rect(x + 10, 570, w - 20, 50, col === C.paper ? C.ink : C.white) + aw;
  }
  s += rect(0, 800, W, 200, C.ink2);
  s += rect(0, 800, W, 18, C.paper);
  s +=
    stringLights(-20, 300, 820, 320, 60, [C.lime, C.white, C.orange], 14, { wire: C.paper }) +
    stringLights(780, 320, 1620, 290, 60, [C.lime, C.white, C.orange], 14, { wire: C.paper });
  for (const x of [120, 760, 1460]) s += tree(x, 820, 330, { crown: C.green, trunk: C.ink2 });
  // café terrace
  for (const tx of [420, 1060]) {
    s += rect(tx - 50, 860, 100, 12, C.white, 4) + rect(tx - 6, 870, 12, 70, C.white);
    s +=
      seat(tx - 95, 950, 950 - 0.2225 * 230, 1, C.orange, 'chair', C.paper) +
      seat(tx + 95, 950, 950 - 0.2225 * 230, -1, C.orange, 'chair', C.paper);
    s += folk(
      rng,
      { x: tx - 95, y: 950, h: 230, pose: 'sit', face: 1, arms: ['down', 'drink'], hold: { r: 'glass' } },
      { avoid: [C.ink, C.ink2] },
    );
    s += folk(
      rng,
      { x: tx + 95, y: 950, h: 230, pose: 'sit', face: -1, arms: ['drink', 'down'], hold: { l: 'cup' } },
      { avoid: [C.ink, C.ink2] },
    );
  }
  s += folk(
    rng,
    { x: 620, y: 930, h: 250, pose: 'walk', arms: ['down', 'wave'] },
    { avoid: [C.ink, C.ink2] },
  );
  s += folk(
    rng,
    { x: 700, y: 920, h: 240, pose: 'walk', face: -1, hold: { l: 'bag' } },
    { avoid: [C.ink, C.ink2] },
  );
  s += folk(rng, { x: 1280, y: 960, h: 260, pose: 'walk', face: -1 }, { avoid: [C.ink, C.ink2] });
  s += folk(rng, { x: 1400, y: 940, h: 220, pose: 'stand', hold: { r: 'cup' } }, { avoid: [C.ink, C.ink2] });
  s += folk(rng, { x: 240, y: 980, h: 270, pose: 'walk' }, { avoid: [C.ink, C.ink2] });
  return s;
}

function festival(rng) {
  let s = bg(C.ink);
  for (let i = 0; i < 60; i++)
    s += circle(
      between(rng, 0, W),
      between(rng, 10, 380),
      between(rng, 1.5, 3.5),
      pick(rng, [C.white, C.sky]),
    );
  // light beams behind the stage
  for (const [x, a] of [
    [520, -22],
    [800, 0],
    [1080, 22],
  ])
    s += poly(
      [
        [x, 220],
        [x + Math.tan((a * Math.PI) / 180) * 700 - 160, -480],
        [x + Math.tan((a * Math.PI) / 180) * 700 + 160, -480],
      ],
      C.ink2,
    );
  // stage with truss frame and a banner shape
  s += rect(300, 180, 1000, 500, C.ink2);
  s += path('M260 200Q800 40 1340 200L1340 230Q800 80 260 230Z', C.white);
  for (const x of [280, 1300]) {
    s += rect(x - 20, 200, 40, 520, C.white);
    for (let y = 215; y < 700; y += 40) s += line(x - 14, y, x + 14, y + 32, C.ink2, 4);
  }
  s += rect(500, 230, 600, 90, C.orange, 8);
  s += polyline(
    [
      [540, 292],
      [600, 250],
      [660, 292],
      [720, 250],
      [780, 292],
      [840, 250],
      [900, 292],
      [960, 250],
      [1020, 292],
      [1060, 265],
    ],
    C.lime,
    10,
  );
  for (let i = 0; i < 7; i++) s += circle(400 + i * 135, 355, 16, [C.lime, C.orange, C.white, C.sky][i % 4]);
  s += rect(260, 680, 1080, 60, C.white) + hazard(260, 720, 1080, 24, C.ink, C.lime, 18);
  // band
  s += person({ x: 620, y: 684, h: 270, body: C.lime, hair: 'curly', arms: ['up', 'hold'], legs: C.ink });
  s += line(800, 684, 800, 500, C.white, 6) + circle(800, 496, 10, C.white);
  s += person({
    x: 800,
    y: 684,
    h: 290,
    body: C.orange,
    hair: 'long',
    arms: [[790, 520], 'up'],
    legs: C.ink,
  });
  s +=
    rect(930, 560, 150, 124, C.ink, 8) +
    circle(1005, 620, 40, C.ink2) +
    person({ x: 1005, y: 684, h: 260, body: C.sky, hair: 'bun', arms: ['out', 'out'], legs: C.ink });
  // bunting
  for (const [x0, x1] of [
    [-20, 420],
    [1180, 1620],
  ]) {
    for (let i = 0; i < 8; i++) {
      const x = x0 + (i * (x1 - x0)) / 8;
      const y = 120 + Math.sin((i / 8) * Math.PI) * 60;
      s += poly(
        [
          [x, y],
          [x + 50, y + 3],
          [x + 24, y + 60],
        ],
        [C.lime, C.orange, C.sky, C.white][i % 4],
      );
    }
  }
  // field and crowd silhouettes
  s += rect(0, 740, W, 260, C.greenDark);
  for (let i = 0; i < 24; i++) {
    const x = -20 + i * 72 + between(rng, -12, 12);
    const h = between(rng, 330, 420);
    const arms = rng() < 0.45 ? ['up', rng() < 0.5 ? 'up' : 'down'] : ['down', rng() < 0.3 ? 'wave' : 'down'];
    s += person({ x, y: 1000 + h * 0.25, h, sil: C.ink, arms, hair: pick(rng, HAIRS) });
  }
  for (let i = 0; i < 6; i++)
    s += circle(150 + i * 260 + between(rng, 0, 60), between(rng, 700, 780), 7, C.lime);
  return s;
}

function talenttop(rng) {
  let s = bg(C.ink2);
  // lighting truss
  s += rect(0, 40, W, 26, C.ink);
  for (let x = 20; x < W; x += 40) s += line(x, 44, x + 20, 62, C.ink2, 3);
  for (const x of [300, 620, 980, 1300]) s += rect(x - 20, 66, 40, 50, C.ink, 6) + circle(x, 118, 14, C.lime);
  // big screen with the network motif
  s += rect(280, 150, 1040, 420, C.ink, 10) + rect(300, 170, 1000, 380, C.green, 4);
  s += clip(
    300,
    170,
    1000,
    380,
    network(rng, 320, 190, 1280, 530, 22, C.greenDark, [C.white, C.lime], { k: 2, r: 9, w: 4 }),
  );
  // stage and panel
  s += rect(120, 700, 1360, 80, C.ink) + rect(120, 700, 1360, 12, C.lime);
  const y = 704;
  const h = 300;
  const seatTop = y - 0.2225 * h;
  s += rect(775, 620, 50, 84, C.white, 6) + circle(790, 612, 10, C.sky) + circle(812, 612, 10, C.sky);
  const panel = [
    [460, C.orange, 'short', [], C.paper],
    [650, C.sky, 'long', ['glasses'], C.orange],
    [950, C.lime, 'curly', [], C.paper],
    [1140, C.white, 'bun', ['mic'], C.orange],
  ];
  for (const [x, body, hair, acc, head] of panel) {
    s +=
      path(roundBox(x - 75, seatTop - 150, 150, 140, 30, 0), C.ink) +
      rect(x - 85, seatTop - 10, 170, 40, C.ink, 10) +
      rect(x - 6, seatTop + 30, 12, y - seatTop - 30, C.ink);
    s += person({
      x,
      y,
      h,
      pose: 'sitFront',
      body,
      hair,
      acc,
      head,
      legs: C.ink,
      arms: x === 1140 ? ['lap', 'drink'] : ['lap', 'lap'],
      hold: x === 1140 ? { r: 'mic' } : {},
    });
  }
  // audience rows from behind
  s += rect(0, 780, W, 220, C.ink2);
  for (const [yy, hh, n, off] of [
    [1030, 300, 11, 0],
    [1150, 380, 9, 80],
  ]) {
    for (let i = 0; i < n; i++) {
      const x = off + 40 + i * (W / (n - 0.5)) + between(rng, -10, 10);
      s += person({ x, y: yy, h: hh, sil: pick(rng, [C.ink, C.ink]), hair: pick(rng, HAIRS) });
    }
  }
  return s;
}

function talkshow(rng) {
  let s = bg(C.ink2);
  // backdrop: city window in a big arch
  s += path('M300 760L300 380A500 300 0 0 1 1300 380L1300 760Z', C.ink);
  s += clip(
    300,
    80,
    1000,
    680,
    skyline(rng, 300, 1300, 620, C.greenDark, { min: 60, max: 250, win: C.lime }) +
      rect(1180, 230, 40, 390, C.orange) +
      rect(300, 600, 1000, 200, C.ink),
  );
  s += circle(800, 230, 90, C.lime);
  // studio lights
  s += rect(0, 30, W, 20, C.ink);
  for (const x of [220, 560, 1040, 1380])
    s +=
      line(x, 50, x, 90, C.ink, 6) +
      rotate(
        x < 800 ? -20 : 20,
        x,
        120,
        rect(x - 40, 90, 80, 70, C.ink, 8) + rect(x - 30, 154, 60, 14, C.lime, 4),
      );
  s += rect(0, 760, W, 240, C.ink);
  s += ellipse(800, 840, 560, 70, C.greenDark);
  // armchairs, table, host and guest
  const y = 860;
  const h = 420;
  const seatTop = y - 0.2225 * h;
  s += seat(560, y, seatTop, 1, C.orange, 'arm', C.ink) + seat(1040, y, seatTop, -1, C.green, 'arm', C.ink);
  s += person({
    x: 560,
    y,
    h,
    pose: 'sit',
    face: 1,
    body: C.white,
    head: C.orange,
    hair: 'short',
    acc: ['mic'],
    legs: C.ink2,
    arms: ['lap', 'give'],
    hold: { r: 'tablet' },
  });
  s += person({
    x: 1040,
    y,
    h,
    pose: 'sit',
    face: -1,
    body: C.lime,
    head: C.paper,
    hair: 'long',
    acc: ['mic'],
    legs: C.ink2,
    arms: ['give', 'lap'],
  });
  s +=
    rect(760, 770, 80, 14, C.white, 4) +
    rect(794, 780, 12, 80, C.white) +
    rect(776, 740, 20, 30, C.sky, 4) +
    rect(806, 744, 18, 26, C.orange, 4);
  // camera in the foreground
  s +=
    polyline(
      [
        [1390, 1000],
        [1440, 760],
        [1490, 1000],
      ],
      C.paper,
      12,
    ) + line(1440, 760, 1440, 1000, C.paper, 10);
  s +=
    rect(1340, 640, 230, 130, C.paper, 14) +
    rect(1260, 670, 90, 80, C.white, 8) +
    ring(1260, 710, 34, C.ink, 10) +
    circle(1540, 662, 12, C.orange) +
    rect(1390, 610, 120, 30, C.paper, 6);
  return s;
}

function netwerkborrel(rng) {
  let s = bg(C.ink2);
  // tall windows in an old hall at dusk
  for (let i = 0; i < 5; i++) s += archWindow(80 + i * 310, 170, 200, 430, C.sky, C.ink);
  s += rect(0, 660, W, 340, C.greenDark);
  // bar
  s += rect(1250, 520, 330, 180, C.ink, 6) + rect(1240, 510, 350, 20, C.paper, 6);
  for (let i = 0; i < 5; i++)
    s += rect(1280 + i * 56, 440, 20, 70, [C.lime, C.orange, C.sky, C.white, C.green][i], 6);
  for (const [a, b, c, d, sag] of [
    [-20, 60, 820, 110, 70],
    [780, 110, 1620, 50, 70],
    [-20, 220, 1620, 230, 60],
  ])
    s += stringLights(a, b, c, d, sag, [C.lime, C.orange, C.white], 16, { wire: C.paper, r: 9 });
  for (const [tx, ty] of [
    [280, 860],
    [780, 830],
    [1270, 890],
  ]) {
    const look = { avoid: [C.ink2, C.sky, C.greenDark] };
    s += folk(
      rng,
      { x: tx + between(rng, -30, 30), y: ty - 60, h: 285, arms: ['drink', 'down'], hold: { l: 'glass' } },
      look,
    );
    s +=
      highTable(tx, ty, 190, C.paper, C.paper) +
      rect(tx - 40, ty - 232, 12, 26, C.lime, 3) +
      rect(tx + 24, ty - 234, 12, 28, C.orange, 3);
    s += folk(
      rng,
      { x: tx - 150, y: ty + 30, h: 320, face: 1, arms: ['down', 'drink'], hold: { r: 'glass' } },
      look,
    );
    s += folk(rng, { x: tx + 150, y: ty + 30, h: 320, face: -1, arms: ['give', 'down'] }, look);
  }
  return s;
}

function matchmaking(rng) {
  let s = bg(C.paper);
  // two worlds: companies (left) and talent (right)
  s += path(roundBox(-40, 120, 620, 820, 60, 60), C.ink2);
  s +=
    sawtooth(40, 520, 520, 4, 80, C.ink, C.ink) +
    rect(40, 520, 480, 200, C.ink) +
    rect(440, 300, 50, 240, C.ink) +
    gear(150, 330, 70, 10, C.ink, { holes: 5 });
  s += path(roundBox(1020, 120, 620, 820, 60, 60), C.green);
  s +=
    house(1100, 640, 150, 150, {
      wall: C.greenDark,
      roof: C.greenDark,
      win: C.green,
      frame: C.greenDark,
      door: C.greenDark,
    }) +
    tree(1360, 640, 260, { crown: C.greenDark, trunk: C.greenDark }) +
    leaf(1480, 640, 220, 20, C.greenDark, C.green);
  const h = 330;
  const left = [
    [110, 830, C.orange, ['hardhat']],
    [260, 790, C.sky, ['glasses', 'lanyard']],
    [410, 850, C.white, ['vest']],
    [230, 975, C.lime, []],
  ];
  const right = [
    [1190, 850, C.orange, ['backpack']],
    [1340, 790, C.white, ['glasses']],
    [1490, 830, C.lime, []],
    [1370, 975, C.sky, ['backpack']],
  ];
  // every person reaches into the middle; the lines run hand to hand
  const hand = ([x, y], dir) => [x + dir * 0.37 * h, y - 0.57 * h];
  const lh = left.map((p) => hand(p, 1));
  const rh = right.map((p) => hand(p, -1));
  const links = [
    [0, 1],
    [1, 0],
    [2, 3],
    [3, 2],
    [1, 2],
  ];
  links.forEach(([a, b], i) => {
    const [x1, y1] = lh[a];
    const [x2, y2] = rh[b];
    const col = [C.orange, C.green, C.ink2, C.orange, C.sky][i];
    s += strokePath(
      `M${f(x1)} ${f(y1)}C${f(x1 + 380)} ${f(y1 - 120)} ${f(x2 - 380)} ${f(y2 + 120)} ${f(x2)} ${f(y2)}`,
      col,
      8,
    );
  });
  s += circle(800, 560, 46, C.lime) + ring(800, 560, 46, C.ink, 8) + circle(800, 560, 14, C.ink);
  const draw = (list, anchors, face) =>
    list
      .map((p, i) => [p, anchors[i]])
      .sort((a, b) => a[0][1] - b[0][1])
      .map(([[x, y, body, acc], a]) =>
        person({
          x,
          y,
          h,
          body,
          acc,
          head: C.paper,
          hat: C.lime,
          packColor: C.ink2,
          hair: pick(rng, HAIRS),
          arms: face === 1 ? ['down', a] : [a, 'down'],
          face,
          legs: C.ink,
        }),
      )
      .join('');
  s += draw(left, lh, 1) + draw(right, rh, -1);
  return s;
}

function twenteGoesTechno(rng) {
  let s = bg(C.ink2);
  for (let i = 0; i < 4; i++) s += windowGrid(60 + i * 400, 90, 280, 320, 3, 3, C.sky, C.ink, 10);
  s += rect(0, 440, W, 30, C.orange) + hazard(0, 440, 200, 30, C.ink, C.lime, 14);
  s += rect(0, 800, W, 200, C.greenDark) + rect(0, 830, W, 10, C.lime) + rect(0, 980, W, 10, C.lime);
  // the machine with conveyor
  s += rect(820, 470, 520, 330, C.paper, 12) + rect(850, 500, 200, 140, C.ink, 8);
  s += gear(950, 570, 52, 10, C.lime, { holes: 4 });
  for (let i = 0; i < 3; i++) s += circle(1120 + i * 50, 530, 16, [C.lime, C.orange, C.green][i]);
  s += rect(1090, 580, 200, 60, C.sky, 6) + hazard(820, 740, 520, 60, C.ink, C.lime, 22);
  s += rect(1340, 650, 260, 24, C.ink) + circle(1360, 662, 14, C.ink2) + circle(1580, 662, 14, C.ink2);
  for (const x of [1390, 1480]) s += rect(x, 600, 56, 50, C.orange, 4);
  s +=
    gear(1250, 470, 70, 12, C.green, { holes: 5 }) +
    rect(1380, 674, 14, 126, C.ink) +
    rect(1550, 674, 14, 126, C.ink);
  // guide
  s += person({
    x: 700,
    y: 880,
    h: 420,
    body: C.greenDark,
    head: C.paper,
    hair: 'short',
    acc: ['hardhat', 'vest'],
    hat: C.orange,
    face: 1,
    arms: ['hold', 'point'],
    hold: { l: 'tablet' },
  });
  // pupils, smaller, all with helmets
  const kids = [
    [100, 905, C.orange, C.lime],
    [225, 950, C.sky, C.white],
    [345, 895, C.lime, C.orange],
    [460, 960, C.white, C.lime],
    [560, 915, C.orange, C.white],
  ];
  kids.sort((a, b) => a[1] - b[1]);
  for (const [x, y, body, hat] of kids)
    s += person({
      x,
      y,
      h: 260,
      body,
      head: pick(
        rng,
        [C.paper, C.orange, C.sky].filter((c) => c !== body),
      ),
      hat,
      hair: pick(rng, HAIRS),
      acc: ['hardhat', 'backpack'],
      packColor: pick(
        rng,
        [C.green, C.ink2, C.orange].filter((c) => c !== body),
      ),
      arms: x === 360 ? ['down', 'up'] : ['down', 'down'],
      face: 1,
    });
  return s;
}

function campus() {
  let s = bg(C.sky);
  s += sun(260, 170, 75, C.lime, 12);
  s += cloud(560, 170, 50) + cloud(1380, 120, 45);
  // glass faculty building
  s += rect(780, 230, 760, 470, C.white);
  s += windowGrid(800, 250, 720, 430, 8, 5, C.sky, C.ink2, 8);
  for (let i = 0; i < 5; i++)
    s += poly(
      [
        [840 + i * 140, 680],
        [900 + i * 140, 250],
        [930 + i * 140, 250],
        [870 + i * 140, 680],
      ],
      C.white,
    );
  s += rect(760, 220, 800, 24, C.ink2) + rect(1080, 560, 140, 140, C.ink2);
  s += poly(
    [
      [820, 220],
      [980, 220],
      [960, 180],
      [840, 180],
    ],
    C.green,
  );
  s += rect(0, 660, W, 340, C.green);
  for (const [x, h, kind, c] of [
    [90, 380, 'round', C.greenDark],
    [240, 300, 'tall', C.green],
    [380, 420, 'oak', C.greenDark],
    [600, 260, 'round', C.lime],
    [1560, 360, 'round', C.greenDark],
    [720, 330, 'tall', C.greenDark],
  ])
    s += tree(x, 700, h, { kind, crown: c, crown2: C.green });
  // pond and path
  s +=
    ellipse(420, 860, 330, 80, C.sky) +
    strokePath('M200 860q40 -14 80 0M420 890q40 -14 80 0M520 840q40 -14 80 0', C.white, 6);
  s += path('M800 1000C860 860 1000 760 1300 720L1400 720C1120 780 980 880 940 1000Z', C.paper);
  for (let i = 0; i < 4; i++) s += bike(1320 + i * 70, 770, 110, [C.orange, C.ink2, C.lime, C.white][i]);
  s += cyclist(980, 930, 230, { body: C.orange, bikeC: C.ink2, hair: 'bun', head: C.paper });
  s += person({
    x: 1180,
    y: 800,
    h: 230,
    pose: 'walk',
    body: C.ink2,
    hair: 'curly',
    acc: ['backpack'],
    packColor: C.lime,
    face: -1,
  });
  s += person({
    x: 1260,
    y: 860,
    h: 250,
    pose: 'walk',
    body: C.white,
    hair: 'long',
    hold: { r: 'bag' },
    face: -1,
    itemColor: C.orange,
  });
  // student on a bench with a laptop
  s += rect(600, 846, 230, 14, C.white, 4) + rect(612, 846, 12, 60, C.white);
  s += person({
    x: 700,
    y: 960,
    h: 230,
    pose: 'sit',
    body: C.lime,
    hair: 'pony',
    face: 1,
    arms: ['type', 'type'],
  });
  s +=
    rect(600, 909, 230, 14, C.white, 4) + rect(612, 920, 12, 40, C.white) + rect(806, 920, 12, 40, C.white);
  s += rect(730, 884, 70, 9, C.ink2, 3) + line(798, 888, 818, 832, C.ink2, 9);
  return s;
}

function terugkeerTrein() {
  let s = bg(C.orange);
  s += rect(0, 0, W, 140, C.ink2) + rect(0, 140, W, 40, C.ink2);
  s += circle(1220, 520, 120, C.lime);
  // horizon with the home
  s += path('M0 560C300 520 600 540 900 560S1400 520 1600 540L1600 700L0 700Z', C.greenDark);
  s += house(1240, 560, 120, 90, {
    wall: C.ink,
    roof: C.ink,
    win: C.lime,
    frame: C.ink,
    door: C.ink,
    lit: C.lime,
  });
  s +=
    circle(1269, 503, 24, C.lime) +
    tree(1420, 560, 120, { crown: C.ink2, trunk: C.ink2 }) +
    tree(1130, 560, 100, { crown: C.ink2, trunk: C.ink2 });
  s += rect(0, 640, W, 60, C.ink2);
  // arriving train and platform
  s += rails(0, W, 700, { rail: C.ink, sleeper: C.ink });
  s += train(-600, 700, 1500, { body: C.white, band: C.green, cars: 3, light: C.lime });
  s += rect(0, 740, W, 260, C.paper) + hazard(0, 740, W, 26, C.ink, C.lime, 22);
  // canopy edge
  s += rect(0, 180, 560, 40, C.ink) + rect(480, 220, 18, 520, C.ink);
  // traveller with suitcase looking at the horizon
  s += person({
    x: 1040,
    y: 960,
    h: 400,
    face: 1,
    body: C.sky,
    head: C.paper,
    hair: 'long',
    acc: ['scarf'],
    scarf: C.lime,
    arms: ['down', 'down'],
    hold: { r: 'suitcase' },
    itemColor: C.orange,
    legs: C.ink,
  });
  return s;
}

function terugkeerHuis(rng) {
  let s = bg(C.sky);
  s += sun(1420, 150, 60, C.lime);
  s += cloud(300, 140, 45);
  // Twente landscape behind the garden
  s += path('M0 470C300 420 600 440 900 470S1400 430 1600 450L1600 640L0 640Z', C.greenDark);
  s += path('M0 540C400 500 900 520 1600 560L1600 700L0 700Z', C.lime);
  for (let i = 0; i < 7; i++) s += line(200 + i * 190, 700, 300 + i * 160, 530, C.green, 6);
  s += hallenhuis(180, 520, 80);
  s +=
    tree(120, 525, 130, { kind: 'oak', crown: C.green, crown2: C.greenDark }) +
    tree(460, 500, 120, { kind: 'oak', crown: C.green });
  s += tree(1500, 520, 150, { kind: 'oak', crown: C.green, crown2: C.greenDark });
  // row houses
  s += rect(0, 690, W, 310, C.green);
  s += house(560, 770, 240, 250, { wall: C.white, roof: C.ink, door: C.ink2, frame: C.ink2 });
  s += house(800, 770, 240, 250, { wall: C.orange, roof: C.ink, door: C.greenDark });
  s += house(1040, 770, 240, 250, { wall: C.paper, roof: C.ink, door: C.ink2, frame: C.ink2 });
  s += rect(540, 770, 760, 14, C.ink2);
  // garden: hedge, path, flowers
  s += path('M920 784L980 784L1050 1000L860 1000Z', C.paper);
  for (let x = 20; x < W; x += 36) if (x < 880 || x > 1030) s += rect(x, 860, 14, 70, C.white, 4);
  s += rect(0, 880, 880, 10, C.white) + rect(1030, 880, 570, 10, C.white);
  for (let i = 0; i < 14; i++)
    s += circle(between(rng, 40, 860), between(rng, 940, 990), 12, pick(rng, [C.orange, C.lime, C.white]));
  // family
  s += person({
    x: 700,
    y: 950,
    h: 360,
    body: C.green,
    head: C.orange,
    hair: 'short',
    legs: C.ink,
    arms: ['down', 'wave'],
  });
  s += person({
    x: 820,
    y: 950,
    h: 220,
    body: C.orange,
    head: C.paper,
    hair: 'pony',
    legs: C.ink2,
    arms: ['up', 'down'],
  });
  s += person({
    x: 1150,
    y: 960,
    h: 340,
    body: C.sky,
    head: C.paper,
    hair: 'long',
    shape: 'dress',
    legs: C.ink,
    arms: ['down', 'down'],
    hold: { l: 'bag' },
    itemColor: C.lime,
  });
  s += person({
    x: 1260,
    y: 960,
    h: 180,
    body: C.lime,
    head: C.orange,
    hair: 'curly',
    legs: C.ink2,
    arms: ['up', 'down'],
  });
  return s;
}

function twenteLandschap(rng) {
  let s = bg(C.sky);
  s += sun(1300, 170, 70, C.lime, 12);
  s += cloud(240, 180, 55) + cloud(860, 120, 40);
  // city on the horizon (Hengelo: chimney, towers) and wind turbines
  s +=
    skyline(rng, 900, 1450, 480, C.ink2, { min: 30, max: 110, minW: 30, maxW: 70 }) +
    rect(1130, 320, 22, 160, C.ink2);
  s += turbine(1500, 480, 180, C.white, 30) + turbine(1570, 480, 150, C.white, 70);
  s += path('M0 480C300 440 700 470 1000 480S1400 460 1600 470L1600 1000L0 1000Z', C.greenDark);
  s += path('M0 600C400 520 800 560 1100 600S1450 620 1600 580L1600 1000L0 1000Z', C.green);
  s += clip(
    0,
    560,
    W,
    440,
    path('M0 700C400 640 800 700 1600 680L1600 1000L0 1000Z', C.lime) +
      range(12)
        .map((i) => line(-200 + i * 170, 1000, 300 + i * 110, 640, C.green, 8))
        .join(''),
  );
  // farmhouse, oaks, fences
  s += hallenhuis(180, 600, 190);
  for (const [x, y, h] of [
    [110, 600, 240],
    [700, 560, 200],
    [820, 585, 230],
    [1380, 560, 170],
    [1480, 600, 220],
  ])
    s += tree(x, y, h, { kind: 'oak', crown: C.greenDark, crown2: C.green });
  for (let x = 560; x < 1000; x += 44) s += rect(x, 620, 8, 44, C.white);
  s += rect(560, 630, 440, 6, C.white);
  // winding bike path with a cyclist
  s += path(
    'M640 1000C700 880 1040 820 980 720S760 640 860 600L890 600C810 650 1040 700 1030 740S780 880 760 1000Z',
    C.paper,
  );
  s += cyclist(870, 880, 200, { body: C.orange, bikeC: C.ink2, hair: 'bun', head: C.paper });
  s += bush(80, 1000, 160) + bush(1500, 1000, 180, C.greenDark) + bush(1320, 1000, 110, C.green);
  return s;
}

// Video-interview posters: one large figure, themed backdrop, viewfinder corners.
function viewfinder(col = C.white) {
  const m = 50;
  const l = 90;
  const w = 12;
  return [
    [m, m, 1, 1],
    [W - m, m, -1, 1],
    [m, H - m, 1, -1],
    [W - m, H - m, -1, -1],
  ]
    .map(([x, y, dx, dy]) =>
      polyline(
        [
          [x, y + dy * l],
          [x, y],
          [x + dx * l, y],
        ],
        col,
        w,
      ),
    )
    .join('');
}
const bust = (x, o) => person({ x, y: 1360, h: 1100, ...o });

function portret1() {
  let s = bg(C.sky);
  s += rect(820, 380, 780, 620, C.ink2) + sawtooth(820, 1600, 382, 5, 110, C.ink, C.white);
  for (let i = 0; i < 4; i++) s += archWindow(880 + i * 180, 470, 100, 220, C.sky, C.ink);
  s +=
    poly(
      [
        [1380, 380],
        [1460, 380],
        [1445, 80],
        [1395, 80],
      ],
      C.orange,
    ) +
    rect(1388, 96, 64, 14, C.white) +
    rect(1385, 200, 70, 14, C.white);
  s += rect(820, 760, 780, 240, C.green) + hazard(820, 740, 780, 26, C.ink, C.lime, 20);
  s += gear(1250, 900, 150, 14, C.lime, { holes: 6 }) + gear(1455, 830, 80, 9, C.white, { rot: 0.2 });
  s += gear(150, 150, 110, 12, C.white, { holes: 5, rot: 0.1 });
  s += bust(560, {
    body: C.orange,
    head: C.paper,
    hair: 'short',
    acc: ['hardhat', 'vest'],
    hat: C.lime,
    legs: C.ink,
    arms: ['down', 'hold'],
    hold: { r: 'wrench' },
    toolColor: C.white,
  });
  return s + viewfinder();
}

function portret2() {
  let s = bg(C.green);
  // hospital building with a plus sign
  s += rect(700, 200, 820, 800, C.white);
  s += windowGrid(740, 420, 740, 520, 6, 4, C.sky, C.white, 18);
  s +=
    circle(1110, 300, 80, C.green) +
    rect(1090, 245, 40, 110, C.white, 6) +
    rect(1055, 280, 110, 40, C.white, 6);
  s += rect(680, 180, 860, 28, C.greenDark);
  s += tree(1560, 1000, 420, { crown: C.greenDark, trunk: C.ink2 });
  s += path('M120 170c-30-46-104-26-88 30 10 38 88 86 88 86s78-48 88-86c16-56-58-76-88-30z', C.lime);
  s += bust(1020 - 600 + 60, {
    body: C.sky,
    head: C.orange,
    hairColor: C.ink,
    hair: 'bun',
    acc: ['stethoscope'],
    stethColor: C.white,
    arms: ['down', 'hold'],
    hold: { r: 'tablet' },
    itemColor: C.ink,
  });
  return s + viewfinder();
}

function portret3(rng) {
  let s = bg(C.ink2);
  s += windowGrid(760, 80, 820, 560, 4, 3, C.sky, C.ink, 14);
  s += clip(774, 94, 792, 532, skyline(rng, 760, 1580, 640, C.white, { min: 100, max: 380, win: C.sky }));
  s +=
    rect(700, 660, 900, 340, C.ink) +
    network(rng, 760, 700, 1560, 960, 14, C.ink2, [C.lime, C.green, C.sky], { r: 8 });
  s += monitor(110, 120, 300, 190, rng);
  s += bust(1030, {
    body: C.lime,
    head: C.paper,
    hair: 'curly',
    acc: ['glasses', 'lanyard'],
    lanyard: C.ink2,
    arms: ['hold', 'hold'],
    hold: { r: 'laptop' },
    itemColor: C.white,
    face: -1,
  });
  return s + viewfinder(C.lime);
}

function portret4() {
  let s = bg(C.sky);
  s += cloud(1000, 140, 50);
  // station: canopy, train, platform
  s += rect(0, 170, W, 44, C.ink) + rect(0, 212, W, 12, C.lime);
  for (const x of [380, 1180]) s += rect(x - 10, 224, 20, 500, C.ink);
  s += rails(0, W, 660, { rail: C.ink, sleeper: C.ink });
  s += train(-200, 660, 2000, { body: C.white, band: C.green, cars: 3 });
  s += rect(0, 700, W, 300, C.paper) + hazard(0, 700, W, 24, C.ink, C.lime, 20);
  // commuter with bike (full figure)
  s += bike(900, 960, 420, C.orange);
  s += person({
    x: 620,
    y: 960,
    h: 640,
    body: C.greenDark,
    head: C.orange,
    hair: 'side',
    acc: ['backpack', 'scarf'],
    packColor: C.lime,
    scarf: C.sky,
    legs: C.ink,
    arms: ['down', [1020, 660]],
    face: 1,
  });
  return s + viewfinder();
}

function portret5() {
  let s = bg(C.ink);
  s += circle(1150, 430, 330, C.ink2) + circle(1150, 430, 220, C.greenDark);
  for (const x of [760, 1540])
    s +=
      line(x, 1000, x, 380, C.ink2, 14) +
      rotate(
        x < 1000 ? 18 : -18,
        x,
        330,
        rect(x - 70, 270, 140, 110, C.ink2, 12) + rect(x - 54, 372, 108, 18, C.lime, 6),
      );
  s += rect(0, 40, W, 18, C.ink2);
  for (const x of [300, 700, 1100, 1450]) s += circle(x, 70, 14, C.orange);
  // microphone on a boom in front
  s +=
    line(940, 1000, 940, 760, C.paper, 12) +
    line(940, 760, 800, 640, C.paper, 10) +
    path(roundBox(760, 580, 60, 100, 30, 30), C.paper) +
    rect(760, 620, 60, 8, C.ink2);
  s += bust(540, {
    body: C.white,
    head: C.orange,
    hair: 'pony',
    hairColor: C.paper,
    acc: ['glasses', 'headphones'],
    phones: C.lime,
    arms: ['hold', 'down'],
  });
  return s + viewfinder(C.lime);
}

function portret6() {
  let s = bg(C.sky);
  s += sun(1420, 160, 70, C.lime, 12);
  // greenhouse and vegetable beds
  s +=
    rect(820, 330, 560, 360, C.white) +
    poly(
      [
        [800, 334],
        [1100, 180],
        [1400, 334],
      ],
      C.white,
    );
  s +=
    windowGrid(840, 350, 520, 320, 5, 3, C.sky, C.white, 10) +
    poly(
      [
        [840, 330],
        [1100, 200],
        [1360, 330],
      ],
      C.sky,
    );
  for (let i = 1; i < 5; i++) s += line(840 + i * 104, 330, 1100, 200, C.white, 8);
  s += rect(0, 690, W, 310, C.greenDark);
  for (let row = 0; row < 3; row++)
    for (let i = 0; i < 10; i++)
      s += leaf(
        760 + i * 90 + (row % 2) * 40,
        760 + row * 90,
        70,
        i % 2 ? -20 : 20,
        row === 1 ? C.lime : C.green,
        C.greenDark,
      );
  s += tree(150, 700, 460, { kind: 'oak', crown: C.green, crown2: C.greenDark, trunk: C.ink2 });
  s += bust(520, {
    body: C.ink2,
    head: C.paper,
    hair: 'long',
    hairColor: C.orange,
    acc: ['apron'],
    apron: C.lime,
    arms: ['hold', 'hold'],
    hold: { r: 'plant' },
    potColor: C.orange,
  });
  return s + viewfinder();
}

// Iris: an engineer with a tablet before battery containers, a pylon and wind turbines.
function portret7() {
  let s = bg(C.sky);
  s += sun(1450, 150, 60, C.lime, 10);
  s += turbine(980, 640, 420, C.white, 10) + turbine(1260, 640, 340, C.white, 40);
  // pylon with cables
  s +=
    poly(
      [
        [1440, 700],
        [1500, 240],
        [1560, 700],
      ],
      C.ink2,
    ) +
    rect(1430, 320, 140, 14, C.ink2) +
    rect(1445, 420, 110, 12, C.ink2);
  s += rect(0, 640, W, 360, C.green);
  // battery containers with a lightning stripe
  for (const [x, col] of [
    [760, C.white],
    [1080, C.lime],
  ])
    s +=
      rect(x, 560, 290, 200, col, 8) +
      rect(x + 20, 585, 250, 16, C.ink2) +
      rect(x + 20, 725, 250, 12, C.ink2);
  s += hazard(760, 760, 610, 24, C.ink, C.lime, 20);
  s += bust(520, {
    body: C.ink2,
    head: C.paper,
    hair: 'long',
    hairColor: C.orange,
    acc: ['hardhat', 'vest'],
    hat: C.white,
    arms: ['hold', 'down'],
    hold: { r: 'tablet' },
    itemColor: C.ink,
    face: 1,
  });
  return s + viewfinder();
}

// Priya: a mechanical engineer in safety glasses holding a gear, a test rig and the factory behind.
function portret8() {
  let s = bg(C.ink2);
  s += rect(700, 300, 900, 700, C.ink) + sawtooth(700, 1600, 302, 5, 100, C.ink, C.sky);
  s += gear(1150, 640, 190, 16, C.orange, { holes: 6 }) + gear(1390, 800, 110, 11, C.lime, { rot: 0.3 });
  s += gear(960, 860, 80, 9, C.white, { rot: 0.1 });
  s += rect(700, 930, 900, 70, C.greenDark) + hazard(700, 910, 900, 22, C.ink, C.lime, 20);
  s += gear(170, 170, 100, 12, C.green, { holes: 5 });
  s += bust(520, {
    body: C.white,
    head: C.orange,
    hair: 'bun',
    hairColor: C.ink,
    acc: ['safety', 'lanyard'],
    lanyard: C.green,
    arms: ['down', 'hold'],
    hold: { r: 'wrench' },
    toolColor: C.ink2,
    face: 1,
  });
  return s + viewfinder(C.lime);
}

function broedplaats() {
  let s = bg(C.orange);
  // old brick hall: arched windows high up
  for (let i = 0; i < 6; i++) s += archWindow(70 + i * 260, 60, 150, 240, C.sky, C.ink2);
  for (let y = 330; y < 800; y += 40)
    for (let x = (y / 40) % 2 ? 0 : -40; x < W; x += 80) s += rect(x, y, 4, 40, C.ink2);
  // the painted mural wall
  s += rect(520, 340, 1000, 460, C.paper);
  s += clip(
    520,
    340,
    1000,
    460,
    circle(700, 520, 120, C.lime) +
      circle(700, 520, 60, C.orange) +
      poly(
        [
          [860, 760],
          [980, 400],
          [1100, 760],
        ],
        C.sky,
      ) +
      polyline(
        [
          [1120, 420],
          [1180, 500],
          [1240, 420],
          [1300, 500],
          [1360, 420],
          [1420, 500],
        ],
        C.green,
        26,
      ) +
      rect(1160, 580, 260, 160, C.ink2, 80) +
      gear(1290, 660, 60, 10, C.lime, { holes: 4 }) +
      [600, 660, 760, 980]
        .map((x, i) => rect(x, 640, 14, 60 + i * 20, [C.lime, C.orange, C.sky, C.green][i], 7))
        .join(''),
  );
  s += rect(0, 800, W, 200, C.ink2);
  for (let i = 0; i < 4; i++)
    s += line(300 + i * 360, 0, 300 + i * 360, 120, C.ink, 4) + circle(300 + i * 360, 130, 16, C.lime);
  // easels with canvases
  for (const [x, c] of [
    [220, C.green],
    [420, C.sky],
  ]) {
    s +=
      polyline(
        [
          [x - 60, 940],
          [x, 560],
          [x + 60, 940],
        ],
        C.paper,
        10,
      ) + line(x, 600, x + 10, 940, C.paper, 8);
    s +=
      rect(x - 80, 580, 160, 190, C.white) +
      circle(x - 20, 650, 40, c) +
      poly(
        [
          [x + 10, 740],
          [x + 60, 660],
          [x + 70, 740],
        ],
        C.orange,
      );
  }
  s += person({
    x: 600,
    y: 950,
    h: 360,
    body: C.white,
    head: C.orange,
    hair: 'bun',
    acc: ['apron'],
    apron: C.sky,
    face: -1,
    arms: ['out', 'down'],
    hold: { l: 'brush' },
    paint: C.green,
  });
  s += person({
    x: 1010,
    y: 930,
    h: 380,
    body: C.green,
    head: C.paper,
    hair: 'curly',
    acc: ['backpack'],
    packColor: C.ink,
    face: 1,
    arms: ['down', 'up'],
    hold: { r: 'spray' },
    paint: C.orange,
  });
  // workbench with a maker
  s +=
    rect(1180, 800, 360, 24, C.paper, 4) +
    rect(1200, 824, 18, 150, C.paper) +
    rect(1500, 824, 18, 150, C.paper);
  s += person({
    x: 1380,
    y: 950,
    h: 340,
    body: C.lime,
    head: C.paper,
    hair: 'short',
    acc: ['safety'],
    lens: C.sky,
    face: -1,
    arms: ['give', 'give'],
  });
  s +=
    rect(1180, 780, 360, 24, C.paper, 4) +
    gear(1260, 760, 30, 8, C.orange) +
    rect(1420, 750, 80, 30, C.sky, 4);
  return s;
}

function stage(rng) {
  let s = bg(C.sky);
  // window onto the factory
  s += windowGrid(80, 120, 560, 460, 2, 2, C.white, C.ink2, 16);
  s += clip(
    96,
    136,
    528,
    428,
    rect(96, 136, 528, 428, C.sky) +
      rect(96, 400, 528, 200, C.ink2) +
      sawtooth(96, 624, 402, 4, 80, C.ink, C.white) +
      poly(
        [
          [480, 400],
          [540, 400],
          [528, 170],
          [492, 170],
        ],
        C.orange,
      ) +
      rect(488, 210, 44, 10, C.white) +
      rect(96, 520, 528, 60, C.green),
  );
  s += rect(60, 580, 600, 20, C.white);
  // shelf with binders, no labels
  s += rect(1100, 200, 420, 16, C.ink2);
  for (let i = 0; i < 9; i++)
    s += rect(
      1120 + i * 42,
      100 + (i % 3) * 6,
      34,
      100 - (i % 3) * 6,
      [C.green, C.orange, C.lime, C.white, C.greenDark][i % 5],
      4,
    );
  s += rect(0, 820, W, 180, C.ink2);
  s += plant(1470, 830, 320, { pot: C.white });
  // desk
  s +=
    rect(700, 610, 660, 26, C.white, 6) +
    rect(730, 636, 20, 190, C.white) +
    rect(1310, 636, 20, 190, C.white);
  s += laptopFront(1010, 606, 180, rng) + rect(1240, 560, 40, 50, C.orange, 8);
  // intern at the desk and mentor pointing at the screen
  s += seat(820, 860, 860 - 0.2225 * 480, 1, C.green, 'office', C.ink);
  s += person({
    x: 820,
    y: 860,
    h: 480,
    pose: 'sit',
    face: 1,
    body: C.orange,
    head: C.paper,
    hair: 'pony',
    acc: ['lanyard'],
    lanyard: C.green,
    legs: C.ink,
    arms: ['type', 'type'],
  });
  s += person({
    x: 1230,
    y: 900,
    h: 560,
    face: -1,
    body: C.greenDark,
    head: C.orange,
    hair: 'short',
    acc: ['glasses'],
    legs: C.ink,
    arms: ['point', 'hold'],
    hold: { r: 'cup' },
    itemColor: C.white,
  });
  return s;
}

const SCENES = {
  maakstad,
  'stork-hal': storkHal,
  spoorzone,
  'station-hengelo': stationHengelo,
  'techniek-lab': techniekLab,
  zorg,
  ict,
  onderwijs,
  'co-living': coLiving,
  'hart-van-hengelo': hartVanHengelo,
  festival,
  talenttop,
  talkshow,
  netwerkborrel,
  matchmaking,
  'twente-goes-techno': twenteGoesTechno,
  campus,
  'terugkeer-trein': terugkeerTrein,
  'terugkeer-huis': terugkeerHuis,
  'twente-landschap': twenteLandschap,
  'portret-1': portret1,
  'portret-2': portret2,
  'portret-3': portret3,
  'portret-4': portret4,
  'portret-5': portret5,
  'portret-6': portret6,
  'portret-7': portret7,
  'portret-8': portret8,
  broedplaats,
  stage,
};

export function renderSvg(name) {
  uid = 0;
  const body = SCENES[name](rngFor(name));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

async function main() {
  const only = process.argv.slice(2).map((n) => n.replace(/\.jpg$/, ''));
  const unknown = only.filter((n) => !(n in SCENES));
  if (unknown.length) throw new Error(`unknown image(s): ${unknown.join(', ')}`);
  await mkdir(OUT, { recursive: true });
  for (const name of Object.keys(SCENES)) {
    if (only.length && !only.includes(name)) continue;
    const buf = await sharp(Buffer.from(renderSvg(name)))
      .jpeg({ quality: 78, mozjpeg: true })
      .toBuffer();
    const file = join(OUT, `${name}.jpg`);
    const old = await readFile(file).catch(() => null);
    if (old && old.equals(buf)) continue; // unchanged: keep the file (and git) untouched
    await writeFile(file, buf);
    console.log(`wrote content/images/${name}.jpg (${Math.round(buf.length / 1024)} KB)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
