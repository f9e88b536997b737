/**
 * Text from an export (a LinkedIn summary, a post on X) written into Markdown so that it shows as
 * it was typed: Markdown's own characters are escaped (turndown's escape, the converter the article
 * import uses), and so is anything a Markdown renderer would take for HTML (`<script>`, `&lt;`),
 * because Markdown passes raw HTML through to the page.
 */
import TurndownService from 'turndown';

const markdownEscape = TurndownService.prototype.escape;

/** A run of plain text, escaped for Markdown: `*`, `_`, `[`, a leading `#` or `-`, and HTML-like `<` and `&`. */
export function escapeMarkdownText(text: string): string {
  return markdownEscape(text)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/<(?=[\p{L}/!?])/gu, '&lt;');
}

const BULLET = /^\s*[•·▪◦‣●○■□➢➤►✓✔✅\-*+]\s+/u;

/**
 * Plain text with line breaks as Markdown paragraphs: each line its own paragraph, and lines that
 * start with a bullet (•, -, ✓ …) a list, as LinkedIn and X users write them.
 */
export function plainTextToMarkdown(text: string): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const endList = () => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
  };
  for (const line of text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((each) => each.trim())) {
    if (line === '') endList();
    else if (BULLET.test(line)) list.push(`- ${escapeMarkdownText(line.replace(BULLET, ''))}`);
    else {
      endList();
      blocks.push(escapeMarkdownText(line));
    }
  }
  endList();
  return blocks.join('\n\n');
}
