// Draws the sample content's images: the portrait, the case-study "screenshots" and a blog cover,
// then hides the redacted regions in the files themselves (as `npm run privacy -- bake` does).
// Everything is invented for the sample — brands, people, usernames and numbers — and drawn as
// SVG, then converted to PNG with sharp. Re-run after changing anything here, from the project folder
// (with the project's own Node 24, which npm install put in node_modules/.bin):
//
//   PATH=$PWD/node_modules/.bin:$PATH node scripts/sample/make-images.mjs
//
// Text uses the generic font family "sans-serif", so the output depends slightly on the fonts
// installed on the machine that runs it.

import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { bakeRedactions } from '../../src/content-folder/privacy/bake.ts';
import { escapeMarkup } from '../../src/lib/markup.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contentDir = path.join(root, 'content');

// ---------------------------------------------------------------------------------------------
// Small SVG helpers
// ---------------------------------------------------------------------------------------------

const FONT = 'sans-serif';

const esc = (value) => escapeMarkup(String(value));

function text(x, y, value, { size = 16, weight = 400, fill = '#1f2937', anchor = 'start', opacity, italic = false } = {}) {
  const extra = `${opacity !== undefined ? ` fill-opacity="${opacity}"` : ''}${italic ? ' font-style="italic"' : ''}`;
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${extra}>${esc(value)}</text>`;
}

function rect(x, y, w, h, { fill = '#fff', r = 0, stroke, strokeWidth = 1, opacity } = {}) {
  const strokeAttr = stroke ? ` stroke="${stroke}" stroke-width="${strokeWidth}"` : '';
  const opacityAttr = opacity !== undefined ? ` fill-opacity="${opacity}"` : '';
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}"${strokeAttr}${opacityAttr}/>`;
}

const line = (x1, y1, x2, y2, stroke = '#e5e7eb', width = 1, dash) =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;

const circle = (cx, cy, r, fill, extra = '') => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" ${extra}/>`;

/** Splits text into lines of at most `maxChars` characters, at spaces. */
function wrap(value, maxChars) {
  const lines = [];
  let current = '';
  for (const word of value.split(' ')) {
    if ((current + ' ' + word).trim().length > maxChars && current) {
      lines.push(current);
      current = word;
    } else {
      current = (current + ' ' + word).trim();
    }
  }
  if (current) lines.push(current);
  return lines;
}

function paragraph(x, y, value, { size = 16, lineHeight = 1.45, maxChars = 60, ...style } = {}) {
  const lines = wrap(value, maxChars);
  return {
    svg: lines.map((content, index) => text(x, y + index * size * lineHeight, content, { size, ...style })).join(''),
    height: lines.length * size * lineHeight,
  };
}

let gradientId = 0;
/** A circular avatar with initials on a two-colour gradient (no faces, no photos). */
function avatar(cx, cy, r, initials, [from, to]) {
  const id = `av${gradientId++}`;
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
    circle(cx, cy, r, `url(#${id})`) +
    text(cx, cy + r * 0.3, initials, { size: Math.round(r * 0.8), weight: 700, fill: '#fff', anchor: 'middle' })
  );
}

const svgDocument = (width, height, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

/** A browser-like window frame with a fictional address in the address bar. */
function browserFrame(width, height, address, { background = '#f3f4f6' } = {}) {
  return (
    rect(0, 0, width, height, { fill: background }) +
    rect(0, 0, width, 52, { fill: '#e5e7eb' }) +
    circle(26, 26, 7, '#f87171') +
    circle(48, 26, 7, '#fbbf24') +
    circle(70, 26, 7, '#34d399') +
    rect(110, 12, width - 220, 28, { fill: '#fff', r: 14 }) +
    text(132, 31, address, { size: 14, fill: '#6b7280' }) +
    line(0, 52, width, 52, '#d1d5db')
  );
}

function card(x, y, w, h, body = '') {
  return (
    rect(x + 1, y + 2, w, h, { fill: '#000', r: 12, opacity: 0.04 }) + rect(x, y, w, h, { fill: '#fff', r: 12, stroke: '#e5e7eb' }) + body
  );
}

function kpiCard(x, y, w, label, value, delta, { good = true, note } = {}) {
  const h = 118;
  const deltaColor = good ? '#047857' : '#b91c1c';
  const deltaBg = good ? '#d1fae5' : '#fee2e2';
  const deltaWidth = 16 + delta.length * 8.4;
  return card(
    x,
    y,
    w,
    h,
    text(x + 20, y + 32, label, { size: 14, fill: '#6b7280', weight: 600 }) +
      text(x + 20, y + 74, value, { size: 32, weight: 700, fill: '#111827' }) +
      rect(x + 20, y + 86, deltaWidth, 22, { fill: deltaBg, r: 11 }) +
      text(x + 20 + deltaWidth / 2, y + 102, delta, { size: 13, weight: 700, fill: deltaColor, anchor: 'middle' }) +
      (note ? text(x + 30 + deltaWidth, y + 102, note, { size: 13, fill: '#9ca3af' }) : ''),
  );
}

/** Deterministic pseudo-random numbers, so every run draws the same charts. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const formatK = (value) => (value >= 1000 ? `${(value / 1000).toFixed(value % 1000 === 0 ? 0 : 1)}K` : String(value));

/** Axes, gridlines and labels of a chart area; returns a function mapping data to pixels. */
function chartArea({ x, y, w, h, yMax, yMin = 0, yTicks = 5, yFormat = formatK, xLabels = [], labelColor = '#6b7280', grid = '#eef0f3' }) {
  let svg = '';
  for (let tick = 0; tick <= yTicks; tick++) {
    const value = yMin + ((yMax - yMin) * tick) / yTicks;
    const py = y + h - (h * tick) / yTicks;
    svg += line(x, py, x + w, py, grid);
    svg += text(x - 10, py + 5, yFormat(value), { size: 12, fill: labelColor, anchor: 'end' });
  }
  xLabels.forEach(({ at, label }) => {
    svg += text(x + at * w, y + h + 24, label, { size: 12, fill: labelColor, anchor: 'middle' });
  });
  const px = (fraction) => x + fraction * w;
  const py = (value) => y + h - ((value - yMin) / (yMax - yMin)) * h;
  return { svg, px, py };
}

async function save(relativePath, width, height, svg) {
  const file = path.join(contentDir, relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svgDocument(width, height, svg)), { density: 72 })
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 })
    .toFile(file);
  const { size } = await stat(file);
  console.log(`${relativePath.padEnd(64)} ${width}×${height}  ${(size / 1024).toFixed(0)} KB`);
}

// ---------------------------------------------------------------------------------------------
// Profile photo: an illustrated portrait (flat shapes, an invented face: no photo of anyone)
// ---------------------------------------------------------------------------------------------

function profileAvatar() {
  const size = 640;
  const skin = '#c68761';
  const skinShade = '#a9694b';
  const hair = '#231815';
  const kurta = '#115e59';
  const line = (d, stroke, width) => `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"/>`;
  const svg =
    `<defs>
      <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f7ece3"/><stop offset="1" stop-color="#efd9c8"/></linearGradient>
    </defs>` +
    rect(0, 0, size, size, { fill: 'url(#bg)' }) +
    circle(320, 300, 230, '#ead0bd') +
    // Hair behind the head and shoulders.
    `<path d="M188 310 C176 178 252 118 320 118 C388 118 464 178 452 310 L470 530 C420 572 220 572 170 530 Z" fill="${hair}"/>` +
    // Shoulders in a kurta, with its neckline.
    `<path d="M96 640 C106 540 196 498 262 490 L378 490 C444 498 534 540 544 640 Z" fill="${kurta}"/>` +
    `<path d="M284 400 L356 400 L362 496 C342 514 298 514 278 496 Z" fill="${skinShade}"/>` +
    `<path d="M276 490 L320 552 L364 490 Z" fill="${skinShade}"/>` +
    `<path d="M262 490 L320 566 L378 490" fill="none" stroke="#0b4a46" stroke-width="6" stroke-linejoin="round"/>` +
    // Face, ears and earrings.
    `<ellipse cx="228" cy="312" rx="15" ry="25" fill="${skinShade}"/><ellipse cx="412" cy="312" rx="15" ry="25" fill="${skinShade}"/>` +
    `<ellipse cx="320" cy="300" rx="92" ry="116" fill="${skin}"/>` +
    circle(228, 346, 8, '#d4a21a') +
    circle(412, 346, 8, '#d4a21a') +
    // Hair over the forehead, parted in the middle.
    `<path d="M224 312 C212 190 280 158 320 160 C360 158 428 190 416 312 C404 246 364 210 322 206 C278 210 236 246 224 312 Z" fill="${hair}"/>` +
    // Eyebrows, eyes, nose, a smile and a little colour in the cheeks.
    line('M266 282 Q286 270 306 279', hair, 6) +
    line('M334 279 Q354 270 374 282', hair, 6) +
    `<ellipse cx="287" cy="306" rx="7.5" ry="9" fill="#2a1a14"/><ellipse cx="353" cy="306" rx="7.5" ry="9" fill="#2a1a14"/>` +
    line('M321 318 Q312 346 324 350', skinShade, 5) +
    line('M294 374 Q320 394 346 374', '#7a3428', 6) +
    circle(268, 348, 17, '#e07c6a', 'fill-opacity="0.3"') +
    circle(372, 348, 17, '#e07c6a', 'fill-opacity="0.3"');
  return save('images/asha-rao-avatar.png', size, size, svg);
}

// ---------------------------------------------------------------------------------------------
// Case study 1: Pebblepot Home (fictional D2C ceramics brand) — Instagram growth
// ---------------------------------------------------------------------------------------------

function pebblepotFollowers() {
  const width = 1440;
  const height = 900;
  const accent = '#be185d';
  // Daily follower counts for 90 days (1 Sep – 29 Nov 2022), with jumps at the campaign moments.
  const rand = random(7);
  const boosts = { 17: 5.5, 18: 4, 19: 2.5, 33: 4.5, 34: 6, 35: 3, 48: 3.5, 49: 7, 50: 4, 51: 2 };
  const gains = Array.from({ length: 90 }, (_, day) => (0.55 + day / 90) * (0.7 + rand() * 0.6) * (boosts[day] ?? 1));
  const totalGain = gains.reduce((sum, gain) => sum + gain, 0);
  const followers = [8400];
  for (const gain of gains) followers.push(followers.at(-1) + (gain / totalGain) * (28560 - 8400));

  let svg = browserFrame(width, height, 'insights.example/accounts/pebblepot.home/audience?range=90d');
  svg += text(40, 100, 'Audience overview', { size: 28, weight: 700, fill: '#111827' });
  svg += text(40, 128, '@pebblepot.home  ·  1 Sep – 29 Nov 2022 (90 days)  ·  compared with the previous 90 days', {
    size: 15,
    fill: '#6b7280',
  });
  svg +=
    rect(width - 250, 80, 210, 38, { fill: '#fff', r: 8, stroke: '#d1d5db' }) +
    text(width - 232, 105, 'Export CSV   ·   Share', { size: 14, fill: '#374151' });

  const kpis = [
    ['Followers', '28,560', '+240%', 'from 8,400'],
    ['Accounts reached', '412K', '+186%', 'from 144K'],
    ['Engagement rate (reach)', '4.7%', '+2.7 pts', 'from 2.0%'],
    ['Profile visits', '61.3K', '+212%', 'from 19.6K'],
  ];
  const kpiWidth = (width - 80 - 3 * 20) / 4;
  kpis.forEach(([label, value, delta, note], index) => {
    svg += kpiCard(40 + index * (kpiWidth + 20), 150, kpiWidth, label, value, delta, { note });
  });

  // Follower chart
  const cx = 40;
  const cy = 292;
  const cw = 900;
  const ch = 560;
  svg += card(cx, cy, cw, ch);
  svg += text(cx + 24, cy + 38, 'Followers over time', { size: 18, weight: 700, fill: '#111827' });
  svg += circle(cx + cw - 250, cy + 33, 6, accent) + text(cx + cw - 238, cy + 38, 'This period', { size: 13, fill: '#374151' });
  svg +=
    line(cx + cw - 140, cy + 33, cx + cw - 116, cy + 33, '#9ca3af', 2, '5 4') +
    text(cx + cw - 108, cy + 38, 'Previous', { size: 13, fill: '#374151' });
  const months = [
    { at: 0, label: '1 Sep' },
    { at: 14 / 90, label: '15 Sep' },
    { at: 30 / 90, label: '1 Oct' },
    { at: 44 / 90, label: '15 Oct' },
    { at: 61 / 90, label: '1 Nov' },
    { at: 75 / 90, label: '15 Nov' },
    { at: 1, label: '29 Nov' },
  ];
  const area = chartArea({ x: cx + 70, y: cy + 80, w: cw - 100, h: ch - 140, yMax: 30000, yTicks: 6, xLabels: months });
  svg += area.svg;
  // Previous period: slow, almost flat growth from 7,150 to 8,400.
  const previous = Array.from({ length: 91 }, (_, day) => 7150 + (1250 * day) / 90 + Math.sin(day / 6) * 60);
  svg += `<polyline fill="none" stroke="#9ca3af" stroke-width="2" stroke-dasharray="6 5" points="${previous.map((value, day) => `${area.px(day / 90).toFixed(1)},${area.py(value).toFixed(1)}`).join(' ')}"/>`;
  const points = followers.map((value, day) => `${area.px(day / 90).toFixed(1)},${area.py(value).toFixed(1)}`);
  svg += `<defs><linearGradient id="fill1" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${accent}" stop-opacity="0.25"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/></linearGradient></defs>`;
  svg += `<polygon fill="url(#fill1)" points="${area.px(0)},${area.py(0)} ${points.join(' ')} ${area.px(1)},${area.py(0)}"/>`;
  svg += `<polyline fill="none" stroke="${accent}" stroke-width="3" stroke-linejoin="round" points="${points.join(' ')}"/>`;
  const notes = [
    [18, '#MyPebblepotMorning UGC challenge'],
    [34, 'Micro-creator studio week'],
    [49, 'Diwali gifting live'],
  ];
  notes.forEach(([day, label], index) => {
    const px = area.px(day / 90);
    const py = area.py(followers[day]);
    const labelY = cy + 110 + index * 42;
    svg += line(px, labelY + 8, px, py - 8, '#9ca3af', 1, '3 3');
    svg += circle(px, py, 6, '#fff', `stroke="${accent}" stroke-width="3"`);
    const labelWidth = label.length * 7.6 + 24;
    svg += rect(px - 12, labelY - 18, labelWidth, 28, { fill: '#fdf2f8', r: 6, stroke: '#fbcfe8' });
    svg += text(px, labelY + 1, label, { size: 13, fill: '#9d174d', weight: 600 });
  });
  svg += text(area.px(1) - 4, area.py(28560) - 14, '28,560', { size: 14, weight: 700, fill: accent, anchor: 'end' });

  // Side panel: where new followers came from
  const sx = cx + cw + 20;
  const sw = width - sx - 40;
  svg += card(sx, cy, sw, ch);
  svg += text(sx + 24, cy + 38, 'Where new followers came from', { size: 18, weight: 700, fill: '#111827' });
  svg += text(sx + 24, cy + 62, 'Share of follows by first touch, 90 days', { size: 13, fill: '#6b7280' });
  const sources = [
    ['Reels (Explore + Reels tab)', 46],
    ['Reshared customer posts', 22],
    ['Micro-creator collabs', 18],
    ['Lives', 8],
    ['Other (profile, search, ads)', 6],
  ];
  sources.forEach(([label, share], index) => {
    const by = cy + 100 + index * 70;
    svg += text(sx + 24, by, label, { size: 14, fill: '#374151' });
    svg += text(sx + sw - 24, by, `${share}%`, { size: 14, weight: 700, fill: '#111827', anchor: 'end' });
    svg += rect(sx + 24, by + 12, sw - 48, 12, { fill: '#f3f4f6', r: 6 });
    svg += rect(sx + 24, by + 12, ((sw - 48) * share) / 50, 12, { fill: index === 0 ? accent : '#f472b6', r: 6 });
  });
  svg += line(sx + 24, cy + 450, sx + sw - 24, cy + 450, '#e5e7eb');
  svg += paragraph(sx + 24, cy + 480, 'Follows from paid ads stayed under 3% of the total; the growth is organic.', {
    size: 13,
    maxChars: 46,
    fill: '#6b7280',
  }).svg;
  return save('case-studies/instagram-growth-pebblepot-home/followers-dashboard.png', width, height, svg);
}

function pebblepotFormats() {
  const width = 1440;
  const height = 860;
  let svg = browserFrame(width, height, 'insights.example/accounts/pebblepot.home/content?group=format');
  svg += text(40, 100, 'Engagement by content format', { size: 28, weight: 700, fill: '#111827' });
  svg += text(40, 128, 'Median engagement rate per post, reach-based: (likes + comments + saves + shares) ÷ accounts reached', {
    size: 15,
    fill: '#6b7280',
  });

  const cx = 40;
  const cy = 160;
  const cw = 860;
  const ch = 660;
  svg += card(cx, cy, cw, ch);
  svg += text(cx + 24, cy + 40, 'Before vs after the community plan', { size: 18, weight: 700, fill: '#111827' });
  svg +=
    rect(cx + cw - 330, cy + 26, 14, 14, { fill: '#d1d5db', r: 3 }) +
    text(cx + cw - 308, cy + 38, 'Jun – Aug 2022', { size: 13, fill: '#374151' });
  svg +=
    rect(cx + cw - 180, cy + 26, 14, 14, { fill: '#be185d', r: 3 }) +
    text(cx + cw - 158, cy + 38, 'Sep – Nov 2022', { size: 13, fill: '#374151' });
  const formats = [
    ['Reels', 2.6, 6.9],
    ['Carousels', 2.3, 5.1],
    ['Single image', 1.6, 2.2],
    ['Customer reshares', 1.9, 5.8],
    ['Lives (per viewer)', 3.1, 8.4],
  ];
  const area = chartArea({ x: cx + 70, y: cy + 80, w: cw - 110, h: ch - 150, yMax: 10, yTicks: 5, yFormat: (value) => `${value}%` });
  svg += area.svg;
  const groupWidth = (cw - 110) / formats.length;
  formats.forEach(([label, before, after], index) => {
    const gx = cx + 70 + index * groupWidth + groupWidth / 2;
    const barWidth = 44;
    svg += rect(gx - barWidth - 4, area.py(before), barWidth, area.py(0) - area.py(before), { fill: '#d1d5db', r: 4 });
    svg += rect(gx + 4, area.py(after), barWidth, area.py(0) - area.py(after), { fill: '#be185d', r: 4 });
    svg += text(gx - barWidth / 2 - 4, area.py(before) - 8, `${before}%`, { size: 13, fill: '#6b7280', anchor: 'middle' });
    svg += text(gx + barWidth / 2 + 4, area.py(after) - 8, `${after}%`, { size: 13, fill: '#9d174d', weight: 700, anchor: 'middle' });
    svg += text(gx, area.py(0) + 26, label, { size: 14, fill: '#374151', anchor: 'middle' });
  });

  // Right column: posting mix and a community signal table
  const sx = cx + cw + 20;
  const sw = width - sx - 40;
  svg += card(sx, cy, sw, 300);
  svg += text(sx + 24, cy + 40, 'Posting mix, Sep – Nov', { size: 18, weight: 700, fill: '#111827' });
  const mix = [
    ['Reels', 38, '#be185d'],
    ['Carousels', 24, '#f472b6'],
    ['Customer reshares', 22, '#a855f7'],
    ['Single image', 10, '#d8b4fe'],
    ['Lives', 6, '#0f766e'],
  ];
  let offset = 0;
  const radius = 78;
  const centerX = sx + 120;
  const centerY = cy + 170;
  const circumference = 2 * Math.PI * radius;
  mix.forEach(([, share, color]) => {
    svg += `<circle cx="${centerX}" cy="${centerY}" r="${radius}" fill="none" stroke="${color}" stroke-width="34" stroke-dasharray="${(circumference * share) / 100} ${circumference}" stroke-dashoffset="${-offset}" transform="rotate(-90 ${centerX} ${centerY})"/>`;
    offset += (circumference * share) / 100;
  });
  svg +=
    text(centerX, centerY + 2, '186', { size: 26, weight: 700, fill: '#111827', anchor: 'middle' }) +
    text(centerX, centerY + 22, 'posts', { size: 13, fill: '#6b7280', anchor: 'middle' });
  mix.forEach(([label, share, color], index) => {
    const ly = cy + 100 + index * 34;
    svg +=
      rect(sx + 240, ly - 11, 12, 12, { fill: color, r: 3 }) +
      text(sx + 260, ly, `${label}`, { size: 14, fill: '#374151' }) +
      text(sx + sw - 24, ly, `${share}%`, { size: 14, weight: 700, fill: '#111827', anchor: 'end' });
  });

  svg += card(sx, cy + 320, sw, 340);
  svg += text(sx + 24, cy + 360, 'Community signals', { size: 18, weight: 700, fill: '#111827' });
  const rows = [
    ['Signal', 'Jun–Aug', 'Sep–Nov'],
    ['Posts tagging @pebblepot.home', '35 / mo', '210 / mo'],
    ['Comments answered < 2 h', '41%', '93%'],
    ['Saves per 1K reached', '9', '27'],
    ['DM questions about glaze care', '120', '38'],
    ['Story replies per story', '4', '19'],
  ];
  rows.forEach(([label, before, after], index) => {
    const ry = cy + 400 + index * 44;
    const header = index === 0;
    if (!header) svg += line(sx + 24, ry - 28, sx + sw - 24, ry - 28, '#f3f4f6');
    svg += text(sx + 24, ry, label, { size: header ? 12 : 14, fill: header ? '#9ca3af' : '#374151', weight: header ? 700 : 400 });
    svg += text(sx + sw - 130, ry, before, {
      size: header ? 12 : 14,
      fill: header ? '#9ca3af' : '#6b7280',
      anchor: 'end',
      weight: header ? 700 : 400,
    });
    svg += text(sx + sw - 24, ry, after, { size: header ? 12 : 14, fill: header ? '#9ca3af' : '#047857', anchor: 'end', weight: 700 });
  });
  return save('case-studies/instagram-growth-pebblepot-home/engagement-by-format.png', width, height, svg);
}

function pebblepotThread() {
  const width = 1400;
  const height = 900;
  let svg = browserFrame(width, height, 'social.example/p/pebblepot.home/my-pebblepot-morning-week-2', { background: '#fafafa' });
  // Post illustration: flat shapes of a mug and a plate, no photo.
  const px = 40;
  const py = 80;
  const ps = 780;
  svg += `<defs><linearGradient id="post" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fde68a"/><stop offset="1" stop-color="#fbcfe8"/></linearGradient></defs>`;
  svg += rect(px, py, ps, ps, { fill: 'url(#post)', r: 6 });
  svg += circle(px + 600, py + 170, 90, '#fff', 'fill-opacity="0.55"');
  svg += `<ellipse cx="${px + 390}" cy="${py + 600}" rx="270" ry="60" fill="#e7e5e4"/>`;
  svg += `<ellipse cx="${px + 390}" cy="${py + 590}" rx="230" ry="44" fill="#f5f5f4"/>`;
  svg += rect(px + 270, py + 330, 220, 250, { fill: '#0f766e', r: 28 });
  svg += rect(px + 270, py + 330, 220, 46, { fill: '#115e59', r: 22 });
  svg += `<path d="M${px + 490} ${py + 390} q90 10 80 90 q-8 60 -80 60" fill="none" stroke="#0f766e" stroke-width="26" stroke-linecap="round"/>`;
  svg +=
    rect(px + 270, py + 450, 220, 14, { fill: '#99f6e4', opacity: 0.7 }) +
    rect(px + 270, py + 474, 220, 6, { fill: '#99f6e4', opacity: 0.5 });
  svg += `<path d="M${px + 340} ${py + 300} q-20 -40 0 -80 q20 -40 0 -80" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-opacity="0.8"/>`;
  svg += `<path d="M${px + 410} ${py + 300} q-20 -40 0 -80 q20 -40 0 -80" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-opacity="0.8"/>`;
  svg +=
    rect(px + 24, py + 24, 360, 44, { fill: '#fff', r: 22, opacity: 0.85 }) +
    text(px + 44, py + 53, '#MyPebblepotMorning · week 2', { size: 18, weight: 700, fill: '#9d174d' });
  svg +=
    rect(px + 24, py + ps - 70, 250, 40, { fill: '#111827', r: 20, opacity: 0.75 }) +
    text(px + 44, py + ps - 44, 'Reshared with permission', { size: 15, fill: '#fff' });

  // Comment column
  const cx = px + ps + 24;
  const cw = width - cx - 40;
  svg += rect(cx, py, cw, ps, { fill: '#fff', r: 6, stroke: '#e5e7eb' });
  svg += avatar(cx + 34, py + 36, 20, 'PH', ['#be185d', '#9333ea']);
  svg +=
    text(cx + 66, py + 34, 'pebblepot.home', { size: 15, weight: 700, fill: '#111827' }) +
    text(cx + 66, py + 53, 'Pune · Handmade stoneware', { size: 12, fill: '#6b7280' });
  svg += line(cx, py + 72, cx + cw, py + 72, '#f3f4f6');
  let y = py + 104;
  const caption = paragraph(
    cx + 20,
    y,
    'Week 2 of #MyPebblepotMorning! This one is from @meera.makes.mornings — teal mug, first chai of the day, balcony rain. Show us yours: tag us and we reshare our favourites every Friday.',
    { size: 14, maxChars: 62, fill: '#111827' },
  );
  svg += caption.svg;
  y += caption.height + 20;
  const comments = [
    [
      'MM',
      ['#f59e0b', '#ef4444'],
      'meera.makes.mornings',
      'Screaming!! My mug is famous now The glaze looks even better in the rain light.',
      '2h',
      '48 likes',
    ],
    [
      'RB',
      ['#0ea5e9', '#6366f1'],
      'rohan.brews.slowly',
      'Does the teal glaze fade in the dishwasher? Want to gift a set to my parents.',
      '2h',
      '12 likes',
    ],
    [
      'PH',
      ['#be185d', '#9333ea'],
      'pebblepot.home  · Creator',
      'Hi Rohan! It is dishwasher-safe, but hand-washing keeps the shine longest. Our glaze-care guide is pinned in Highlights → "Care". A gift note is free at checkout',
      '1h',
      '21 likes',
    ],
    [
      'TS',
      ['#10b981', '#0f766e'],
      'the.sunday.potter',
      'Tip for everyone: warm the mug with hot water first, chai stays hot so much longer.',
      '1h',
      '33 likes',
    ],
    [
      'NK',
      ['#a855f7', '#ec4899'],
      'nidhi.reads.in.pune',
      'Posted mine yesterday with the speckled plate! Fingers crossed for Friday',
      '48m',
      '9 likes',
    ],
  ];
  comments.forEach(([initials, colors, user, body, age, likes]) => {
    svg += avatar(cx + 34, y + 6, 18, initials, colors);
    const brand = user.startsWith('pebblepot');
    svg += text(cx + 64, y + 2, user, { size: 14, weight: 700, fill: brand ? '#9d174d' : '#111827' });
    const block = paragraph(cx + 64, y + 24, body, { size: 14, maxChars: 52, fill: '#374151' });
    svg += block.svg;
    const metaY = y + 24 + block.height + 4;
    svg += text(cx + 64, metaY, `${age}   ·   ${likes}   ·   Reply`, { size: 12, fill: '#9ca3af' });
    svg += `<path d="M${cx + cw - 34} ${y + 2} c-4 -6 -14 -4 -12 4 c2 6 12 12 12 12 c0 0 10 -6 12 -12 c2 -8 -8 -10 -12 -4z" fill="${brand ? '#f43f5e' : 'none'}" stroke="${brand ? '#f43f5e' : '#9ca3af'}" stroke-width="1.5"/>`;
    y = metaY + 30;
  });
  svg += line(cx, py + ps - 64, cx + cw, py + ps - 64, '#f3f4f6');
  svg += text(cx + 20, py + ps - 40, '2,184 likes  ·  312 comments  ·  1,090 saves', { size: 14, weight: 700, fill: '#111827' });
  svg += text(cx + 20, py + ps - 18, 'Add a comment…', { size: 13, fill: '#9ca3af' });
  return save('case-studies/instagram-growth-pebblepot-home/ugc-challenge-thread.png', width, height, svg);
}

// ---------------------------------------------------------------------------------------------
// Case study 2: Ganit Garage (fictional maths edtech) — Discord + WhatsApp launch
// ---------------------------------------------------------------------------------------------

function ganitDiscord() {
  const width = 1480;
  const height = 900;
  const dark = '#313338';
  let svg = rect(0, 0, width, height, { fill: dark });
  // Server rail
  svg += rect(0, 0, 76, height, { fill: '#1e1f22' });
  svg +=
    rect(14, 14, 48, 48, { fill: '#f59e0b', r: 16 }) + text(38, 46, 'GG', { size: 18, weight: 700, fill: '#1e1f22', anchor: 'middle' });
  svg += rect(4, 26, 4, 24, { fill: '#fff', r: 2 });
  svg += line(22, 78, 54, 78, '#3f4147', 2);
  [
    ['SC', '#6366f1'],
    ['MB', '#10b981'],
    ['+', '#2b2d31'],
  ].forEach(([label, color], index) => {
    svg +=
      circle(38, 118 + index * 60, 24, color) +
      text(38, 124 + index * 60, label, { size: 16, weight: 700, fill: label === '+' ? '#23a559' : '#fff', anchor: 'middle' });
  });
  // Channel sidebar
  svg += rect(76, 0, 260, height, { fill: '#2b2d31' });
  svg += text(96, 34, 'Ganit Garage Learners', { size: 16, weight: 700, fill: '#f2f3f5' });
  svg += line(76, 52, 336, 52, '#1e1f22', 2);
  const channels = [
    ['START HERE', null],
    ['welcome', 0],
    ['rules-and-how-to-ask', 0],
    ['introductions', 0],
    ['LEARN', null],
    ['doubts-class-8', 0],
    ['doubts-class-9', 0],
    ['doubts-class-10', 1],
    ['jee-foundation', 0],
    ['weekly-challenge', 0],
    ['STUDY ROOMS', null],
    ['Silent study 1', 2],
    ['Silent study 2', 2],
    ['Pomodoro with mentors', 2],
    ['COMMUNITY', null],
    ['wins', 0],
    ['math-memes', 0],
    ['feedback-for-team', 0],
  ];
  let cy = 80;
  channels.forEach(([name, kind]) => {
    if (kind === null) {
      cy += 10;
      svg += text(92, cy, name, { size: 12, weight: 700, fill: '#949ba4' });
      cy += 26;
      return;
    }
    if (kind === 1) svg += rect(84, cy - 20, 244, 30, { fill: '#404249', r: 4 });
    const icon = '#';
    if (kind === 2) svg += `<path d="M${98} ${cy - 10} h5 l6 -5 v16 l-6 -5 h-5z" fill="#949ba4"/>`;
    else svg += text(98, cy, icon, { size: 18, fill: '#949ba4' });
    svg += text(120, cy, name, { size: 15, fill: kind === 1 ? '#f2f3f5' : '#949ba4', weight: kind === 1 ? 600 : 400 });
    cy += 32;
  });
  svg += rect(76, height - 56, 260, 56, { fill: '#232428' });
  svg += avatar(106, height - 28, 16, 'AR', ['#be185d', '#9333ea']);
  svg +=
    text(130, height - 32, 'asha · community', { size: 13, weight: 700, fill: '#f2f3f5' }) +
    text(130, height - 15, 'Online', { size: 11, fill: '#949ba4' });

  // Main column header
  const mx = 336;
  const memberX = width - 240;
  svg += line(mx, 52, memberX, 52, '#1f2023', 2);
  svg +=
    text(mx + 20, 34, '#', { size: 22, fill: '#80848e' }) +
    text(mx + 44, 33, 'doubts-class-10', { size: 16, weight: 700, fill: '#f2f3f5' });
  svg += text(mx + 200, 33, '|  Post one doubt per thread. Show your working. Tag @Peer Mentor after 15 min.', {
    size: 13,
    fill: '#949ba4',
  });

  let y = 92;
  const messages = [
    [
      'KP',
      ['#0ea5e9', '#6366f1'],
      'kavya_p',
      null,
      'Today at 19:02',
      [
        'Q. The roots of x² − 5x + k = 0 differ by 1. Find k.',
        'I used (α − β)² = (α + β)² − 4αβ, so 25 − 4k = 1 and k = 6. My friend says k = 4 because roots 1 and 4 add up to 5. Who is right? Working below',
      ],
      null,
    ],
    [
      'AM',
      ['#10b981', '#0f766e'],
      'arjun.m',
      'Peer Mentor',
      'Today at 19:09',
      [
        'Nice working, Kavya — k = 6 is right. Quick check: with k = 6 the roots are 2 and 3. They add to 5 and differ by 1.',
        'Roots 1 and 4 also add to 5, but they differ by 3, so k = 4 breaks the condition in the question.',
        'Habit worth building: put your answer back into the question before you move on.',
      ],
      '✓ 14   ★ 6',
    ],
    [
      'KP',
      ['#0ea5e9', '#6366f1'],
      'kavya_p',
      null,
      'Today at 19:11',
      ['ohhh so checking the difference too. substituting back is such an easy check, thank you!!'],
      '❤ 3',
    ],
    [
      'GG',
      ['#f59e0b', '#ea580c'],
      'Garage Bot',
      'BOT',
      'Today at 19:11',
      ['✓ Marked as solved by kavya_p — first answer in 7 min. +10 helper points to arjun.m'],
      null,
    ],
    [
      'SR',
      ['#a855f7', '#ec4899'],
      'sana.r',
      null,
      'Today at 19:14',
      ['Adding this to #weekly-challenge? Roots differing by 2 next time'],
      '★ 5',
    ],
  ];
  messages.forEach(([initials, colors, user, badge, time, lines, reactions]) => {
    svg += avatar(mx + 40, y + 16, 20, initials, colors);
    const nameColor = badge === 'Peer Mentor' ? '#57f287' : badge === 'BOT' ? '#f0b232' : '#f2f3f5';
    svg += text(mx + 74, y + 10, user, { size: 15, weight: 700, fill: nameColor });
    let nx = mx + 84 + user.length * 9.8;
    if (badge) {
      const bw = badge.length * 7.4 + 14;
      svg += rect(nx, y - 5, bw, 19, { fill: badge === 'BOT' ? '#5865f2' : '#248046', r: 4 });
      svg += text(nx + bw / 2, y + 9, badge, { size: 11, weight: 700, fill: '#fff', anchor: 'middle' });
      nx += bw + 8;
    }
    svg += text(nx + 4, y + 10, time, { size: 12, fill: '#949ba4' });
    let ly = y + 34;
    lines.forEach((content) => {
      const block = paragraph(mx + 74, ly, content, { size: 15, maxChars: 96, fill: '#dbdee1' });
      svg += block.svg;
      ly += block.height;
    });
    if (initials === 'KP' && lines.length > 1) {
      // Image attachment placeholder: a notebook page.
      svg += rect(mx + 74, ly - 4, 300, 120, { fill: '#fefce8', r: 8 });
      for (let row = 0; row < 5; row++) svg += line(mx + 84, ly + 18 + row * 20, mx + 364, ly + 18 + row * 20, '#bfdbfe');
      svg +=
        text(mx + 90, ly + 32, 'x² − 5x + k = 0', { size: 15, fill: '#1e3a8a', italic: true }) +
        text(mx + 90, ly + 72, 'α − β = 1,  α + β = 5 …', { size: 15, fill: '#1e3a8a', italic: true });
      ly += 126;
    }
    if (reactions) {
      const rw = reactions.length * 8 + 20;
      svg +=
        rect(mx + 74, ly - 6, rw, 26, { fill: '#2b2d31', r: 8, stroke: '#3f4147' }) +
        text(mx + 86, ly + 12, reactions, { size: 13, fill: '#dbdee1' });
      ly += 32;
    }
    y = ly + 16;
  });
  svg += rect(mx + 20, height - 70, memberX - mx - 40, 46, { fill: '#383a40', r: 8 });
  svg += text(mx + 40, height - 41, 'Message #doubts-class-10', { size: 15, fill: '#6d6f78' });

  // Member list
  svg += rect(memberX, 0, 240, height, { fill: '#2b2d31' });
  svg += text(memberX + 20, 34, 'Members', { size: 14, weight: 700, fill: '#f2f3f5' });
  const groups = [
    [
      'COMMUNITY TEAM — 2',
      [
        ['AR', 'asha · community', ['#be185d', '#9333ea']],
        ['DV', 'dev.v · mod', ['#64748b', '#334155']],
      ],
    ],
    [
      'PEER MENTORS — 4',
      [
        ['AM', 'arjun.m', ['#10b981', '#0f766e']],
        ['FZ', 'fatima.z', ['#f97316', '#db2777']],
        ['RN', 'rahul.n', ['#0ea5e9', '#2563eb']],
        ['IS', 'ishita_s', ['#84cc16', '#16a34a']],
      ],
    ],
    [
      'ONLINE — 318',
      [
        ['KP', 'kavya_p', ['#0ea5e9', '#6366f1']],
        ['SR', 'sana.r', ['#a855f7', '#ec4899']],
        ['VB', 'vedant.b', ['#eab308', '#f97316']],
        ['TJ', 'tanvi.j', ['#14b8a6', '#6366f1']],
        ['OM', 'om_maths', ['#ef4444', '#f97316']],
      ],
    ],
  ];
  let gy = 70;
  groups.forEach(([title, members]) => {
    svg += text(memberX + 20, gy, title, { size: 12, weight: 700, fill: '#949ba4' });
    gy += 24;
    members.forEach(([initials, name, colors]) => {
      svg +=
        avatar(memberX + 36, gy + 8, 16, initials, colors) +
        circle(memberX + 48, gy + 20, 5, '#23a559', 'stroke="#2b2d31" stroke-width="3"');
      svg += text(memberX + 62, gy + 13, name, { size: 14, fill: '#dbdee1' });
      gy += 42;
    });
    gy += 14;
  });
  return save('case-studies/discord-launch-ganit-garage/doubts-channel.png', width, height, svg);
}

function ganitDashboard() {
  const width = 1440;
  const height = 880;
  const accent = '#d97706';
  let svg = browserFrame(width, height, 'metabase.example/dashboard/community-health-ganit-garage');
  svg += text(40, 100, 'Community health — Ganit Garage Learners', { size: 28, weight: 700, fill: '#111827' });
  svg += text(40, 128, 'Discord server + WhatsApp announcement channel  ·  launch 14 Aug 2023 → 29 Feb 2024', {
    size: 15,
    fill: '#6b7280',
  });
  const kpis = [
    ['Students joined (Discord)', '6,200', 'target 4,000', ''],
    ['Weekly active members', '38%', '+16 pts', 'vs month 1'],
    ['Median time to first answer', '38 min', '−93%', 'from 9 h'],
    ['Course completion, members', '58%', '+17 pts', 'non-members 41%'],
  ];
  const kpiWidth = (width - 80 - 60) / 4;
  kpis.forEach(
    ([label, value, delta, note], index) => (svg += kpiCard(40 + index * (kpiWidth + 20), 150, kpiWidth, label, value, delta, { note })),
  );

  // Members and weekly-active chart
  const cx = 40;
  const cy = 292;
  const cw = 820;
  const ch = 548;
  svg += card(cx, cy, cw, ch);
  svg += text(cx + 24, cy + 38, 'Members and weekly active share', { size: 18, weight: 700, fill: '#111827' });
  svg +=
    rect(cx + cw - 300, cy + 26, 14, 14, { fill: '#fcd34d', r: 3 }) +
    text(cx + cw - 280, cy + 38, 'Members (end of month)', { size: 13, fill: '#374151' });
  svg +=
    line(cx + cw - 96, cy + 33, cx + cw - 74, cy + 33, '#0f766e', 3) + text(cx + cw - 68, cy + 38, 'WAU %', { size: 13, fill: '#374151' });
  const months = ['Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb'];
  const members = [1150, 2300, 3100, 3900, 4500, 5400, 6200];
  const wau = [22, 27, 31, 33, 30, 36, 38];
  const area = chartArea({ x: cx + 70, y: cy + 80, w: cw - 140, h: ch - 150, yMax: 7000, yTicks: 7 });
  svg += area.svg;
  const step = (cw - 140) / months.length;
  months.forEach((month, index) => {
    const bx = cx + 70 + index * step + step * 0.2;
    svg += rect(bx, area.py(members[index]), step * 0.6, area.py(0) - area.py(members[index]), { fill: '#fcd34d', r: 4 });
    svg += text(bx + step * 0.3, area.py(members[index]) - 8, members[index].toLocaleString('en-IN'), {
      size: 12,
      fill: '#92400e',
      anchor: 'middle',
      weight: 600,
    });
    svg += text(bx + step * 0.3, area.py(0) + 24, `${month} ${index < 5 ? '23' : '24'}`, { size: 12, fill: '#6b7280', anchor: 'middle' });
  });
  const wauY = (value) => cy + 80 + (ch - 150) - (value / 50) * (ch - 150);
  for (let tick = 0; tick <= 5; tick++) svg += text(cx + cw - 60, wauY(tick * 10) + 4, `${tick * 10}%`, { size: 12, fill: '#0f766e' });
  const wauPoints = wau.map((value, index) => `${cx + 70 + index * step + step / 2},${wauY(value)}`).join(' ');
  svg += `<polyline fill="none" stroke="#0f766e" stroke-width="3" points="${wauPoints}"/>`;
  wau.forEach(
    (value, index) => (svg += circle(cx + 70 + index * step + step / 2, wauY(value), 5, '#fff', 'stroke="#0f766e" stroke-width="3"')),
  );
  svg += text(cx + 70 + 4 * step + step / 2, wauY(30) + 26, 'exam break', { size: 12, fill: '#0f766e', anchor: 'middle', italic: true });

  // Time to first answer
  const sx = cx + cw + 20;
  const sw = width - sx - 40;
  svg += card(sx, cy, sw, 300);
  svg += text(sx + 24, cy + 38, 'Median time to first answer', { size: 18, weight: 700, fill: '#111827' });
  svg += text(sx + 24, cy + 60, 'Minutes, #doubts-* channels (was email support: 9 h)', { size: 13, fill: '#6b7280' });
  const answer = [540, 190, 95, 61, 52, 44, 38];
  const maxBar = sw - 170;
  answer.forEach((minutes, index) => {
    const by = cy + 88 + index * 29;
    svg += text(sx + 24, by + 12, index === 0 ? 'Before' : months[index], { size: 12, fill: '#6b7280' });
    svg += rect(sx + 80, by, Math.max(6, (maxBar * minutes) / 540), 16, { fill: index === 0 ? '#d1d5db' : accent, r: 4 });
    svg += text(
      sx + 88 + Math.max(6, (maxBar * minutes) / 540),
      by + 13,
      minutes >= 60 ? `${(minutes / 60).toFixed(1)} h` : `${minutes} min`,
      { size: 12, fill: '#374151', weight: 600 },
    );
  });

  svg += card(sx, cy + 320, sw, 228);
  svg += text(sx + 24, cy + 358, 'WhatsApp announcement channel', { size: 18, weight: 700, fill: '#111827' });
  const wa = [
    ['Followers (parents + students)', '11,500'],
    ['Messages sent per week (cap)', '3'],
    ['Median view rate per message', '64%'],
    ['Unfollows after a message', '0.4%'],
  ];
  wa.forEach(([label, value], index) => {
    const ry = cy + 396 + index * 36;
    svg +=
      text(sx + 24, ry, label, { size: 14, fill: '#374151' }) +
      text(sx + sw - 24, ry, value, { size: 14, weight: 700, fill: '#111827', anchor: 'end' });
    if (index < wa.length - 1) svg += line(sx + 24, ry + 13, sx + sw - 24, ry + 13, '#f3f4f6');
  });
  return save('case-studies/discord-launch-ganit-garage/community-health-dashboard.png', width, height, svg);
}

// ---------------------------------------------------------------------------------------------
// Case study 3: Rasoi Runner (fictional food-delivery app) — monsoon delay crisis on X
// ---------------------------------------------------------------------------------------------

function rasoiTimeline() {
  const width = 1480;
  const height = 880;
  const red = '#dc2626';
  let svg = rect(0, 0, width, height, { fill: '#fff' });
  svg += rect(0, 0, width, 110, { fill: '#111827' });
  svg += text(40, 50, 'Incident RR-0714 · Monsoon delivery delays, Pune', { size: 26, weight: 700, fill: '#fff' });
  svg += text(40, 82, 'Response timeline, first 72 hours · prepared by Community for the post-incident review', {
    size: 15,
    fill: '#9ca3af',
  });
  svg +=
    rect(width - 250, 34, 210, 40, { fill: '#064e3b', r: 20 }) +
    circle(width - 226, 54, 7, '#34d399') +
    text(width - 210, 60, 'Status: resolved', { size: 16, weight: 700, fill: '#d1fae5' });

  const events = [
    ['Day 1', '18:40', 'Alert', 'Late-order mentions on X hit 9× the baseline; listening dashboard pages the on-call CM.', red],
    ['Day 1', '18:55', 'War room', 'Community, ops, support and legal on one call. Single owner for public replies: Community.', '#f97316'],
    [
      'Day 1',
      '19:10',
      'Holding post',
      'Pinned: "Orders in 6 Pune zones are running 40–90 min late because of flooding. Updates every 60 min."',
      '#f59e0b',
    ],
    [
      'Day 1',
      '19:45',
      'Reply rota',
      '6 responders, 3 approved reply templates, DM hand-off with order-lookup form. Median first reply drops under 30 min.',
      '#eab308',
    ],
    ['Day 1', '21:30', 'Status thread', 'Zone-by-zone ETAs and rider-safety pause explained; refunds for orders > 60 min late.', '#84cc16'],
    ['Day 2', '10:00', 'Make-good', 'Automatic Rs 75 credit on every order > 30 min late during the incident — no need to ask.', '#22c55e'],
    ['Day 2', '17:00', 'Founder video', '90 seconds: what broke (rider allocation in flooded zones), what changes, no excuses.', '#10b981'],
    ['Day 4', '12:00', 'Back to normal', 'Negative share under 25%. Rota scaled back; open complaints tracked to zero.', '#0d9488'],
    ['Day 14', '—', 'Post-mortem', 'Public note with fixes shipped: rain-mode ETAs, zone pause banner, monsoon playbook v2.', '#0f766e'],
  ];
  const lx = 250;
  svg += line(lx, 150, lx, 150 + (events.length - 1) * 78, '#e5e7eb', 4);
  events.forEach(([day, time, title, detail, color], index) => {
    const ey = 150 + index * 78;
    svg += text(lx - 110, ey + 5, day, { size: 14, weight: 700, fill: '#111827', anchor: 'end' });
    svg += text(lx - 28, ey + 5, time, { size: 14, fill: '#6b7280', anchor: 'end' });
    svg += circle(lx, ey, 11, color, 'stroke="#fff" stroke-width="4"');
    svg += text(lx + 30, ey + 6, title, { size: 17, weight: 700, fill: '#111827' });
    svg += paragraph(lx + 200, ey + 6, detail, { size: 14, maxChars: 90, fill: '#374151', lineHeight: 1.4 }).svg;
  });
  // Side strip with the numbers the review cares about
  const sx = width - 330;
  svg += rect(sx, 140, 290, 640, { fill: '#f9fafb', r: 12, stroke: '#e5e7eb' });
  const stats = [
    ['Median first reply', '4 h 10 m → 18 m'],
    ['Mentions, 72 h', '9,840'],
    ['Complaints logged', '1,942'],
    ['Resolved ≤ 48 h', '1,870 (96%)'],
    ['Negative share', '61% → 22%'],
    ['Credits issued', '5,310 orders'],
  ];
  stats.forEach(([label, value], index) => {
    const sy = 180 + index * 100;
    svg += text(sx + 24, sy, label, { size: 13, fill: '#6b7280', weight: 600 });
    svg += text(sx + 24, sy + 34, value, { size: 24, weight: 700, fill: '#111827' });
    if (index < stats.length - 1) svg += line(sx + 24, sy + 60, sx + 266, sy + 60, '#e5e7eb');
  });
  svg += text(40, height - 30, 'Times are IST. Figures: listening-tool export and support-desk tags; see the case study for method.', {
    size: 13,
    fill: '#9ca3af',
  });
  return save('case-studies/crisis-response-rasoi-runner/response-timeline.png', width, height, svg);
}

function rasoiSentiment() {
  const width = 1440;
  const height = 860;
  let svg = browserFrame(width, height, 'listening.example/projects/rasoi-runner/sentiment?from=2026-07-10&to=2026-07-27');
  svg += text(40, 100, 'Mentions and sentiment — @RasoiRunner on X', { size: 28, weight: 700, fill: '#111827' });
  svg += text(40, 128, '10 – 27 Jul 2026 · all public posts and replies mentioning the brand · model-classified, 5% hand-checked', {
    size: 15,
    fill: '#6b7280',
  });
  const kpis = [
    ['Negative share, 17 Jul (day 4)', '22%', '−39 pts', 'from 61% on 14 Jul', true],
    ['Median first reply (X), 15–27 Jul', '18 min', '−93%', 'from 4 h 10 m', true],
    ['Complaints resolved ≤ 48 h', '96%', '1,870 / 1,942', '', true],
    ['Net sentiment, 17 Jul (day 4)', '+4', '+57', 'from −53 on 14 Jul', true],
  ];
  const kpiWidth = (width - 80 - 60) / 4;
  kpis.forEach(
    ([label, value, delta, note, good], index) =>
      (svg += kpiCard(40 + index * (kpiWidth + 20), 150, kpiWidth, label, value, delta, { note, good })),
  );

  const cx = 40;
  const cy = 292;
  const cw = width - 80;
  const ch = 530;
  svg += card(cx, cy, cw, ch);
  svg += text(cx + 24, cy + 38, 'Daily mentions by sentiment, with median first-reply time', { size: 18, weight: 700, fill: '#111827' });
  const legend = [
    ['Negative', '#ef4444'],
    ['Neutral', '#d1d5db'],
    ['Positive', '#10b981'],
  ];
  legend.forEach(([label, color], index) => {
    svg +=
      rect(cx + cw - 470 + index * 110, cy + 26, 14, 14, { fill: color, r: 3 }) +
      text(cx + cw - 450 + index * 110, cy + 38, label, { size: 13, fill: '#374151' });
  });
  svg +=
    line(cx + cw - 140, cy + 33, cx + cw - 116, cy + 33, '#1d4ed8', 3) +
    text(cx + cw - 110, cy + 38, 'First reply', { size: 13, fill: '#374151' });
  const days = ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27'];
  const data = [
    [40, 260, 90],
    [38, 250, 95],
    [45, 270, 88],
    [52, 255, 92],
    [2380, 1190, 330],
    [1790, 1130, 390],
    [1120, 1060, 450],
    [330, 780, 390],
    [220, 600, 330],
    [160, 470, 290],
    [120, 420, 250],
    [100, 380, 210],
    [80, 360, 190],
    [65, 330, 160],
    [55, 320, 150],
    [50, 300, 140],
    [45, 290, 120],
    [42, 280, 115],
  ];
  const reply = [245, 262, 238, 255, 96, 24, 18, 16, 15, 17, 19, 18, 20, 19, 18, 17, 18, 18];
  const area = chartArea({ x: cx + 80, y: cy + 80, w: cw - 180, h: ch - 150, yMax: 4000, yTicks: 4 });
  svg += area.svg;
  const step = (cw - 180) / days.length;
  // Shade the incident window.
  svg += rect(cx + 80 + 4 * step, cy + 70, 4 * step, ch - 140, { fill: '#fef2f2' });
  svg += text(cx + 80 + 6 * step, cy + 66, 'Incident window (flooding)', { size: 12, fill: '#b91c1c', anchor: 'middle', weight: 700 });
  svg += area.svg;
  data.forEach(([negative, neutral, positive], index) => {
    const bx = cx + 80 + index * step + step * 0.18;
    const bw = step * 0.64;
    let base = 0;
    [
      [negative, '#ef4444'],
      [neutral, '#d1d5db'],
      [positive, '#10b981'],
    ].forEach(([value, color]) => {
      svg += rect(bx, area.py(base + value), bw, area.py(base) - area.py(base + value), { fill: color });
      base += value;
    });
    svg += text(bx + bw / 2, area.py(0) + 24, `${days[index]} Jul`, { size: 12, fill: '#6b7280', anchor: 'middle' });
  });
  const replyY = (minutes) => cy + 80 + (ch - 150) - (minutes / 300) * (ch - 150);
  for (let tick = 0; tick <= 5; tick++) svg += text(cx + cw - 90, replyY(tick * 60) + 4, `${tick * 60} min`, { size: 12, fill: '#1d4ed8' });
  const replyPoints = reply.map((minutes, index) => `${cx + 80 + index * step + step / 2},${replyY(minutes)}`).join(' ');
  svg += `<polyline fill="none" stroke="#1d4ed8" stroke-width="3" stroke-linejoin="round" points="${replyPoints}"/>`;
  reply.forEach(
    (minutes, index) =>
      (svg += circle(cx + 80 + index * step + step / 2, replyY(minutes), 4, '#fff', 'stroke="#1d4ed8" stroke-width="2.5"')),
  );
  const noteX = cx + 80 + 8 * step + 10;
  const noteY = cy + 110;
  svg += line(cx + 80 + 4.5 * step + 6, replyY(96) - 6, noteX, noteY + 26, '#93c5fd', 1.5, '4 3');
  svg += rect(noteX, noteY, 300, 54, { fill: '#eff6ff', r: 8, stroke: '#bfdbfe' });
  svg += text(noteX + 14, noteY + 22, '14 Jul 19:45 · reply rota + templates live', { size: 13, weight: 700, fill: '#1e40af' });
  svg += text(noteX + 14, noteY + 42, 'Median first reply 4 h 10 m → 18 min', { size: 13, fill: '#1e40af' });
  return save('case-studies/crisis-response-rasoi-runner/sentiment-dashboard.png', width, height, svg);
}

function rasoiReplies() {
  const width = 1200;
  const height = 940;
  let svg = rect(0, 0, width, height, { fill: '#f3f4f6' });
  const x = 200;
  const w = 800;
  svg += rect(x, 0, w, height, { fill: '#fff' });
  svg += line(x, 0, x, height, '#e5e7eb') + line(x + w, 0, x + w, height, '#e5e7eb');
  svg += text(x + 24, 40, '←   Post', { size: 20, weight: 700, fill: '#0f1419' });
  svg += line(x, 64, x + w, 64, '#eff3f4');

  const posts = [
    {
      initials: 'KD',
      colors: ['#f97316', '#db2777'],
      name: 'Kavya D.',
      handle: '@kavya_eats_pune_x',
      time: '14 Jul · 18:52',
      body: 'Ordered at 6:05 for my dad’s dinner, it is almost 7 and the app just keeps saying "arriving in 10 min". No call, no update. @RasoiRunner what is going on??',
      stats: '24 replies  ·  61 reposts  ·  302 likes',
      main: true,
    },
    {
      initials: 'RR',
      colors: ['#ea580c', '#b91c1c'],
      name: 'Rasoi Runner',
      handle: '@RasoiRunner',
      time: '14 Jul · 19:16',
      resolved: false,
      body: 'Kavya, we’re sorry — that’s a long wait, and the app should have told you why. Heavy flooding has closed roads in 6 Pune zones including yours, so riders are being rerouted. Could you DM us your order number? We’ll give you a live ETA and, if it runs past 60 min, a full refund. Updates every hour here: pinned post on our profile.',
      stats: '3 replies  ·  12 reposts  ·  148 likes',
      brand: true,
    },
    {
      initials: 'KD',
      colors: ['#f97316', '#db2777'],
      name: 'Kavya D.',
      handle: '@kavya_eats_pune_x',
      time: '14 Jul · 19:31',
      body: 'DM’d. Okay the rider just called, he’s 5 min away and soaked. Please make sure they’re safe too',
      stats: '1 reply  ·  4 reposts  ·  96 likes',
    },
    {
      initials: 'RR',
      colors: ['#ea580c', '#b91c1c'],
      name: 'Rasoi Runner',
      handle: '@RasoiRunner',
      time: '14 Jul · 19:34',
      body: 'Thank you, we’ll pass that on to Sandeep. Riders in flooded zones now have a pause button with no penalty. Your refund is processed — it shows in 3–5 working days. Enjoy dinner with your dad — Asha, Community team',
      stats: '2 replies  ·  9 reposts  ·  211 likes',
      brand: true,
    },
  ];
  let y = 96;
  posts.forEach((post) => {
    if (post.brand) svg += rect(x + 1, y - 22, w - 2, 0, { fill: '#fff' });
    svg += avatar(x + 48, y + 12, 24, post.initials, post.colors);
    svg += text(x + 86, y + 6, post.name, { size: 16, weight: 700, fill: '#0f1419' });
    let hx = x + 96 + post.name.length * 10.4;
    if (post.brand) {
      svg += circle(hx + 4, y + 1, 9, '#1d9bf0') + `<path d="M${hx - 1} ${y + 1} l4 4 l6 -7" fill="none" stroke="#fff" stroke-width="2"/>`;
      hx += 20;
    }
    svg += text(hx, y + 6, `${post.handle} · ${post.time}`, { size: 14, fill: '#536471' });
    const block = paragraph(x + 86, y + 34, post.body, {
      size: post.main ? 18 : 16,
      maxChars: post.main ? 62 : 70,
      fill: '#0f1419',
      lineHeight: 1.4,
    });
    svg += block.svg;
    let sy = y + 34 + block.height + 4;
    // simple action icons: reply, repost, like
    svg +=
      `<g fill="none" stroke="#536471" stroke-width="1.6">` +
      `<path d="M${x + 88} ${sy} h14 a4 4 0 0 1 4 4 v6 a4 4 0 0 1 -4 4 h-6 l-5 4 v-4 h-3 a4 4 0 0 1 -4 -4 v-6 a4 4 0 0 1 4 -4z"/>` +
      `<path d="M${x + 240} ${sy + 4} h14 v8 M${x + 250} ${sy + 8} l4 4 l4 -4 M${x + 264} ${sy + 14} h-14 v-8"/>` +
      `<path d="M${x + 400} ${sy + 4} c-4 -6 -14 -4 -12 4 c2 6 12 12 12 12 c0 0 10 -6 12 -12 c2 -8 -8 -10 -12 -4z"/>` +
      `</g>`;
    svg += text(x + 440, sy + 14, post.stats, { size: 13, fill: '#536471' });
    if (post.brand && post.resolved !== false)
      svg +=
        rect(x + 86, sy + 26, 168, 22, { fill: '#ecfdf5', r: 11 }) +
        text(x + 98, sy + 41, 'Resolved · ticket #48213', { size: 12, fill: '#047857', weight: 700 });
    sy += post.brand && post.resolved !== false ? 64 : 40;
    svg += line(x, sy, x + w, sy, '#eff3f4');
    y = sy + 34;
  });
  svg += text(x + 24, height - 16, 'All names, handles and order details are invented for this sample.', { size: 12, fill: '#9ca3af' });
  return save('case-studies/crisis-response-rasoi-runner/reply-thread.png', width, height, svg);
}

// ---------------------------------------------------------------------------------------------
// Blog cover: measuring engagement rate
// ---------------------------------------------------------------------------------------------

function engagementCover() {
  const width = 1600;
  const height = 840;
  let svg = `<defs><linearGradient id="cover" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fdf2f8"/><stop offset="1" stop-color="#ecfeff"/></linearGradient></defs>`;
  svg += rect(0, 0, width, height, { fill: 'url(#cover)' });
  svg += circle(1400, 120, 220, '#fbcfe8', 'fill-opacity="0.5"') + circle(160, 760, 260, '#a5f3fc', 'fill-opacity="0.4"');
  svg += text(110, 200, 'Engagement rate', { size: 72, weight: 700, fill: '#111827' });
  svg += text(110, 270, 'is a fraction. Say what is on top and what is underneath.', { size: 30, fill: '#4b5563' });
  // The fraction
  svg += rect(110, 330, 760, 380, { fill: '#fff', r: 24, stroke: '#e5e7eb' });
  svg += text(490, 440, 'likes + comments + saves + shares', { size: 32, weight: 700, fill: '#be185d', anchor: 'middle' });
  svg += line(170, 480, 810, 480, '#111827', 4);
  svg += text(490, 545, 'accounts reached', { size: 32, weight: 700, fill: '#0f766e', anchor: 'middle' });
  svg += text(490, 640, 'not followers · not impressions · per post, then the median', { size: 20, fill: '#6b7280', anchor: 'middle' });
  // Mini comparison chart
  const bars = [
    ['÷ followers', 1.4, '#d1d5db'],
    ['÷ impressions', 2.9, '#d1d5db'],
    ['÷ reach', 4.6, '#be185d'],
  ];
  svg += rect(950, 330, 540, 380, { fill: '#fff', r: 24, stroke: '#e5e7eb' });
  svg += text(980, 380, 'Same post, three denominators', { size: 22, weight: 700, fill: '#111827' });
  bars.forEach(([label, value, color], index) => {
    const by = 430 + index * 86;
    svg += text(980, by + 28, label, { size: 20, fill: '#374151' });
    svg += rect(1150, by, (value / 5) * 280, 40, { fill: color, r: 8 });
    svg += text(1160 + (value / 5) * 280, by + 28, `${value}%`, { size: 20, weight: 700, fill: '#111827' });
  });
  return save('blog/images/engagement-rate-cover.png', width, height, svg);
}

await profileAvatar();
await pebblepotFollowers();
await pebblepotFormats();
await pebblepotThread();
await ganitDiscord();
await ganitDashboard();
await rasoiTimeline();
await rasoiSentiment();
await rasoiReplies();
await engagementCover();

// The sample practises what `npm run check` asks of a portfolio: the names hidden by `redact` are
// hidden in the files themselves too (the drawn originals go to a temporary folder).
const baked = await bakeRedactions(contentDir, await mkdtemp(path.join(tmpdir(), 'commfolio-sample-originals-')));
for (const { file, regions } of baked.baked)
  console.log(`${path.relative(contentDir, file).padEnd(64)} ${regions} regions hidden in the file`);
