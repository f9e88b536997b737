/**
 * The numbers a chart draws, taken from a parsed CSV: one value per row (a column, or a formula
 * computed on the row), the before/after split for bars and the weekday × hour grid for heatmaps.
 */
import { group, mean } from 'd3-array';
import { evaluateFormula, formulaMeasures, parseFormula, type Formula } from '../../schemas/formula.ts';
import type { Series } from './csv-series.ts';

/** What the chart data needs from a chart's frontmatter. */
export interface ChartSpec {
  type: 'line' | 'bars' | 'heatmap';
  measure?: string;
  formula?: string;
  unit?: string;
  changedAt?: string;
}

/** A value at a date (undefined where a CSV cell is empty: a gap in a line) and the row's measures. */
export interface ChartPoint {
  date: Date;
  value: number | undefined;
  values: Readonly<Record<string, number | undefined>>;
}

/** Why a chart cannot be drawn from this series, with the frontmatter field to fix; empty when it can. */
export function chartProblems(chart: ChartSpec, series: Series, fileName: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (series.rows.length === 0) return problems;
  const columns = `its columns are: ${series.columns.join(', ')}`;
  const used = chart.formula || chart.measure ? formulaMeasures(formulaOf(chart)) : [];
  for (const name of used.filter((candidate) => !series.columns.includes(candidate))) {
    problems.push({
      field: chart.formula ? 'formula' : 'measure',
      message: `names an unknown measure "${name}": ${fileName} has no such column (${columns}). Add the column or fix the name.`,
    });
  }
  if (chart.type === 'heatmap' && !series.hasTimes) {
    problems.push({ field: 'type', message: `a heatmap needs the time of each row: write the dates in ${fileName} as YYYY-MM-DDTHH:MM.` });
  }
  if (chart.type === 'bars' && chart.changedAt && problems.length === 0) {
    const { before, after } = splitAt(chart, chartPoints(chart, series), chart.changedAt);
    if (before.length === 0 || after.length === 0) {
      problems.push({
        field: 'changedAt',
        message: `leaves no rows ${before.length === 0 ? 'before' : 'from'} ${chart.changedAt} in ${fileName}. Pick a date inside the data.`,
      });
    }
  }
  return problems;
}

const parsedFormulas = new Map<string, Formula>();

/** What a chart computes per row: its formula, parsed once per text, or its measure. */
function formulaOf(chart: ChartSpec): Formula {
  if (!chart.formula) return { kind: 'measure', name: chart.measure ?? '' };
  if (!parsedFormulas.has(chart.formula)) parsedFormulas.set(chart.formula, parseFormula(chart.formula));
  return parsedFormulas.get(chart.formula)!;
}

/** The chart's value computed from measures: the formula (× 100 for "%") or the measure itself; undefined if incomplete. */
function valueOf(chart: ChartSpec, values: Readonly<Record<string, number | undefined>>): number | undefined {
  const formula = formulaOf(chart);
  if (formulaMeasures(formula).some((name) => values[name] === undefined)) return undefined;
  const value = evaluateFormula(formula, values as Record<string, number>) * (chart.formula && chart.unit === '%' ? 100 : 1);
  return Number.isFinite(value) ? value : undefined;
}

/** The chart's value for every row, sorted by date; a formula is computed per row. */
export function chartPoints(chart: ChartSpec, series: Series): ChartPoint[] {
  return series.rows.map((row) => ({ date: row.date, value: valueOf(chart, row.values), values: row.values }));
}

/**
 * The value of a group of rows: the formula applied to each measure's mean over the rows, so a rate
 * is total interactions ÷ total reach (not an average of daily rates); for a plain measure, its mean.
 */
export function groupValue(chart: ChartSpec, points: readonly ChartPoint[]): number | undefined {
  const complete = points.filter((point) => point.value !== undefined);
  if (complete.length === 0) return undefined;
  const names = new Set(complete.flatMap((point) => Object.keys(point.values)));
  return valueOf(chart, Object.fromEntries([...names].map((name) => [name, mean(complete, (point) => point.values[name])])));
}

/** Points before `changedAt` (YYYY-MM-DD) and from it on, with each side's value (see groupValue). */
export function splitAt(chart: ChartSpec, points: readonly ChartPoint[], changedAt: string) {
  const boundary = Date.parse(`${changedAt}T00:00:00Z`);
  const withValues = points.filter((point) => point.value !== undefined);
  const before = withValues.filter((point) => point.date.getTime() < boundary);
  const after = withValues.filter((point) => point.date.getTime() >= boundary);
  return { before, after, beforeValue: groupValue(chart, before), afterValue: groupValue(chart, after) };
}

/** One cell of the weekday × hour grid: weekday 0 = Monday, its value (see groupValue) and how many rows it holds. */
export interface HeatmapCell {
  weekday: number;
  hour: number;
  value: number | undefined;
  count: number;
}

/** Rows grouped by weekday (Monday first) and hour of day. */
export function weekdayHourGrid(chart: ChartSpec, points: readonly ChartPoint[]): HeatmapCell[] {
  const weekdayOf = (date: Date) => (date.getUTCDay() + 6) % 7;
  const groups = group(
    points.filter((point) => point.value !== undefined),
    (point) => weekdayOf(point.date),
    (point) => point.date.getUTCHours(),
  );
  return Array.from({ length: 7 * 24 }, (_, index) => {
    const weekday = Math.floor(index / 24);
    const hour = index % 24;
    const cell = groups.get(weekday)?.get(hour) ?? [];
    return { weekday, hour, value: groupValue(chart, cell), count: cell.length };
  });
}
