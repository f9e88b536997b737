/**
 * How to draw an imported series, as `npm run import -- x` and `-- metrics` print it, for the case
 * study's frontmatter as it is: a second `charts:` pasted into it would be an error ("charts is written
 * twice"), so the advice adds the list, replaces the empty one a new case study has, or adds to it.
 */
export function chartSuggestion(charts: unknown, lines: readonly string[]): string {
  const chartLines = lines.join('\n');
  if (Array.isArray(charts) && charts.length > 0)
    return `Draw it by adding these lines under charts: in the case study's frontmatter:\n${chartLines}`;
  if (Array.isArray(charts)) return `Draw it by replacing charts: [] in the case study's frontmatter with:\ncharts:\n${chartLines}`;
  return `Draw it by adding to the case study's frontmatter:\ncharts:\n${chartLines}`;
}
