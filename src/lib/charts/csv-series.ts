/**
 * Reads a case study's time-series CSV: a `date` column (YYYY-MM-DD, or YYYY-MM-DDTHH:MM for
 * timestamped rows such as posts), then one column per measure with plain numbers. Every problem is
 * reported with its line, so one run lists them all. Parsing is d3-dsv's (quotes, CRLF, BOM).
 */
import { csvParseRows } from 'd3-dsv';
import { utcFormat, utcParse } from 'd3-time-format';
import { MEASURE_NAME } from '../../schemas/formula.ts';

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

const DATE_FORMATS = ['%Y-%m-%d', '%Y-%m-%dT%H:%M', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M:%S'].map((format) => ({
  parse: utcParse(format),
  format: utcFormat(format),
  hasTime: format.includes('%H'),
}));

/** A date or date-time as written in the CSV, read as UTC wall-clock time; undefined when it is not a real one. */
export function parseSeriesDate(text: string): { date: Date; hasTime: boolean } | undefined {
  for (const format of DATE_FORMATS) {
    const date = format.parse(text);
    // d3 rolls 2022-02-30 over to March; a date is real only if it formats back to what was written.
    if (date && format.format(date) === text) return { date, hasTime: format.hasTime };
  }
  return undefined;
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
    problems.push({ line: 1, message: `the first column must be "date", not "${header[0]}". Put the dates first: date,followers,reach` });
  }
  if (columns.length === 0) problems.push({ line: 1, message: 'has no measure columns. Add one column per measure after date: date,followers' });
  columns.forEach((name, index) => {
    if (!MEASURE_NAME.test(name)) {
      problems.push({ line: 1, column: name, message: `"${name}" is not a measure name. Use letters, digits and _ (e.g. accounts_reached); \`npm run import -- metrics\` renames an export's columns for you.` });
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
      problems.push({ line: rowLine, message: `has ${record.length} values but the header has ${header.length} columns. Every row needs a value (or an empty cell) for each column.` });
      continue;
    }
    const parsedDate = parseSeriesDate(record[0]!.trim());
    if (!parsedDate) problems.push({ line: rowLine, column: 'date', message: `"${record[0]}" is not a date. Write YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a time of day.` });
    const values: Record<string, number | undefined> = {};
    columns.forEach((name, index) => {
      const cell = record[index + 1]!.trim();
      if (cell !== '' && !PLAIN_NUMBER.test(cell)) {
        problems.push({ line: rowLine, column: name, message: `"${cell}" is not a number. Write plain numbers such as 12500 or 4.6 (no commas, units, % or K), or leave the cell empty.` });
      }
      values[name] = cell === '' ? undefined : Number(cell);
    });
    if (parsedDate) rows.push({ line: rowLine, date: parsedDate.date, hasTime: parsedDate.hasTime, values });
  }
  if (body.length === 0 && problems.length === 0) problems.push({ line: 2, message: 'has a header but no rows of data.' });
  rows.sort((a, b) => a.date.getTime() - b.date.getTime());
  const hasTimes = rows.length > 0 && rows.every((row) => row.hasTime);
  return { series: { columns, rows, hasTimes }, problems };
}

function newlinesIn(record: readonly string[]): number {
  return record.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}
