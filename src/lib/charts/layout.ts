/**
 * Geometry of the charts, in SVG user units, from d3-scale and d3-shape. Components draw it twice:
 * a narrow viewBox for phones and a wide one for larger screens, so text stays readable on both.
 */
import { extent, max, min } from 'd3-array';
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { formatCompact, formatWithUnit } from '../number-format.ts';
import type { ChartPoint, HeatmapCell } from './chart-data.ts';

/** The size to lay a chart out at, and the language its tick labels are written in. */
export interface LayoutOptions {
  width: number;
  height: number;
  language: string;
  unit?: string;
  /** A day to mark with a line and a label, e.g. when the work began (line charts). */
  marker?: { date: Date; label: string };
}

/** A marked day: where its line is drawn, and its label. */
export interface Marker {
  x: number;
  label: string;
}

/** A tick: its position along the axis and its label. */
export interface Tick {
  position: number;
  label: string;
}

/** The plot area inside the margins. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// The top margin leaves room for a marker's label above the plot.
const MARGIN = { top: 22, right: 16, bottom: 28, left: 52 };

function plotArea({ width, height }: LayoutOptions): PlotArea {
  return { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
}

function valueAxis(values: readonly number[], area: PlotArea, options: LayoutOptions) {
  const low = Math.min(0, min(values) ?? 0);
  const scale = scaleLinear()
    .domain([low, Math.max(max(values) ?? 1, low + 1)])
    .nice()
    .range([area.bottom, area.top]);
  const ticks = scale
    .ticks(options.height < 240 ? 3 : 4)
    .map((value) => ({ position: scale(value), label: formatWithUnit(value, options.unit, options.language, formatCompact) }));
  return { scale, ticks };
}

function dateTicks(scale: ReturnType<typeof scaleUtc<number>>, options: LayoutOptions): Tick[] {
  const [start, end] = scale.domain() as [Date, Date];
  const long = end.getTime() - start.getTime() > 300 * 86_400_000;
  const format = new Intl.DateTimeFormat(
    options.language,
    long ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' },
  );
  return scale.ticks(options.width < 480 ? 3 : 6).map((date) => ({ position: scale(date), label: format.format(date) }));
}

/** A line chart: the path through the points (gaps where values are missing) and both axes. */
export function lineLayout(points: readonly ChartPoint[], options: LayoutOptions) {
  const area = plotArea(options);
  const dates = extent(points, (point) => point.date) as [Date, Date];
  const x = scaleUtc()
    .domain(dates[0] && dates[0] < dates[1] ? dates : [dates[0] ?? new Date(0), new Date((dates[0]?.getTime() ?? 0) + 86_400_000)])
    .range([area.left, area.right]);
  const { scale: y, ticks: yTicks } = valueAxis(
    points.flatMap((point) => (point.value === undefined ? [] : [point.value])),
    area,
    options,
  );
  const path =
    line<ChartPoint>()
      .defined((point) => point.value !== undefined)
      .x((point) => x(point.date))
      .y((point) => y(point.value!))
      .curve(curveMonotoneX)(points) ?? '';
  const ends = [points.find((point) => point.value !== undefined), points.findLast((point) => point.value !== undefined)]
    .filter((point): point is ChartPoint => point !== undefined)
    .map((point) => ({ x: x(point.date), y: y(point.value!) }));
  const marker: Marker | undefined = options.marker && { x: x(options.marker.date), label: options.marker.label };
  return { ...options, area, path, ends, marker, xTicks: dateTicks(x, options), yTicks };
}

/** Bars, one per row, marked before or after the change, with a dashed line at each side's mean; the divider is labelled `dividerLabel`. */
export function barsLayout(
  points: readonly ChartPoint[],
  changedAt: string,
  means: { before?: number; after?: number },
  options: LayoutOptions,
  dividerLabel = '',
) {
  const area = plotArea(options);
  const boundary = Date.parse(`${changedAt}T00:00:00Z`);
  const withValues = points.filter((point) => point.value !== undefined);
  const x = scaleBand<number>()
    .domain(withValues.map((_, index) => index))
    .range([area.left, area.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const { scale: y, ticks: yTicks } = valueAxis(
    withValues.map((point) => point.value!),
    area,
    options,
  );
  const bars = withValues.map((point, index) => {
    const top = Math.min(y(point.value!), y(0));
    return {
      x: x(index) ?? 0,
      y: top,
      width: x.bandwidth(),
      height: Math.abs(y(point.value!) - y(0)),
      period: point.date.getTime() < boundary ? ('before' as const) : ('after' as const),
    };
  });
  const firstAfter = bars.find((bar) => bar.period === 'after');
  const divider = firstAfter ? firstAfter.x - (x.step() * x.paddingInner()) / 2 : area.right;
  const meanLines = (['before', 'after'] as const).flatMap((period) => {
    const value = means[period];
    const sideBars = bars.filter((bar) => bar.period === period);
    return value === undefined || sideBars.length === 0
      ? []
      : [{ period, y: y(value), x1: sideBars[0]!.x, x2: sideBars.at(-1)!.x + x.bandwidth() }];
  });
  const labelEvery = Math.max(1, Math.ceil(withValues.length / (options.width < 480 ? 3 : 6)));
  const format = new Intl.DateTimeFormat(options.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const xTicks = withValues.flatMap((point, index) =>
    index % labelEvery === 0 ? [{ position: (x(index) ?? 0) + x.bandwidth() / 2, label: format.format(point.date) }] : [],
  );
  const marker: Marker = { x: divider, label: dividerLabel };
  return { ...options, area, bars, divider, marker, meanLines, xTicks, yTicks };
}

/** A weekday × hour grid: one cell per hour and weekday, its opacity growing with the value. */
export function heatmapLayout(cells: readonly HeatmapCell[], options: LayoutOptions) {
  const area = { ...plotArea(options), left: options.width < 480 ? 34 : 44 };
  const x = scaleBand<number>()
    .domain(Array.from({ length: 24 }, (_, hour) => hour))
    .range([area.left, area.right])
    .paddingInner(0.08);
  const y = scaleBand<number>()
    .domain(Array.from({ length: 7 }, (_, weekday) => weekday))
    .range([area.top, area.bottom])
    .paddingInner(0.08);
  const values = cells.flatMap((cell) => (cell.value === undefined ? [] : [cell.value]));
  const opacity = scaleLinear()
    .domain([min(values) ?? 0, max(values) ?? 1])
    .range([0.15, 1]);
  const weekdayFormat = new Intl.DateTimeFormat(options.language, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: weekday 0.
  const weekdays = Array.from({ length: 7 }, (_, weekday) => ({
    position: (y(weekday) ?? 0) + y.bandwidth() / 2,
    label: weekdayFormat.format(Date.UTC(2024, 0, 1 + weekday)),
  }));
  const hourEvery = options.width < 480 ? 6 : 3;
  const hours = Array.from({ length: 24 / hourEvery }, (_, index) => index * hourEvery).map((hour) => ({
    position: (x(hour) ?? 0) + x.bandwidth() / 2,
    label: String(hour).padStart(2, '0'),
  }));
  const rects = cells.map((cell) => ({
    ...cell,
    x: x(cell.hour) ?? 0,
    y: y(cell.weekday) ?? 0,
    width: x.bandwidth(),
    height: y.bandwidth(),
    opacity: cell.value === undefined ? 0 : opacity(cell.value),
  }));
  return { ...options, area, rects, weekdays, hours };
}
