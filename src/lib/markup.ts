/**
 * Escapes text for XML or HTML element content and attribute values (`&#39;`, which both read, for
 * the apostrophe): the one escaper for markup written as text (feeds, the sitemap, SVG, the preview's
 * problems page). Also plain text for an RSS `<description>`, which feed readers render as HTML:
 * markup typed in a description must show as text, not run; the XML writer escapes it once more.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[<>&"']/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[character]!);
}
