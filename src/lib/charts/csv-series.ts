/**
 * Reads a case study's time-series CSV: a `date` column (YYYY-MM-DD, or YYYY-MM-DDTHH:MM for
 * timestamped rows such as posts), then one column per measure with plain numbers. Every problem is
 * reported with its line, so one run lists them all. Parsing is d3-dsv's (quotes, CRLF, BOM); dates follow lib/dates.ts.
 */
import { csvParseRows } from 'd3-dsv';
import { MEASURE_NAME } from '../../schemas/formula.ts';
import { calendarDateProblem, isCalendarDay } from '../../schemas/dates.ts';
import { figureProblem, MAX_FIGURE } from '../../schemas/figures.ts';
import { quoteValue } from '../../schemas/messages.ts';

/** One row of the series: its line in the file, its date (and whether it has a time) and its measures (undefined for an empty cell). */
export interface SeriesRow {
  line: number;
  date: Date;
  hasTime: boolean;
  values: Record<string, number | undefined>;
}

/** A parsed CSV: its measure columns, rows sorted by date, and whether every row has a time of day. */
export interface Series {
  columns: string[];
  rows: SeriesRow[];
  hasTimes: boolean;
}

/** Something wrong at a line (and column) of a CSV file. */
export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
}

/** YYYY-MM-DD, then optionally a time of day, HH:MM or HH:MM:SS, after a T or a space. */
const SERIES_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A date or date-time as written in the CSV, read as UTC wall-clock time; undefined when it is not a real one (2022-02-30, 25:00). */
export function parseSeriesDate(text: string): { date: Date; hasTime: boolean } | undefined {
  const match = SERIES_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (!isCalendarDay(year!, month!, day!) || hours! > 23 || minutes! > 59 || seconds! > 59) return undefined;
  return { date: new Date(Date.UTC(year!, month! - 1, day!, hours, minutes, seconds)), hasTime: match[4] !== undefined };
}

/** Why a CSV date is not one (the same rule as frontmatter dates, lib/dates.ts), with the forms to write. */
export function seriesDateProblem(text: string): string {
  const [day = '', time] = text.split(/[T ](.*)/s);
  const problem = calendarDateProblem(day);
  if (problem) return `${problem}${time === undefined ? ' For a time of day, write YYYY-MM-DDTHH:MM.' : ''}`;
  return `${quoteValue(text)} has a time that is not one. Write YYYY-MM-DDTHH:MM with hours from 00 to 23, e.g. ${day}T09:30.`;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Parses the CSV text; `problems` is empty when the file is usable. */
export function parseSeriesCsv(text: string): { series: Series; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const [header = [], ...body] = records;
  const columns = header.slice(1).map((name) => name.trim());
  const empty = { series: { columns, rows: [], hasTimes: false }, problems };
  if (header.length === 0 || header.every((cell) => cell.trim() === '')) {
    problems.push({ line: 1, message: 'the file is empty. Start with a header line such as: date,followers,reach' });
    return empty;
  }
  if (header[0]!.trim().toLowerCase() !== 'date') {
    problems.push({
      line: 1,
      message: `the first column must be "date", not ${quoteValue(header[0])}. Put the dates first: date,followers,reach`,
    });
  }
  if (columns.length === 0)
    problems.push({ line: 1, message: 'has no measure columns. Add one column per measure after date: date,followers' });
  columns.forEach((name, index) => {
    if (!MEASURE_NAME.test(name)) {
      problems.push({
        line: 1,
        column: name,
        message: `${quoteValue(name)} is not a measure name. Use letters, digits and _ (e.g. accounts_reached); \`npm run import -- metrics\` renames an export's columns for you.`,
      });
    } else if (columns.indexOf(name) !== index) {
      problems.push({ line: 1, column: name, message: `appears twice in the header. Give every column its own name.` });
    }
  });
  const rows: SeriesRow[] = [];
  let line = 1 + newlinesIn(header);
  for (const record of body) {
    line += 1;
    const rowLine = line;
    line += newlinesIn(record);
    if (record.length === 1 && record[0]!.trim() === '') continue;
    if (record.length !== header.length) {
      problems.push({
        line: rowLine,
        message: `has ${record.length} values but the header has ${header.length} columns. Every row needs a value (or an empty cell) for each column.`,
      });
      continue;
    }
    const parsedDate = parseSeriesDate(record[0]!.trim());
    if (!parsedDate) problems.push({ line: rowLine, column: 'date', message: seriesDateProblem(record[0]!.trim()) });
    const values: Record<string, number | undefined> = {};
    columns.forEach((name, index) => {
      const cell = record[index + 1]!.trim();
      const value = cell === '' ? undefined : Number(cell);
      const inAsciiDigits = asciiDigits(cell);
      if (cell !== '' && !PLAIN_NUMBER.test(cell) && inAsciiDigits && PLAIN_NUMBER.test(inAsciiDigits)) {
        problems.push({
          line: rowLine,
          column: name,
          message: `${quoteValue(cell)} is written with digits of another script. Write it with the digits 0–9: ${inAsciiDigits}.`,
        });
      } else if (cell !== '' && !PLAIN_NUMBER.test(cell)) {
        problems.push({
          line: rowLine,
          column: name,
          message: `${quoteValue(cell)} is not a number. Write plain numbers such as 12500 or 4.6 (no commas, units, % or K), or leave the cell empty.`,
        });
      } else if (value !== undefined && !(Math.abs(value) <= MAX_FIGURE)) {
        problems.push({ line: rowLine, column: name, message: figureProblem(value, cell)! });
      }
      values[name] = value;
    });
    if (parsedDate) rows.push({ line: rowLine, date: parsedDate.date, hasTime: parsedDate.hasTime, values });
  }
  if (body.length === 0 && problems.length === 0) problems.push({ line: 2, message: 'has a header but no rows of data.' });
  rows.sort((a, b) => a.date.getTime() - b.date.getTime());
  const hasTimes = rows.length > 0 && rows.every((row) => row.hasTime);
  return { series: { columns, rows, hasTimes }, problems };
}

function newlinesIn(record: readonly string[]): number {
  return record.reduce(
    (count, cell) => count + (cell.includes('\n') || cell.includes('\r') ? (cell.match(/\r\n|\r|\n/g)?.length ?? 0) : 0),
    0,
  );
}

/** The zero of the decimal digits of scripts Commfolio's users write: Devanagari, Bengali, Gujarati, Arabic-Indic, Persian. */
const DIGIT_ZEROS = [0x0966, 0x09e6, 0x0ae6, 0x0660, 0x06f0];

/** `cell` with those scripts' digits written as 0–9, or undefined when it has none of them. */
function asciiDigits(cell: string): string | undefined {
  let changed = false;
  const text = [...cell]
    .map((character) => {
      const code = character.codePointAt(0)!;
      const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
      if (zero === undefined) return character;
      changed = true;
      return String(code - zero);
    })
    .join('');
  return changed ? text : undefined;
}
