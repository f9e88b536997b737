/**
 * Reads YAML the way Astro does (js-yaml 4, its default schema), for frontmatter and site.yaml.
 * Two differences, neither of which changes what Astro sees: a date keeps the text it was written
 * as (so 2026-02-30 can be refused instead of becoming 2 March), and a document whose aliases
 * (`*name`) expand to more values than any portfolio needs is refused instead of exhausting memory.
 */
import * as yaml from 'js-yaml';
import { explainYamlMistake } from './yaml-mistakes.ts';

/** A date YAML read from an unquoted value such as 2026-03-14: a Date, as Astro sees it, with the text as written. */
export class WrittenDate extends Date {
  /** The value as written in the file, e.g. "2026-02-30". */
  readonly written: string;
  constructor(written: string, time: number) {
    super(time);
    this.written = written;
  }
}

const timestamp = yaml.types.timestamp;
/** js-yaml's timestamp type, constructing WrittenDate: it resolves exactly the same scalars. */
const writtenTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: string) => timestamp.resolve(text),
  construct: (text: string) => new WrittenDate(text, (timestamp.construct(text) as Date).getTime()),
  instanceOf: Date,
  represent: (date: object) => (date as Date).toISOString(),
});

/** js-yaml's DEFAULT_SCHEMA (lib/schema/default.js), with WrittenDate for timestamps. */
const SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [writtenTimestamp, yaml.types.merge],
  explicit: [yaml.types.binary, yaml.types.omap, yaml.types.pairs, yaml.types.set],
});

/**
 * Most values a YAML file may hold once its aliases are expanded. A long profile has a few
 * hundred; a few lines of nested aliases ("a billion laughs") expand to millions, which Astro
 * would then copy into its data store and error messages would quote.
 */
export const MAX_YAML_VALUES = 20_000;

/** YAML that cannot be used, with the line of the file to look at (1-based) when there is one. */
export class YamlTextError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/** How many values `value` holds, counting each alias every time it is used; stops at `limit` + 1. */
function countValues(value: unknown, limit: number): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    count += 1;
    if (Array.isArray(next)) stack.push(...next);
    else if (next && typeof next === 'object' && !(next instanceof Date) && !ArrayBuffer.isView(next)) stack.push(...Object.values(next));
  }
  return count;
}

/**
 * Parses YAML text; `firstLine` is the line of the file the text starts on (1 for a whole file).
 * Throws YamlTextError, in plain words with the file's line, when the text cannot be read.
 */
export function parseYamlText(text: string, firstLine = 1): unknown {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const { line, message } = explainYamlMistake(text, error.reason, error.mark?.line ?? 0, firstLine);
    throw new YamlTextError(message, line);
  }
  if (countValues(value, MAX_YAML_VALUES) > MAX_YAML_VALUES) {
    throw new YamlTextError(
      `holds more than ${MAX_YAML_VALUES.toLocaleString('en')} values once its YAML aliases (*name) are expanded. Write each value out in full instead of repeating it with & and *.`,
    );
  }
  return value;
}
