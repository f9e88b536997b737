// npm run card:compare [-- --browser /usr/bin/chromium]
// Draws the title of each sample card twice, with the card renderer (satori + resvg) and with
// headless Chromium using the same font files, and writes them one above the other to
// .cache/card-compare/<script>.png, to judge shaping, marks, line breaks and clamping by eye.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { emojiImages } from '../src/social-card/emoji.ts';
import { drawnByCardFont, fontFamilyOf, fontsForText } from '../src/social-card/fonts.ts';
import { renderCardPng } from '../src/social-card/render.ts';
import { textBlock } from '../src/social-card/template.ts';
import { textDirection } from '../src/social-card/text.ts';
import { escapeMarkup } from '../src/lib/markup.ts';
import { CARD_SAMPLES } from '../tests/social-card/samples.ts';

const { values } = parseArgs({ options: { browser: { type: 'string', default: '/usr/bin/chromium' } } });
const EXTRA = {
  lao: ['lo', 'ການຈັດການຊຸມຊົນອອນໄລນ໌ທີ່ປະສົບຜົນສຳເລັດຕ້ອງເລີ່ມຈາກການຟັງສະມາຊິກທຸກຄົນ'],
  khmer: ['km', 'ការគ្រប់គ្រងសហគមន៍អនឡាញដែលទទួលបានជោគជ័យត្រូវចាប់ផ្តើមពីការស្តាប់សមាជិកទាំងអស់'],
  myanmar: ['my', 'အွန်လိုင်းအသိုင်းအဝိုင်းစီမံခန့်ခွဲမှုအောင်မြင်ရန်အဖွဲ့ဝင်အားလုံးကိုနားထောင်ခြင်းဖြင့်စတင်ရမည်'],
};
const samples = [
  ...Object.entries(CARD_SAMPLES)
    .filter(([, input]) => input.data.template === 'post')
    .map(([name, input]) => [name, input.data.language, input.data.title] as const),
  ...Object.entries(EXTRA).map(([name, [language, title]]) => [name, language!, title!] as const),
];
const box = { width: 1056, fontSize: 62, lineHeight: 1.25, lines: 3 };
const folder = path.resolve('.cache/card-compare');
mkdirSync(folder, { recursive: true });

const browser = await chromium.launch({
  executablePath: values.browser,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: box.width, height: 300 } });
for (const [name, language, title] of samples) {
  const fonts = fontsForText(title);
  const direction = textDirection(title);
  // The title exactly as card templates draw it (textBlock), alone on a white card.
  const titleBlock = textBlock(
    title,
    language,
    { width: box.width, fontSize: box.fontSize, fontWeight: 700, lineHeight: box.lineHeight },
    box.lines,
  );
  const tree = {
    type: 'div',
    props: {
      style: { display: 'flex', width: '100%', height: '100%', backgroundColor: '#fff', color: '#000', fontFamily: fontFamilyOf(fonts) },
      children: titleBlock,
    },
  };
  const ours = await sharp(await renderCardPng(tree, fonts, emojiImages(title, drawnByCardFont)))
    .extract({ left: 0, top: 0, width: box.width, height: 300 })
    .toBuffer();
  const faces = fonts.map(
    (font) =>
      `@font-face{font-family:'${font.name}';font-weight:${font.weight};src:url(data:font/woff;base64,${font.data.toString('base64')}) format('woff')}`,
  );
  await page.setContent(
    `<html lang="${language}"><style>${faces.join('')} body{margin:0;background:#fff} p{margin:0;width:${box.width}px;font:700 ${box.fontSize}px/${box.lineHeight} ${fontFamilyOf(fonts)};direction:${direction};display:-webkit-box;-webkit-line-clamp:${box.lines};-webkit-box-orient:vertical;overflow:hidden}</style><p>${escapeMarkup(title)}</p></html>`,
  );
  await page.evaluate(() => document.fonts.ready);
  const chrome = await page.screenshot({ clip: { x: 0, y: 0, width: box.width, height: 300 } });
  await sharp({ create: { width: box.width, height: 604, channels: 3, background: '#e11d48' } })
    .composite([
      { input: ours, top: 0, left: 0 },
      { input: chrome, top: 304, left: 0 },
    ])
    .png()
    .toFile(path.join(folder, `${name}.png`));
  console.log(`${name}: .cache/card-compare/${name}.png (top: card renderer, bottom: Chromium)`);
}
await browser.close();
