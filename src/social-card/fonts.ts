import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isEmojiPicture } from './emoji.ts';
import { graphemes } from './text.ts';

/**
 * Card fonts: Noto families from @fontsource (WOFF files; no network at build time). Each family
 * is split into Unicode-range subsets; a card gets only the subsets its own text needs, so a
 * Latin card never parses Japanese and a Japanese card parses a few of Noto Sans JP's 120 parts.
 */

/** A font as satori takes it. Each subset has a name of its own, because satori keeps only the first font per name, weight and style. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** One subset file of a family: its satori name, its file pattern and the code points it covers. */
export interface CardFontFace {
  name: string;
  /** Module path with `{weight}` in place of the weight. */
  file: string;
  ranges: readonly (readonly [number, number])[];
}

/** Families in fallback order; `subsets: 'numbered'` takes the numbered parts of a CJK family (not its Latin ones). */
const FAMILIES = [
  {
    family: 'Noto Sans',
    module: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'],
  },
  { family: 'Noto Sans Devanagari', module: 'noto-sans-devanagari', subsets: ['devanagari'] },
  { family: 'Noto Sans Gujarati', module: 'noto-sans-gujarati', subsets: ['gujarati'] },
  { family: 'Noto Sans Bengali', module: 'noto-sans-bengali', subsets: ['bengali'] },
  { family: 'Noto Sans Arabic', module: 'noto-sans-arabic', subsets: ['arabic'] },
  { family: 'Noto Sans Thai', module: 'noto-sans-thai', subsets: ['thai'] },
  { family: 'Noto Sans Lao', module: 'noto-sans-lao', subsets: ['lao'] },
  { family: 'Noto Sans Khmer', module: 'noto-sans-khmer', subsets: ['khmer'] },
  { family: 'Noto Sans Myanmar', module: 'noto-sans-myanmar', subsets: ['myanmar'] },
  { family: 'Noto Sans JP', module: 'noto-sans-jp', subsets: 'numbered' },
] as const;

/** The weights the templates use. */
export const CARD_FONT_WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);

/** Parses a CSS unicode-range list such as "U+0000-00FF,U+0131". */
export function parseUnicodeRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [Number.parseInt(start, 16), Number.parseInt(end, 16)];
  });
}

let catalogue: CardFontFace[] | undefined;

/** Every subset of every card family, in fallback order (read once from the packages' unicode.json). */
export function cardFontFaces(): CardFontFace[] {
  catalogue ??= FAMILIES.flatMap(({ family, module, subsets }) => {
    const ranges = require(`@fontsource/${module}/unicode.json`) as Record<string, string>;
    const keys =
      subsets === 'numbered' ? Object.keys(ranges).filter((key) => /^\[\d+\]$/.test(key)) : subsets.filter((subset) => subset in ranges);
    return keys.map((key) => {
      const subset = key.replace(/^\[(\d+)\]$/, '$1');
      return {
        name: `${family} ${subset}`,
        file: `@fontsource/${module}/files/${module}-${subset}-{weight}-normal.woff`,
        ranges: parseUnicodeRanges(ranges[key]!),
      };
    });
  });
  return catalogue;
}

const covers = (face: CardFontFace, codePoint: number) => face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
// The first face that covers a code point, looked up once per code point: Noto Sans JP alone has thousands of ranges.
const faceByCodePoint = new Map<number, number>();

/** Index in cardFontFaces() of the first face that covers a code point, or -1. */
function faceIndexOf(codePoint: number): number {
  if (!faceByCodePoint.has(codePoint))
    faceByCodePoint.set(
      codePoint,
      cardFontFaces().findIndex((face) => covers(face, codePoint)),
    );
  return faceByCodePoint.get(codePoint)!;
}

/**
 * The subsets a text needs, in fallback order: for each character the first subset that covers it
 * (so a space never pulls in a Japanese part). Basic Latin always comes first (digits, "…", "#").
 */
export function facesForText(text: string): CardFontFace[] {
  const needed = new Set<number>([0]);
  for (const character of text) {
    const index = faceIndexOf(character.codePointAt(0)!);
    if (index >= 0) needed.add(index);
  }
  return [...needed].sort((a, b) => a - b).map((index) => cardFontFaces()[index]!);
}

/** The scripts card fonts draw, for messages. */
export const CARD_SCRIPTS = 'Latin, Cyrillic, Greek, Devanagari, Gujarati, Bengali, Arabic, Thai, Lao, Khmer, Myanmar and Japanese';

// Characters a card never draws: spaces, and those shaping hides (format characters, variation selectors…).
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]$/u;
const fontlessCharacters = (grapheme: string) =>
  [...grapheme].filter((character) => !INVISIBLE.test(character) && faceIndexOf(character.codePointAt(0)!) < 0);

/** Whether the card fonts draw every visible character of a grapheme. */
export const drawnByCardFont = (grapheme: string) => fontlessCharacters(grapheme).length === 0;

/** The characters of a text that neither a card font nor an emoji picture draws: a card would leave gaps there. */
export function charactersWithoutCardFont(text: string): string[] {
  const missing = new Set<string>();
  for (const segment of graphemes(text)) {
    if (isEmojiPicture(segment, drawnByCardFont)) continue;
    for (const character of fontlessCharacters(segment)) missing.add(character);
  }
  return [...missing];
}

const fontData = new Map<string, Buffer>();
const fontSets = new Map<string, CardFont[]>();

/**
 * The fonts for a text, each file read once per thread. The same list object is returned for the
 * same subsets, so satori (which caches parsed fonts by list) parses each combination once.
 */
export function fontsForText(text: string): CardFont[] {
  const faces = facesForText(text);
  const key = faces.map((face) => face.name).join('|');
  let fonts = fontSets.get(key);
  if (!fonts) {
    fonts = faces.flatMap((face) =>
      CARD_FONT_WEIGHTS.map((weight) => {
        const file = require.resolve(face.file.replace('{weight}', String(weight)));
        if (!fontData.has(file)) fontData.set(file, readFileSync(file));
        return { name: face.name, data: fontData.get(file)!, weight, style: 'normal' as const };
      }),
    );
    fontSets.set(key, fonts);
  }
  return fonts;
}

/** The CSS font-family list for the given fonts, in their order. */
export function fontFamilyOf(fonts: readonly CardFont[]): string {
  return [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ');
}

/** Names and versions of the font packages, for the card cache key. */
export function fontPackageVersions(): Record<string, string> {
  return Object.fromEntries(
    FAMILIES.map(({ module }) => [module, (require(`@fontsource/${module}/package.json`) as { version: string }).version]),
  );
}
