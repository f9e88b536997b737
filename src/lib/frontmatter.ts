/**
 * Reads a Markdown file's frontmatter exactly as Astro does (@astrojs/internal-helpers/frontmatter:
 * the same block between --- lines, then js-yaml 4 with its default schema), so that the content
 * check never passes a file that the build then refuses. Where Astro would quietly read nothing (no
 * frontmatter, a missing --- line) or something other than YAML (+++ TOML, ---js), this refuses.
 */
import { parseYamlText, YamlTextError } from './yaml-text.ts';

/** Astro's frontmatterRE, unchanged: a BOM or blank lines, ---, the YAML, and the next line starting with ---. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
/** Astro's frontmatterTypeRE: which delimiter opens the block (+++ means TOML to Astro). */
const FRONTMATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/** A file's frontmatter fields (dates as WrittenDate) and its Markdown body. */
export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

export { YamlTextError as FrontmatterError };

const FIELD_LINE = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*:(\s|$)/u;

/** Why a file has no frontmatter block Astro can find: a missing --- line, or none at all. */
function missingBlock(text: string): YamlTextError {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first !== -1 && lines[first]!.startsWith('---')) {
    // The fields run on while lines look like YAML: name: value, indented lines, comments, blank lines.
    const isYamlLike = (line: string) => FIELD_LINE.test(line) || /^\s*$|^\s*#|^\s+\S/.test(line);
    let last = first;
    for (let index = first + 1; index < lines.length && isYamlLike(lines[index]!); index++) {
      if (lines[index]!.trim() !== '') last = index;
    }
    return new YamlTextError(
      `the frontmatter has no closing --- line. Add a line with only --- after line ${last + 1}, the last line of the fields, before the text.`,
      last + 1,
    );
  }
  if (first !== -1 && FIELD_LINE.test(lines[first]!)) {
    return new YamlTextError(
      `the frontmatter has no opening --- line. Add a line with only --- at the very top, above line ${first + 1} (${lines[first]!.split(':')[0]}:).`,
      first + 1,
    );
  }
  return new YamlTextError(
    'has no frontmatter. Start the file with its fields between two lines of ---, e.g. ---, then title: "…", then --- again, then the text.',
    1,
  );
}

/**
 * Reads the frontmatter and body of a Markdown file's text. Throws FrontmatterError, saying what
 * to change and on which line, when there is no frontmatter or it cannot be read as YAML.
 */
export function parseFrontmatter(text: string): Frontmatter {
  const match = FRONTMATTER.exec(text);
  if (!match) throw missingBlock(text);
  // The line of the opening ---: the YAML starts right after it, so its first line is that line's rest.
  const opening = match[0].slice(0, match[0].length - match[1]!.length - 3).split('\n').length;
  if (FRONTMATTER_TYPE.exec(text)?.[1] === '+++')
    throw new YamlTextError('its frontmatter is TOML (between +++ lines). Write it as YAML between --- lines.', opening);
  const openingRest = match[1]!.slice(0, match[1]!.indexOf('\n')).trim();
  if (openingRest !== '') {
    throw new YamlTextError(
      `frontmatter written as ---${openingRest} is not allowed; use YAML between --- lines (line ${opening} must be --- alone).`,
      opening,
    );
  }
  const data = parseYamlText(match[1]!, opening);
  const body = text.replace(`---${match[1]}---`, '');
  if (data === null || data === undefined) return { data: {}, body };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new YamlTextError(
      `the frontmatter (line ${opening + 1} on) is not a list of fields. Write one field per line as name: value, e.g. title: "…".`,
      opening + 1,
    );
  }
  return { data: { ...(data as Record<string, unknown>) }, body };
}
