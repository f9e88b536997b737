/**
 * Turns js-yaml's reasons ("bad indentation of a mapping entry") into what to do, for the mistakes
 * people make when they write YAML by hand: a tab, an unclosed quote, a colon inside a value, a
 * missing space after a colon, a list item without "- ", a field indented differently from the
 * ones beside it, a field written twice. docs/writing-yaml.md shows each one with its fix.
 * js-yaml often notices a mistake a line after it, so the lines around its position are read
 * again to find the line to change.
 */
import { quoteValue, shorten } from '../schemas/messages.ts';

/** A line of YAML as far as these explanations need: its indentation, list dash, key and value. */
interface YamlLine {
  index: number;
  text: string;
  /** Column of the key or item text: spaces, plus the width of any "- " before it. */
  column: number;
  item: boolean;
  key?: string;
  value?: string;
}

const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_.\-]*`;
const LINE = new RegExp(String.raw`^( *)((?:- +)*)(?:(${KEY}):(?:[ \t]+(.*?))?[ \t]*$|(.*))$`, 'u');
const MISSING_SPACE = new RegExp(String.raw`^( *(?:- +)*)(${KEY}):([^\s/\\].*)$`, 'u');

function readLine(text: string, index: number): YamlLine {
  const [, spaces = '', dashes = '', key, value, rest] = LINE.exec(text) ?? [];
  return { index, text, column: spaces.length + dashes.length, item: dashes.length > 0, key, value: key ? (value ?? '') : rest };
}

const isContent = (line: YamlLine | undefined): line is YamlLine => !!line && line.text.trim() !== '' && !line.text.trim().startsWith('#');

/**
 * Longest value a suggested fix quotes whole: a site or post description (about 160 characters, as
 * search engines show) can be copied from the message as it is; anything longer is shortened.
 */
const SUGGESTED_VALUE_LENGTH = 200;

/** A value written in double quotes (single quotes when it holds a double quote), shortened for a message. */
function quoted(value: string): string {
  const shown = shorten(value, SUGGESTED_VALUE_LENGTH);
  return value.includes('"') ? `'${shown.replaceAll("'", "''")}'` : `"${shown.replaceAll('\\', '\\\\')}"`;
}

const spaces = (count: number) => `${count} space${count === 1 ? '' : 's'}`;

/** What the first character of a plain value makes YAML read, for values that must be quoted. */
const SPECIAL_STARTS: Record<string, string> = {
  '*': 'a reference to another value (an alias)',
  '&': 'a name for the value (an anchor)',
  '@': 'a reserved character',
  '`': 'a reserved character',
  '%': 'a directive',
  '!': 'a type tag',
  '[': 'the start of a list',
  '{': 'the start of a group of fields',
};

/** Whether a line's value opens a quote that it does not close on the same line. */
function opensQuote(line: YamlLine): boolean {
  const mark = line.value?.[0];
  return (
    (mark === '"' || mark === "'") &&
    !line
      .value!.slice(1)
      .replaceAll(mark + mark, '')
      .replaceAll('\\' + mark, '')
      .includes(mark)
  );
}

/** The message for a quote left open on `opened`, with the line to change. */
function openQuoteMistake(opened: YamlLine, firstLine: number): { line: number; message: string } {
  const line = opened.index + firstLine;
  const mark = opened.value![0]!;
  const fixed = `${opened.key ? `${opened.key}: ` : '- '}${mark}${shorten(opened.value!.slice(1), SUGGESTED_VALUE_LENGTH)}${mark}`;
  return {
    line,
    message: `the quote that opens ${opened.key ? `the value of ${opened.key}` : 'the item'} on line ${line} is never closed. End the value with ${mark} on the same line: ${fixed}`,
  };
}

/**
 * A quote left open on a line, when the text still reads as YAML: a quoted value may go on over
 * several lines, so the quote runs on to the next quote mark below and takes the fields between
 * into the value. Call it when what was read is wrong (a field missing), to name the real mistake.
 */
export function unclosedQuote(text: string, firstLine = 1): { line: number; message: string } | undefined {
  const opened = text.split(/\r?\n/).map(readLine).find(opensQuote);
  return opened && openQuoteMistake(opened, firstLine);
}

/**
 * What to do about a YAML mistake: `reason` and `errorLine` (0-based) are js-yaml's; `firstLine` is
 * the file's line number of the text's first line. Returns the file's line to change and the message.
 */
export function explainYamlMistake(text: string, reason: string, errorLine: number, firstLine = 1): { line?: number; message: string } {
  const lines = text.split(/\r?\n/).map(readLine);
  const at = Math.min(errorLine, lines.length - 1);
  const fileLine = (line: YamlLine) => line.index + firstLine;
  const near = [lines[at], lines[at - 1]].filter(isContent);

  const tab = reason.includes('tab') ? lines[at] : lines.slice(0, at + 1).find((line) => /^ *\t/.test(line.text));
  if (tab)
    return {
      line: fileLine(tab),
      message: `replace the tab on line ${fileLine(tab)} with spaces. YAML indents with spaces only, never tabs.`,
    };

  // A quote left open swallows the lines after it, so js-yaml may complain much further down.
  const opened = lines.slice(0, at + 1).find(opensQuote);
  if (opened && (/quoted scalar/.test(reason) || opened.index < at)) return openQuoteMistake(opened, firstLine);

  const duplicate = /duplicated mapping key/.test(reason) ? lines[at] : undefined;
  if (duplicate?.key) {
    const first = lines.find((line) => line.index < duplicate.index && line.key === duplicate.key && line.column === duplicate.column);
    return {
      line: fileLine(duplicate),
      message: `${duplicate.key} is written twice${first ? ` (lines ${fileLine(first)} and ${fileLine(duplicate)})` : ` (line ${fileLine(duplicate)})`}. Keep one of them.`,
    };
  }

  for (const line of near) {
    const missing = MISSING_SPACE.exec(line.text);
    if (missing)
      return {
        line: fileLine(line),
        message: `put a space after the colon on line ${fileLine(line)}: ${missing[2]}: ${shorten(missing[3]!, SUGGESTED_VALUE_LENGTH)}`,
      };
  }

  for (const line of near.filter((candidate) => candidate.key && candidate.value)) {
    const { key, value } = line as Required<YamlLine>;
    const first = value[0]!;
    const where = `the value of ${key} on line ${fileLine(line)}`;
    if ((first === '"' || first === "'") && value.length > 1) {
      return {
        line: fileLine(line),
        message: `${where} starts with a quoted part and goes on after the closing quote. Put the whole value in quotes: ${key}: ${quoted(value)}`,
      };
    }
    if (SPECIAL_STARTS[first]) {
      return {
        line: fileLine(line),
        message: `${where} starts with ${first}, which YAML reads as ${SPECIAL_STARTS[first]}. Put the value in double quotes: ${key}: ${quoted(value)}`,
      };
    }
    if (/: |:$/.test(value)) {
      return {
        line: fileLine(line),
        message: `${where} contains a colon followed by a space, which YAML reads as the start of a new field. Put the value in double quotes: ${key}: ${quoted(value)}`,
      };
    }
  }

  const plain = near.find((line) => !line.key && !line.item);
  const item =
    plain &&
    lines
      .slice(0, plain.index)
      .reverse()
      .find((line) => isContent(line) && line.item);
  if (plain && item && item.column - 2 <= plain.column) {
    return {
      line: fileLine(plain),
      message: `put "- " before ${quoteValue(plain.text.trim(), 80)} on line ${fileLine(plain)}: every item of the list above starts with a dash and a space ("- item").`,
    };
  }

  const field = lines[at];
  if (isContent(field) && field.key) {
    const above = lines
      .slice(0, field.index)
      .reverse()
      .find((line) => isContent(line) && line.key);
    if (above && above.column !== field.column) {
      const parent = lines
        .slice(0, above.index)
        .reverse()
        .find((line) => isContent(line) && line.key && line.column < above.column);
      const lineUp =
        field.column < above.column && parent
          ? `Indent it by ${spaces(above.column)} to keep it under ${parent.key}:, or by ${spaces(parent.column)} to line it up with ${parent.key}:.`
          : `Indent it by ${spaces(above.column)}, like ${above.key}:.`;
      return {
        line: fileLine(field),
        message: `${field.key}: on line ${fileLine(field)} is indented by ${spaces(field.column)}, but ${above.key}: on line ${fileLine(above)} by ${spaces(above.column)}. ${lineUp}`,
      };
    }
  }

  const line = lines[at];
  return {
    line: line ? fileLine(line) : undefined,
    message: `line ${line ? fileLine(line) : firstLine} cannot be read as YAML (${reason}). Check its indentation, quotes and colons; docs/writing-yaml.md shows how to write each kind of value.`,
  };
}
