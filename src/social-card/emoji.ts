import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { graphemes } from './text.ts';

/**
 * Emoji on cards are drawn as Twemoji SVG images (from @twemoji/svg, read from disk): satori
 * cannot draw colour font glyphs, and it places an image wherever `graphemeImages` names a grapheme.
 */

// Emoji shown as pictures: those with emoji presentation, or text-style ones asked for with U+FE0F (© stays text).
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}|\u20E3/u;
const require = createRequire(import.meta.url);
let twemojiFolder: string | undefined;
const images = new Map<string, string | undefined>();

// Text-style pictographs (❤ ✔ ✈ without U+FE0F): pictures only where no card font draws them.
const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;

/**
 * Whether a grapheme is drawn as a Twemoji picture rather than with a font: emoji-style ones
 * always, text-style ones (❤ typed without U+FE0F) when no card font draws them and Twemoji has them.
 */
export function isEmojiPicture(grapheme: string, drawnByFont: (grapheme: string) => boolean = () => true): boolean {
  if (EMOJI.test(grapheme)) return true;
  return PICTOGRAPHIC.test(grapheme) && !drawnByFont(grapheme) && imageOf(grapheme) !== undefined;
}

/** Twemoji's file name for a grapheme: code points in hex joined by "-", without U+FE0F unless it is a ZWJ sequence. */
export function twemojiName(grapheme: string): string {
  const codePoints = [...(grapheme.includes('\u200D') ? grapheme : grapheme.replace(/\uFE0F/g, ''))];
  return codePoints.map((character) => character.codePointAt(0)!.toString(16)).join('-');
}

function imageOf(grapheme: string): string | undefined {
  if (!images.has(grapheme)) {
    twemojiFolder ??= path.dirname(require.resolve('@twemoji/svg/package.json'));
    const candidates = [twemojiName(grapheme), twemojiName(grapheme.replace(/\uFE0F/g, ''))].map((name) =>
      path.join(twemojiFolder!, `${name}.svg`),
    );
    const file = candidates.find((candidate) => existsSync(candidate));
    images.set(grapheme, file && `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`);
  }
  return images.get(grapheme);
}

/** satori's `graphemeImages` for the emoji in a text: each emoji grapheme mapped to its SVG as a data URL. */
export function emojiImages(text: string, drawnByFont?: (grapheme: string) => boolean): Record<string, string> {
  const found: Record<string, string> = {};
  for (const segment of graphemes(text)) {
    if (!isEmojiPicture(segment, drawnByFont)) continue;
    const image = imageOf(segment);
    if (image) found[segment] = image;
  }
  return found;
}
