/** Words a typical adult reads per minute; the same for every script, as an estimate. */
export const WORDS_PER_MINUTE = 200;

/** Strips Markdown/MDX syntax that is not read aloud: code fences, tags, link targets, images. */
function readableText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^import .*$/gm, ' ')
    .replace(/[#>*_`{}|~-]/g, ' ');
}

/** Counts words with Intl.Segmenter, so Devanagari, Gujarati or Thai text is counted as words. */
export function countWords(markdown: string, language: string): number {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(readableText(markdown))) if (segment.isWordLike) count++;
  return count;
}

/** Whole minutes to read, at least 1. */
export function readingMinutes(markdown: string, language: string): number {
  return Math.max(1, Math.round(countWords(markdown, language) / WORDS_PER_MINUTE));
}
