// Makes the sample case studies' data files and the images for issue 4 (metrics, charts, privacy):
// CSV series for Pebblepot Home and Rasoi Runner, the before/after channel lists for Ganit Garage,
// and the test fixture photo that carries GPS and camera EXIF. Every number, name and place is
// invented. Deterministic: re-running writes the same files.
//
//   PATH=$PWD/node_modules/.bin:$PATH node scripts/sample/make-metrics-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { escapeMarkup } from '../../src/lib/markup.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const write = (relative, text) => {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(relative);
};

let state = 20260914;
const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const day = (start, offset) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const csv = (header, rows) => [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';

// Pebblepot Home: followers every day, 1 Jun – 29 Nov 2022 (slow before 1 Sep, then the plan).
const pebblepot = 'content/case-studies/instagram-growth-pebblepot-home';
// Daily gains after 1 Sep are drawn at random (bigger in the three campaign weeks), then scaled so
// the series ends exactly at the 28,560 the case study reports.
const days = Array.from({ length: 182 }, (_, offset) => day('2022-06-01', offset));
const gains = days.map((date) =>
  date <= '2022-09-01'
    ? 0
    : (150 + random() * 90) * (['2022-09-12', '2022-10-10', '2022-10-24'].some((start) => date >= start && date < day(start, 6)) ? 3.2 : 1),
);
const scale = (28_560 - 8_400) / gains.reduce((total, gain) => total + gain, 0);
const followers = [];
let count = 7_880;
let growth = 8_400;
for (const [index, date] of days.entries()) {
  if (date < '2022-09-01') count += Math.round(2 + random() * 6);
  else count = Math.round((growth += gains[index] * scale));
  followers.push([date, date === '2022-09-01' ? 8_400 : count]);
}
write(`${pebblepot}/followers-daily.csv`, csv(['date', 'followers'], followers));

// Weekly totals from Instagram Insights' content export, 13 weeks before and 13 weeks after.
const weeks = [];
for (let week = 0; week < 26; week++) {
  const after = week >= 13;
  const reach = Math.round((after ? 30_000 + week * 700 : 24_000 + week * 150) * (0.9 + random() * 0.2));
  const rate = (after ? 0.04 + (week - 13) * 0.0011 : 0.02) * (0.92 + random() * 0.16);
  const interactions = reach * rate;
  const likes = Math.round(interactions * 0.74);
  const comments = Math.round(interactions * 0.1);
  const saves = Math.round(interactions * (after ? 0.1 : 0.08));
  const shares = Math.round(interactions * (after ? 0.06 : 0.08));
  weeks.push([day('2022-06-02', week * 7), reach, likes, comments, saves, shares]);
}
write(`${pebblepot}/weekly-engagement.csv`, csv(['date', 'reach', 'likes', 'comments', 'saves', 'shares'], weeks));
for (const [label, rows] of [
  ['Jun–Aug', weeks.slice(0, 13)],
  ['Sep–Nov', weeks.slice(13)],
]) {
  const sums = [1, 2, 3, 4, 5].map((column) => rows.reduce((total, row) => total + row[column], 0));
  console.log(
    `  ${label}: reach ${sums[0]}, likes ${sums[1]}, comments ${sums[2]}, saves ${sums[3]}, shares ${sums[4]} → ${((100 * (sums[1] + sums[2] + sums[3] + sums[4])) / sums[0]).toFixed(2)}%`,
  );
}

// Every post from 1 Sep to 29 Nov with its time (IST): evening and Sunday-morning posts do best.
const posts = [];
const slots = [
  [8, 0.7],
  [11, 0.9],
  [13, 0.8],
  [17, 1],
  [19, 1.35],
  [20, 1.5],
  [21, 1.2],
];
for (let offset = 0; offset < 90; offset++) {
  const date = day('2022-09-01', offset);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let post = 0; post < (random() < 0.55 ? 2 : 1); post++) {
    const [hour, hourBoost] = slots[Math.floor(random() * slots.length)];
    const dayBoost = [0.85, 0.8, 0.9, 0.95, 1.15, 1.2, hour < 12 ? 1.45 : 1.05][weekday];
    const reach = Math.round(2_400 + random() * 2_600 + offset * 25);
    const interactions = reach * 0.036 * hourBoost * dayBoost * (0.8 + random() * 0.4);
    const minute = String(Math.floor(random() * 4) * 15).padStart(2, '0');
    posts.push([
      `${date}T${String(hour).padStart(2, '0')}:${minute}`,
      reach,
      Math.round(interactions * 0.72),
      Math.round(interactions * 0.11),
      Math.round(interactions * 0.11),
      Math.round(interactions * 0.06),
    ]);
  }
}
write(`${pebblepot}/posts.csv`, csv(['date', 'reach', 'likes', 'comments', 'saves', 'shares'], posts));

// Rasoi Runner: mentions on X per day, and the median minutes to our first reply.
const mentions = [];
for (let offset = 0; offset < 27; offset++) {
  const date = day('2026-07-01', offset);
  const incident = date >= '2026-07-14' && date <= '2026-07-17';
  const total = Math.round(
    incident ? [3_900, 3_310, 2_630, 1_500][offset - 13] : date > '2026-07-17' ? 1_000 - (offset - 16) * 45 : 380 + random() * 60,
  );
  const negativeShare = incident
    ? [0.61, 0.54, 0.43, 0.22][offset - 13]
    : date > '2026-07-17'
      ? 0.2 - (offset - 17) * 0.005
      : 0.12 + random() * 0.04;
  const reply = date < '2026-07-15' ? Math.round(230 + random() * 40) : Math.round(15 + random() * 6);
  mentions.push([date, total, Math.round(total * negativeShare), reply]);
}
write(
  'content/case-studies/crisis-response-rasoi-runner/mentions-daily.csv',
  csv(['date', 'mentions', 'negative', 'median_first_reply_minutes'], mentions),
);

// Ganit Garage: the channel list of the beta (31 channels) and the launch version (14).
function channelList(title, groups) {
  const width = 720;
  let y = 120;
  let body = '';
  for (const [group, channels] of groups) {
    body += `<text x="36" y="${y}" font-size="15" font-weight="700" fill="#949ba4" letter-spacing="1">${escapeMarkup(group.toUpperCase())}</text>`;
    y += 30;
    for (const channel of channels) {
      body += `<text x="48" y="${y}" font-size="19" fill="#dbdee1"><tspan fill="#80848e"># </tspan>${escapeMarkup(channel)}</text>`;
      y += 32;
    }
    y += 16;
  }
  const height = Math.max(y + 20, 900);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="#2b2d31"/><rect width="100%" height="72" fill="#1e1f22"/>` +
    `<text x="36" y="46" font-size="22" font-weight="700" fill="#f2f3f5">${escapeMarkup(title)}</text>${body}</svg>`;
  return sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 });
}
const ganit = path.join(root, 'content/case-studies/discord-launch-ganit-garage');
await channelList('Ganit Garage Learners · beta', [
  ['Info', ['welcome', 'rules', 'announcements', 'faq', 'roles', 'introductions', 'server-guide']],
  [
    'Maths',
    [
      'algebra',
      'geometry',
      'trigonometry',
      'statistics',
      'probability',
      'number-systems',
      'mensuration',
      'coordinate-geometry',
      'polynomials',
      'quadratics',
    ],
  ],
  ['Classes', ['class-8', 'class-9', 'class-10', 'live-class-chat', 'homework', 'homework-help', 'test-prep']],
  ['Off-topic', ['memes', 'gaming', 'music', 'random', 'bot-commands', 'suggestions', 'feedback']],
]).toFile(path.join(ganit, 'channels-before.png'));
await channelList('Ganit Garage Learners', [
  ['Start here', ['rules-and-how-to-ask', 'announcements', 'introduce-yourself']],
  ['Learn', ['doubts-class-8', 'doubts-class-9', 'doubts-class-10', 'live-class-chat']],
  ['Study rooms', ['silent-study', 'exam-prep-sprints']],
  ['Community', ['wins', 'mentor-wall', 'maths-memes', 'feedback', 'off-topic']],
]).toFile(path.join(ganit, 'channels-after.png'));
console.log('content/case-studies/discord-launch-ganit-garage/channels-{before,after}.png');

// Test fixture: a "phone photo" with camera and GPS EXIF, rotated by its EXIF orientation (6: 90°).
// Black and white 8 px stripes everywhere, so the tests can tell pixelated regions from untouched ones.
const stripes = Array.from({ length: 40 }, (_, index) => `<rect x="${index * 16}" width="8" height="400" fill="#111"/>`).join('');
const photo = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="640" height="400" fill="#f8fafc"/>${stripes}<circle cx="460" cy="200" r="90" fill="#fbbf24"/></svg>`;
await sharp(Buffer.from(photo))
  .withMetadata({ orientation: 6 })
  .withExifMerge({
    IFD0: { Make: 'FixtureCam', Model: 'Pocket 1', Artist: 'Fixture Person' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '73/1 51/1 24/1' },
  })
  .jpeg({ quality: 85 })
  .toFile(path.join(root, 'tests/fixtures/site-basic/case-studies/launch/meetup-photo.jpg'));
console.log('tests/fixtures/site-basic/case-studies/launch/meetup-photo.jpg');
