import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { cardFontFaces, facesForText, fontsForText, parseUnicodeRanges } from '../../src/social-card/fonts.ts';

const names = (text: string) => facesForText(text).map((face) => face.name);

describe('facesForText', () => {
  test.each([
    ['Community', ['Noto Sans latin']],
    ['Kůň — Tiếng Việt', ['Noto Sans latin', 'Noto Sans latin-ext', 'Noto Sans vietnamese']],
    ['समुदाय', ['Noto Sans latin', 'Noto Sans Devanagari devanagari']],
    ['વોટ્સએપ', ['Noto Sans latin', 'Noto Sans Gujarati gujarati']],
    ['কমিউনিটি', ['Noto Sans latin', 'Noto Sans Bengali bengali']],
    ['مجتمع', ['Noto Sans latin', 'Noto Sans Arabic arabic']],
    ['ชุมชน', ['Noto Sans latin', 'Noto Sans Thai thai']],
  ])('%s needs %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test('takes only the few Noto Sans JP parts a Japanese title uses', () => {
    const japanese = names('コミュニティ運営で学んだこと').filter((name) => name.startsWith('Noto Sans JP'));
    expect(japanese.length).toBeGreaterThan(0);
    expect(japanese.length).toBeLessThan(10);
    expect(cardFontFaces().filter((face) => face.name.startsWith('Noto Sans JP')).length).toBeGreaterThan(100);
  });
});

describe('fontsForText', () => {
  test('gives every font a name, weight and style of its own', () => {
    const fonts = fontsForText('Kůň समुदाय વોટ્સએપ কমিউনিটি مجتمع ชุมชน コミュニティ運営');
    const keys = fonts.map((font) => `${font.name}/${font.weight}/${font.style}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('returns the same list for the same subsets, so satori parses them once', () => {
    expect(fontsForText('Hello')).toBe(fontsForText('World'));
  });

  // satori keeps only the first font per name, weight and style: a Latin Extended letter in a
  // second subset under the same name is not drawn. This is why each subset has its own name.
  test('satori draws a second subset only under a name of its own', async () => {
    const [latin, latinExtended] = fontsForText('Ž').filter((font) => font.weight === 700);
    const draw = (fonts: object[]) =>
      satori(
        { type: 'div', props: { style: { display: 'flex', fontSize: 40, fontWeight: 700 }, children: 'Ž' } },
        { width: 100, height: 60, fonts: fonts as never },
      );
    const reference = await draw([latinExtended!]);
    expect(await draw([latin!, { ...latinExtended!, name: latin!.name }])).not.toBe(reference);
    expect(await draw([latin!, latinExtended!])).toBe(reference);
  });
});

describe('parseUnicodeRanges', () => {
  test('reads single code points and ranges', () => {
    expect(parseUnicodeRanges('U+0000-00FF,U+0131, U+2000-206F')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x2000, 0x206f],
    ]);
  });
});
