/**
 * Turns an analytics export (Instagram, Meta Business Suite, Discord, a spreadsheet) into
 * Commfolio's series CSV: a `date` column, then one column per measure with plain numbers. Pure:
 * the export's text and the column mapping come in; the CSV text and a report of skipped rows go out.
 */
import { csvParseRows } from 'd3-dsv';
import { parseSeriesDate } from '../charts/csv-series.ts';
import { MEASURE_NAME } from '../../schemas/formula.ts';
import { formatSeriesCsv } from './series-csv.ts';

/** How to read the export: which column holds dates, which hold each measure, how slash dates are ordered. */
export interface MetricsImportOptions {
  /** Target measure name → the export's column header. `date` names the date column. Empty: guess. */
  mapping: Record<string, string>;
  /** Order of day and month in dates like 03/04/2024: dmy or mdy. Needed only for such dates. */
  dateOrder?: 'dmy' | 'mdy';
}

/** The converted CSV, what it holds, and every row or mapping that could not be used. */
export interface MetricsImportResult {
  csv: string;
  columns: string[];
  rowCount: number;
  skipped: { line: number; message: string }[];
  problems: string[];
}

const DATE_HEADERS = /^(date|day|time|datetime|date time|published|publish time|published time|timestamp)$/i;

/** A measure name for an export header: "Accounts reached" → accounts_reached. */
export function measureNameFor(header: string): string {
  const name = header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return /^\p{L}/u.test(name) ? name : `m_${name}`;
}

/** A number as exports write it: "1,234", "1 234", "4.5%", "12.5K", "1.2M"; undefined for empty or "-"; NaN if unreadable. */
export function readExportNumber(cell: string): number | undefined {
  const text = cell.replace(/[\s\u00a0\u202f,]/g, '').replace(/%$/, '');
  if (text === '' || /^(-|–|—|n\/a|na|null)$/i.test(text)) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)([kKmM]?)$/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) * (match[2] === '' ? 1 : /k/i.test(match[2]!) ? 1_000 : 1_000_000);
}

/** A date as exports write it, in Commfolio's form (YYYY-MM-DD or YYYY-MM-DDTHH:MM); or why it cannot be read. */
export function readExportDate(cell: string, dateOrder?: 'dmy' | 'mdy'): { date?: string; problem?: string } {
  const text = cell.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const slash = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+(\d{1,2}:\d{2}))?/.exec(text);
  let date: string | undefined;
  if (iso) date = iso[2] ? `${iso[1]}T${iso[2]}` : iso[1];
  else if (slash) {
    if (!dateOrder) return { problem: `"${text}" could be day/month or month/day: run again with --date-order dmy or --date-order mdy.` };
    const [day, month] = dateOrder === 'dmy' ? [slash[1]!, slash[2]!] : [slash[2]!, slash[1]!];
    date = `${slash[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}${slash[4] ? `T${slash[4].padStart(5, '0')}` : ''}`;
  }
  return date && parseSeriesDate(date)
    ? { date }
    : { problem: `"${text}" is not a date Commfolio can read (use YYYY-MM-DD or DD/MM/YYYY with --date-order).` };
}

/** Converts an export; rows that cannot be read are skipped and reported, never guessed. */
export function importMetricsCsv(text: string, options: MetricsImportOptions): MetricsImportResult {
  const [header = [], ...records] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const headers = header.map((cell) => cell.trim());
  const problems: string[] = [];
  const mapping: Record<string, string | undefined> =
    Object.keys(options.mapping).length > 0 ? { ...options.mapping } : guessMapping(headers, records);
  mapping.date ??= headers.find((header) => DATE_HEADERS.test(header));
  const dateColumn = mapping.date === undefined ? -1 : headers.indexOf(mapping.date);
  if (dateColumn === -1)
    problems.push(
      mapping.date === undefined
        ? `no date column found among: ${headers.join(', ')}. Name it with --map date="<column>".`
        : `the export has no column "${mapping.date}" for date. Its columns: ${headers.join(', ')}.`,
    );
  const measures = Object.entries(mapping).flatMap(([target, source]) =>
    target === 'date' || source === undefined ? [] : [[target, source] as const],
  );
  for (const [target, source] of measures) {
    if (!MEASURE_NAME.test(target)) problems.push(`"${target}" is not a measure name: use letters, digits and _ (e.g. accounts_reached).`);
    if (!headers.includes(source)) problems.push(`the export has no column "${source}" for ${target}. Its columns: ${headers.join(', ')}.`);
  }
  if (measures.length === 0)
    problems.push('no measure columns to import. Map them with --map name="<column>" (e.g. --map followers="Follower count").');
  const columns = measures.map(([target]) => target);
  if (problems.length > 0) return { csv: '', columns, rowCount: 0, skipped: [], problems };
  const skipped: MetricsImportResult['skipped'] = [];
  const rows: string[][] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const { date, problem } = readExportDate(record[dateColumn] ?? '', options.dateOrder);
    const values = measures.map(([target, source]) => ({
      target,
      cell: record[headers.indexOf(source)] ?? '',
      value: readExportNumber(record[headers.indexOf(source)] ?? ''),
    }));
    const unreadable = values.find(({ value }) => Number.isNaN(value));
    if (problem || unreadable) {
      skipped.push({ line, message: problem ?? `${unreadable!.target}: "${unreadable!.cell}" is not a number.` });
      return;
    }
    rows.push([date!, ...values.map(({ value }) => (value === undefined ? '' : String(value)))]);
  });
  const { csv, problem } = formatSeriesCsv(columns, rows);
  if (problem) problems.push(problem);
  if (rows.length === 0) problems.push('no row could be read; see the skipped rows.');
  return { csv, columns, rowCount: rows.length, skipped, problems };
}

/** Without a mapping: the first date-like header is `date`; every all-number column becomes a measure named after its header. */
function guessMapping(headers: readonly string[], records: readonly string[][]): Record<string, string> {
  const date = headers.find((header) => DATE_HEADERS.test(header));
  const numeric = (column: number) =>
    records.some((record) => readExportNumber(record[column] ?? '') !== undefined) &&
    records.every((record) => !Number.isNaN(readExportNumber(record[column] ?? '')));
  const measures = headers.flatMap((header, column) =>
    header !== date && header !== '' && numeric(column) ? [[measureNameFor(header), header]] : [],
  );
  return Object.fromEntries([...(date ? [['date', date]] : []), ...measures]);
}
