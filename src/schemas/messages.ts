/**
 * How messages about content quote what the author wrote (never more than a few words, whatever a
 * value holds) and suggest the name they meant ("Did you mean …?"), for schemas, the content check and
 * the CSV reader alike.
 */

/** Longest value, in characters, that a message quotes; longer ones are cut with "…". */
export const MAX_QUOTED_LENGTH = 60;

/** Text cut to `max` characters (whole characters, never half an emoji), ending in "…" when cut. */
export function shorten(text: string, max = MAX_QUOTED_LENGTH): string {
  const characters = [...text.slice(0, max * 2 + 2)];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

/**
 * A value as a message quotes it: text in double quotes, other values as short JSON, and never
 * more than `max` characters, whatever the value holds (an alias bomb expands to millions).
 */
export function quoteValue(value: unknown, max = MAX_QUOTED_LENGTH): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, max));
  return shorten(boundedJson(value, max + 1), max);
}

/** JSON of a value, stopping once `budget` characters are written. */
function boundedJson(value: unknown, budget: number): string {
  let out = '';
  const write = (node: unknown): void => {
    if (out.length > budget) return;
    if (Array.isArray(node)) {
      out += '[';
      node.forEach((item, index) => (out.length <= budget ? ((out += index > 0 ? ',' : ''), write(item)) : undefined));
      out += ']';
    } else if (node && typeof node === 'object' && !(node instanceof Date)) {
      out += '{';
      Object.entries(node).forEach(([key, item], index) =>
        out.length <= budget ? ((out += `${index > 0 ? ',' : ''}${JSON.stringify(key)}:`), write(item)) : undefined,
      );
      out += '}';
    } else {
      out += node instanceof Date ? JSON.stringify(node.toISOString().slice(0, 10)) : (JSON.stringify(node) ?? String(node));
    }
  };
  write(value);
  return out;
}

/** Edit distance between two names, ignoring case. */
function editDistance(left: string, right: string): number {
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= right.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        above + 1,
        previous[j - 1]! + 1,
        diagonal + (left[i - 1]!.toLowerCase() === right[j - 1]!.toLowerCase() ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[right.length]!;
}

/** The known name closest to a misspelt one, if it is close enough to be a typo. */
export function closestName(unknown: string, known: readonly string[]): string | undefined {
  const ranked = known.map((name) => ({ name, distance: editDistance(unknown, name) })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(unknown.length / 3)) ? best.name : undefined;
}
