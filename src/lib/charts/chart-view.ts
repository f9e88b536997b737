/**
 * Everything a chart component shows: title, text summary, data table and the geometry at two
 * sizes. Pure: the CSV series, the language and the translator come in as parameters.
 */
import { greatest } from 'd3-array';
import type { Translate } from '../i18n/translate.ts';
import { percentChange } from '../metrics/figures.ts';
import { formatNumber, formatPercentChange, formatSignedNumber, formatWithUnit } from '../number-format.ts';
import { chartPoints, splitAt, weekdayHourGrid, type ChartPoint, type ChartSpec } from './chart-data.ts';
import { aggregatePoints, chartBucket, pointsToDraw, type ChartBucket } from './aggregate.ts';
import type { Series } from './csv-series.ts';
import { barsLayout, heatmapLayout, lineLayout, type LayoutOptions } from './layout.ts';

/** The chart as frontmatter describes it. */
export interface ChartDescription extends ChartSpec {
  title: string;
  label?: string;
  source?: string;
  takeaway?: string;
}

/** The two sizes every chart is laid out at: phones, and everything wider. */
export const CHART_SIZES = { narrow: { width: 360, height: 240 }, wide: { width: 680, height: 300 } } as const;

/** What a chart's values are called: its label, else its measure name with _ as spaces, else its formula. */
export function valueLabel(chart: ChartDescription): string {
  return chart.label ?? chart.measure?.replaceAll('_', ' ') ?? chart.formula ?? '';
}

const BUCKET_NOTES = {
  day: 'caseStudy.charts.aggregated.byDay',
  week: 'caseStudy.charts.aggregated.byWeek',
  month: 'caseStudy.charts.aggregated.byMonth',
  year: 'caseStudy.charts.aggregated.byYear',
} as const satisfies Record<ChartBucket, string>;

/**
 * Title, summary, table and layouts of one chart; `workStart` (YYYY-MM or YYYY-MM-DD) marks when the
 * work began. A line or bar chart of more rows than MAX_CHART_POINTS draws averages by period
 * (lib/charts/aggregate.ts), and its note says so.
 */
export function chartView(chart: ChartDescription, series: Series, language: string, t: Translate, workStart?: string) {
  const points = chartPoints(chart, series);
  const value = (number: number | undefined) => (number === undefined ? '–' : formatWithUnit(number, chart.unit, language));
  const dateFormat = new Intl.DateTimeFormat(
    language,
    series.hasTimes ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' },
  );
  // Averages are dated by their period: "Mar 2024" for a month, the first day for a week.
  const dateFormatFor = (bucket: ChartBucket | undefined) =>
    bucket === 'month' || bucket === 'year'
      ? new Intl.DateTimeFormat(language, { ...(bucket === 'month' ? { month: 'short' as const } : {}), year: 'numeric', timeZone: 'UTC' })
      : bucket
        ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
        : dateFormat;
  const change = (from: number | undefined, to: number | undefined) => changeText(from, to, chart.unit, language, t);
  const label = valueLabel(chart);
  const layout = (size: Pick<LayoutOptions, 'width' | 'height'>) => ({ ...size, language, unit: chart.unit });
  const base = { title: chart.title, label, source: chart.source, takeaway: chart.takeaway };
  const workBegan = t('caseStudy.charts.key.workStart');

  if (chart.type === 'heatmap') {
    const cells = weekdayHourGrid(chart, points);
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const dayName = (index: number) => weekday.format(Date.UTC(2024, 0, 1 + index));
    const best = cells
      .filter((cell) => cell.value !== undefined)
      .sort((a, b) => b.value! - a.value!)
      .slice(0, 3);
    const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
    return {
      ...base,
      type: 'heatmap' as const,
      note: undefined,
      summary: t('caseStudy.charts.heatmap.summary', {
        label,
        count: formatNumber(points.filter((point) => point.value !== undefined).length, language),
        best: best
          .map((cell) =>
            t('caseStudy.charts.heatmap.slot', { weekday: dayName(cell.weekday), hour: hourText(cell.hour), value: value(cell.value) }),
          )
          .join('; '),
      }),
      table: {
        caption: t('caseStudy.charts.heatmap.tableCaption', { label }),
        headers: [t('caseStudy.charts.table.weekday'), ...Array.from({ length: 24 }, (_, hour) => hourText(hour))],
        rows: Array.from({ length: 7 }, (_, day) => [
          dayName(day),
          ...cells.filter((cell) => cell.weekday === day).map((cell) => value(cell.value)),
        ]),
      },
      narrow: heatmapLayout(cells, layout(CHART_SIZES.narrow)),
      wide: heatmapLayout(cells, layout(CHART_SIZES.wide)),
    };
  }
  const note = (bucket: ChartBucket | undefined) => (bucket ? t(BUCKET_NOTES[bucket], { rows: points.length }) : undefined);
  if (chart.type === 'bars') {
    const changedAt = chart.changedAt!;
    const split = splitAt(chart, points, changedAt);
    const boundary = new Date(`${changedAt}T00:00:00Z`);
    const changeDate = dateFormat.format(boundary);
    const means = { before: split.beforeValue, after: split.afterValue };
    // Each side is averaged on its own, so no bar mixes rows from before and after the change.
    const bucket = chartBucket(points);
    const date = (point: ChartPoint) => dateFormatFor(bucket).format(point.date);
    const drawn = bucket
      ? [
          ...aggregatePoints(chart, split.before, bucket),
          ...aggregatePoints(chart, split.after, bucket).map((point) => ({
            ...point,
            date: point.date < boundary ? boundary : point.date,
          })),
        ]
      : [...split.before, ...split.after];
    return {
      ...base,
      type: 'bars' as const,
      changeDate,
      note: note(bucket),
      summary: t('caseStudy.charts.bars.summary', {
        date: changeDate,
        before: value(split.beforeValue),
        beforeCount: split.before.length,
        after: value(split.afterValue),
        afterCount: split.after.length,
        change: change(split.beforeValue, split.afterValue),
      }),
      table: {
        caption: label,
        headers: [t('caseStudy.charts.table.date'), label, t('caseStudy.charts.table.period')],
        rows: drawn.map((point) => [
          date(point),
          value(point.value),
          point.date < boundary ? t('caseStudy.charts.table.before') : t('caseStudy.charts.table.after'),
        ]),
      },
      narrow: barsLayout(drawn, changedAt, means, layout(CHART_SIZES.narrow), workBegan),
      wide: barsLayout(drawn, changedAt, means, layout(CHART_SIZES.wide), workBegan),
    };
  }
  const { points: drawn, bucket } = pointsToDraw(chart, points);
  const date = (point: ChartPoint) => dateFormatFor(bucket).format(point.date);
  const present = drawn.filter((point) => point.value !== undefined);
  const [first, last] = [present[0], present.at(-1)];
  const highest = greatest(present, (point) => point.value);
  const start = workStartPoint(present, workStart);
  const marker = start && { date: start.date, label: workBegan };
  const spike = first && last && highest ? spikeOf(present, first, last, highest) : undefined;
  const overall =
    !first || !last || !highest
      ? ''
      : spike
        ? t('caseStudy.charts.line.spike', {
            label,
            first: value(first.value),
            firstDate: date(first),
            peak: value(highest.value),
            peakDate: date(highest),
            recovered: value(spike.value),
            recoveredDate: date(spike),
            last: value(last.value),
            lastDate: date(last),
          })
        : t('caseStudy.charts.line.summary', {
            label,
            first: value(first.value),
            firstDate: date(first),
            last: value(last.value),
            lastDate: date(last),
            change: change(first.value, last.value),
            highest: value(highest.value),
            highestDate: date(highest),
          });
  // What changed since the work began: the figure a case study's headline quotes, beside the whole chart's.
  const sinceStart =
    start && last && start !== first && start !== last
      ? t('caseStudy.charts.line.sinceStart', {
          date: date(start),
          label,
          start: value(start.value),
          last: value(last.value),
          lastDate: date(last),
          change: change(start.value, last.value),
        })
      : '';
  return {
    ...base,
    type: 'line' as const,
    note: note(bucket),
    summary: [overall, sinceStart].filter(Boolean).join(' '),
    table: {
      caption: label,
      headers: [t('caseStudy.charts.table.date'), label],
      rows: present.map((point) => [date(point), value(point.value)]),
    },
    narrow: lineLayout(drawn, { ...layout(CHART_SIZES.narrow), marker }),
    wide: lineLayout(drawn, { ...layout(CHART_SIZES.wide), marker }),
  };
}

/** The first point on or after the day the work began, when that day falls inside the chart. */
function workStartPoint(present: readonly ChartPoint[], workStart: string | undefined): ChartPoint | undefined {
  if (!workStart || present.length < 2) return undefined;
  const day = Date.parse(`${workStart.length === 7 ? `${workStart}-01` : workStart}T00:00:00Z`);
  if (!(day > present[0]!.date.getTime()) || day > present.at(-1)!.date.getTime()) return undefined;
  return present.find((point) => point.date.getTime() >= day);
}

/**
 * A series that rose to a peak and came back down (a crisis, a launch-day rush) is told by its peak and
 * its recovery: the first point after the peak back within a quarter of the rise above the start.
 * Undefined for a series that does not: the peak at either end, or a fall of less than half the rise.
 */
export function spikeOf(present: readonly ChartPoint[], first: ChartPoint, last: ChartPoint, peak: ChartPoint): ChartPoint | undefined {
  const [start, top, end] = [first.value!, peak.value!, last.value!];
  const rise = top - start;
  if (peak === first || peak === last || rise <= 0 || top - end < rise / 2) return undefined;
  const after = present.slice(present.indexOf(peak) + 1);
  return after.find((point) => point.value! <= start + rise / 4) ?? last;
}

/** "+240%" for counts; "+2.5 points" for percentages (a relative change of a rate misleads). */
export function changeText(
  from: number | undefined,
  to: number | undefined,
  unit: string | undefined,
  language: string,
  t: Translate,
): string {
  if (from === undefined || to === undefined) return '–';
  if (unit === '%') return t('caseStudy.change.points', { points: formatSignedNumber(to - from, language) });
  const change = percentChange(from, to);
  return change === undefined ? t('caseStudy.change.fromZero') : formatPercentChange(change, language);
}

/** A chart's view model. */
export type ChartView = ReturnType<typeof chartView>;
