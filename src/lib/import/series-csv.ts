/**
 * Writes Commfolio's series CSV (see csv-series.ts): a `date` column, then one column per measure,
 * rows sorted by date. Every importer that makes one (metrics exports, X archives) writes it here,
 * and the text is read back with the charts' own reader: a file the charts would refuse is a bug.
 */
import { csvFormatRows } from 'd3-dsv';
import { parseSeriesCsv } from '../charts/csv-series.ts';

/** The CSV text for rows of `[date, ...values]` (empty text for a missing value), and why it would not read back, if it would not. */
export function formatSeriesCsv(columns: readonly string[], rows: readonly string[][]): { csv: string; problem?: string } {
  const sorted = [...rows].sort((a, b) => a[0]!.localeCompare(b[0]!));
  const csv = `${csvFormatRows([['date', ...columns], ...sorted])}\n`;
  const [first] = parseSeriesCsv(csv).problems;
  return first && sorted.length > 0
    ? { csv, problem: `the converted file would not read back: line ${first.line}: ${first.message}` }
    : { csv };
}
