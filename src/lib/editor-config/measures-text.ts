/**
 * A formula's measures as the browser editor shows them: one per line, `likes: 1200` or
 * `likes: 300 -> 1200` (before -> after). Read back into the numbers the schema wants.
 */

/** The name under which the admin page registers the editor for a formula's measures. */
export const MEASURES_WIDGET = 'commfolio-measures';

/** Measures by name: a count, or a before/after pair. */
export type Measures = Record<string, number | { before: number; after: number }>;

/** The measures as lines of text. */
export function formatMeasures(measures: Measures | undefined): string {
  return Object.entries(measures ?? {})
    .map(([name, value]) => `${name}: ${typeof value === 'number' ? value : `${value.before} -> ${value.after}`}`)
    .join('\n');
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const LINE = new RegExp(String.raw`^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(${NUMBER})(?:\s*(?:->|→)\s*(${NUMBER}))?$`);

/** The measures written in `text`, or what is wrong with which line. Empty text is no measures. */
export function parseMeasures(text: string): { value: Measures | undefined; error?: undefined } | { value?: undefined; error: string } {
  const measures: Measures = {};
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line.replace(/,(?=\d{3}\b)/g, ''));
    if (!match) return { error: `Line ${index + 1} ("${line}"): write name: number, or name: before -> after, e.g. likes: 300 -> 1200.` };
    const [, name, first, second] = match;
    measures[name!] = second === undefined ? Number(first) : { before: Number(first), after: Number(second) };
  }
  return { value: lines.length > 0 ? measures : undefined };
}
