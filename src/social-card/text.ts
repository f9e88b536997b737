/**
 * Text preparation for satori, which breaks lines only where the text itself allows it:
 * Thai, Lao, Khmer and Myanmar write words without spaces, so their break opportunities
 * come from Intl.Segmenter (a dictionary-based word breaker) as zero-width spaces.
 */

const segmenters = new Map<string, Intl.Segmenter>();

/** The parts of a text, cut by a segmenter made once per language and granularity. */
function segments(text: string, language: string, granularity: 'grapheme' | 'word'): string[] {
  const key = `${language} ${granularity}`;
  if (!segmenters.has(key)) segmenters.set(key, new Intl.Segmenter(language, { granularity }));
  return [...segmenters.get(key)!.segment(text)].map((part) => part.segment);
}

/** The graphemes (user-perceived characters: a letter with its marks, an emoji sequence) of a text. */
export function graphemes(text: string, language = 'en'): string[] {
  return segments(text, language, 'grapheme');
}

/** Scripts written without spaces between words, whose lines break at dictionary word boundaries. */
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Zero-width space: a line break opportunity that draws nothing. */
export const ZERO_WIDTH_SPACE = '\u200B';

/** True when the text has letters of a script that is written without spaces between words. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_SCRIPT.test(text);
}

/**
 * Inserts a zero-width space at each word boundary inside runs of Thai, Lao, Khmer or Myanmar,
 * so that long titles wrap where a browser would wrap them. Other text is returned unchanged.
 */
export function withLineBreakOpportunities(text: string, language: string): string {
  if (!hasUnspacedScript(text)) return text;
  const words = segments(text, language, 'word');
  let result = '';
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    if (previous !== undefined && UNSPACED_SCRIPT.test(previous.at(-1) ?? '') && UNSPACED_SCRIPT.test(word[0] ?? ''))
      result += ZERO_WIDTH_SPACE;
    result += word;
  }
  return result;
}

const STRONG_RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_LETTER = /\p{L}/u;

/** The base direction of a text, from its first letter (as `dir="auto"` decides in a browser). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const character of text) {
    if (STRONG_LETTER.test(character)) return STRONG_RIGHT_TO_LEFT.test(character) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}
