import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardTheme, clampCard } from '../../src/social-card/card-data.ts';
import { emojiImages } from '../../src/social-card/emoji.ts';
import { charactersWithoutCardFont, drawnByCardFont, fontsForText } from '../../src/social-card/fonts.ts';
import { MAX_CARD_BYTES, renderCard, renderCardPng, renderOwnImage } from '../../src/social-card/render.ts';
import { cardTemplate, type CardNode } from '../../src/social-card/template.ts';
import { expectMatchesGolden } from '../helpers/golden.ts';
import { inkOf } from '../helpers/ink.ts';
import { CARD_SAMPLES } from './samples.ts';

const goldenFolder = path.resolve(import.meta.dirname, 'golden');
const renders = new Map<string, Promise<Buffer>>();
const rendered = (name: string) => {
  if (!renders.has(name)) renders.set(name, renderCard(CARD_SAMPLES[name]!));
  return renders.get(name)!;
};

describe('renderCard', () => {
  test.each(Object.keys(CARD_SAMPLES))('%s matches its golden image', async (name) => {
    await expectMatchesGolden(await rendered(name), goldenFolder, name);
  });

  test.each(Object.keys(CARD_SAMPLES))('%s is a 1200×630 PNG under 300 KB', async (name) => {
    const png = await rendered(name);
    expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    expect(png.length).toBeLessThan(MAX_CARD_BYTES);
  });

  // Long titles must wrap inside the card's padding and stop after their last line, in every script.
  test.each(['latin-diacritics', 'devanagari', 'gujarati', 'bengali', 'arabic', 'japanese', 'thai'])(
    'a long %s title wraps and is clamped inside the card',
    async (name) => {
      // Right of the accent bar: the text and the footer rule, which spans the content box (x 96–1128).
      const content = await sharp(await rendered(name))
        .extract({ left: 30, top: 0, width: 1170, height: 630 })
        .png()
        .toBuffer();
      const ink = await inkOf(content);
      expect(ink.left + 30).toBeGreaterThanOrEqual(96);
      expect(ink.right + 30).toBeLessThanOrEqual(1200 - 72);
    },
  );

  test('hostile text is drawn as text: the template passes it through untouched', async () => {
    const card = clampCard(CARD_SAMPLES.hostile!.data);
    expect(JSON.stringify(cardTemplate(card, { theme: cardTheme('#000000'), fontFamily: 'x' }))).toContain(JSON.stringify(card.title));
    expect((await inkOf(await rendered('hostile'))).pixels).toBeGreaterThan(10_000);
  });

  test('emoji are drawn as Twemoji pictures', () => {
    expect(Object.keys(emojiImages('Launch 🎉 👩🏽‍💻 🇮🇳 ❤️ © 1'))).toEqual(['🎉', '👩🏽‍💻', '🇮🇳', '❤️']);
  });

  test('text-style pictographs no card font draws (❤ ✈ without U+FE0F) are pictures too; © stays text', () => {
    expect(Object.keys(emojiImages('I ❤ my ✈ job © 2026', drawnByCardFont))).toEqual(['❤', '✈']);
    expect(charactersWithoutCardFont('I ❤ my ✈ job © 2026')).toEqual([]);
  });

  test('characters neither a font nor a picture draws are reported; invisible ones are not', () => {
    expect(charactersWithoutCardFont('한글 葛\u{E0100} \u180B a\u200Db \u200B Žluťoučký')).toEqual(['한', '글']);
  });

  // Reported against satori with fonts lacking a space glyph; not reproducible at 0.63.2. Kept as a guard,
  // because Thai titles get zero-width spaces inserted.
  test('a title that is only zero-width spaces renders', async () => {
    const png = await renderCard({ ...CARD_SAMPLES.thai!, data: { ...CARD_SAMPLES.thai!.data, title: '\u200B\u200B', tags: [] } });
    expect((await sharp(png).metadata()).width).toBe(1200);
  });
});

describe('mark positioning (scripts/postinstall/satori-mark-offsets.mjs)', () => {
  // satori added HarfBuzz's y offsets to SVG y (which grows downwards), moving marks the wrong way.
  const word = (text: string, lang: string): CardNode => ({
    type: 'div',
    props: {
      lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: '#fff',
        color: '#000',
        fontSize: 240,
      },
      children: text,
    },
  });
  const draw = (text: string, lang: string) => renderCardPng(word(text, lang), fontsForText(text));
  const letterAndMark = async (base: string, marked: string, lang: string) => ({
    letter: await inkOf(await draw(base, lang)),
    mark: await inkOf(await draw(marked, lang), await draw(base, lang)),
  });

  test('an Arabic kasra is drawn below its letter', async () => {
    const { letter, mark } = await letterAndMark('ب', 'بِ', 'ar');
    expect(mark.pixels).toBeGreaterThan(100);
    expect(mark.centreY).toBeGreaterThan(letter.bottom);
  });

  test('the Bengali nukta sits at the foot of its letter, not below the line', async () => {
    const { letter, mark } = await letterAndMark('য', 'য়', 'bn');
    expect(mark.pixels).toBeGreaterThan(100);
    expect(mark.top).toBeLessThan(letter.bottom);
  });

  test.each([
    ['ตั', 'ตั้'],
    ['ปิ', 'ปิ้'],
  ])('a Thai tone mark rests just above the upper vowel of %s', async (base, marked) => {
    const { letter, mark } = await letterAndMark(base, marked, 'th');
    expect(mark.pixels).toBeGreaterThan(100);
    expect(mark.bottom).toBeLessThan(letter.top);
    expect(letter.top - mark.bottom).toBeLessThan(15);
  });
});

describe('renderOwnImage', () => {
  test("cuts a page's own image to a 1200×630 JPEG under 300 KB", async () => {
    const noise = await sharp(Buffer.from(Array.from({ length: 900 * 900 * 3 }, (_, index) => (index * 7919) % 251)), {
      raw: { width: 900, height: 900, channels: 3 },
    })
      .png()
      .toBuffer();
    const file = path.join(await import('node:os').then((os) => os.tmpdir()), 'commfolio-own-image.png');
    await sharp(noise).toFile(file);
    const jpeg = await renderOwnImage(file);
    expect(await sharp(jpeg).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(jpeg.length).toBeLessThan(MAX_CARD_BYTES);
  });
});
