import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A font as satori takes it. Each Unicode-range subset has a name of its own, because satori keeps only the first font per name, weight and style. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Subsets of Noto Sans from npm (WOFF: satori cannot read WOFF2), in fallback order. */
export const CARD_FONT_FILES = [
  { name: 'Noto Sans Latin', file: '@fontsource/noto-sans/files/noto-sans-latin-{weight}-normal.woff' },
  { name: 'Noto Sans Latin Ext', file: '@fontsource/noto-sans/files/noto-sans-latin-ext-{weight}-normal.woff' },
  { name: 'Noto Sans Devanagari', file: '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-{weight}-normal.woff' },
  { name: 'Noto Sans Gujarati', file: '@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-gujarati-{weight}-normal.woff' },
] as const;

/** The CSS font-family list for card text, naming every subset in fallback order. */
export const CARD_FONT_FAMILY = CARD_FONT_FILES.map((font) => `'${font.name}'`).join(', ');

const require = createRequire(import.meta.url);

/** Reads every card font once; call it once per build and pass the result to each render. */
export async function loadCardFonts(): Promise<CardFont[]> {
  const weights = [400, 700] as const;
  return Promise.all(
    CARD_FONT_FILES.flatMap((font) =>
      weights.map(async (weight) => ({
        name: font.name,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(font.file.replace('{weight}', String(weight)))),
      })),
    ),
  );
}
