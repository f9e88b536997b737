import type { Metric } from '../../schemas/metric.ts';
import { formatNumber, formatPercentChange, formatSignedNumber, formatWithUnit } from '../number-format.ts';
import type { Translate } from '../i18n/translate.ts';

/** The fields of a metric that its figures are formatted from. */
export type MetricFigures = Pick<Metric, 'label' | 'value' | 'before' | 'after' | 'unit' | 'period'>;

/** Change from before to after in percent; undefined when before is 0 or either is missing. */
export function percentChange(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return ((after - before) / Math.abs(before)) * 100;
}

/** The metric a case study leads with on cards and listings: the one with a `headline` (true or its own words), else the first. */
export function leadMetric<Lead extends { label: string; headline?: boolean | string }>(metrics: readonly Lead[]): Lead | undefined {
  return metrics.find((metric) => metric.headline) ?? metrics[0];
}

/** A metric's headline in its author's words ("4 h → 14 min median first reply"), when it has one. */
export function ownHeadline(metric: { headline?: boolean | string }): string | undefined {
  return typeof metric.headline === 'string' ? metric.headline : undefined;
}

/**
 * The short figure that leads a card or listing: the value with its unit; for a before/after pair
 * the change in percent ("+240%"), or "2.1% → 4.8%" when the figures are themselves percentages
 * (a relative change of a rate misleads), the signed difference when a figure is below zero, or
 * the after value when before is 0.
 */
export function metricFigure(metric: MetricFigures, language: string): string {
  if (metric.value !== undefined) return formatWithUnit(metric.value, metric.unit, language);
  if (metric.unit === '%')
    return `${formatWithUnit(metric.before ?? 0, '%', language)} → ${formatWithUnit(metric.after ?? 0, '%', language)}`;
  // Across or below zero (net sentiment −53 → +4) a percentage change means nothing: show the difference.
  if ((metric.before ?? 0) < 0 || (metric.after ?? 0) < 0)
    return formatWithUnit((metric.after ?? 0) - (metric.before ?? 0), metric.unit, language, formatSignedNumber);
  const change = percentChange(metric.before, metric.after);
  return change === undefined ? formatWithUnit(metric.after ?? 0, metric.unit, language) : formatPercentChange(change, language);
}

/** Joins a metric's label and its period in a language: "followers in 90 days" (English by default). */
export type LabelWithPeriod = (label: string, period: string) => string;

const englishLabelWithPeriod: LabelWithPeriod = (label, period) => `${label} in ${period}`;

/** "followers in 90 days": what the figure measures, over what time (a card shows it under the figure). */
export function metricLabel(metric: MetricFigures, language: string, withPeriod: LabelWithPeriod = englishLabelWithPeriod): string {
  const label = metric.label.toLocaleLowerCase(language);
  return metric.period ? withPeriod(label, metric.period) : label;
}

/** "+240% followers in 90 days": a metric's result in one line (figure, label and period), for cards and listings. */
export function metricResult(metric: MetricFigures, language: string, withPeriod?: LabelWithPeriod): string {
  return `${metricFigure(metric, language)} ${metricLabel(metric, language, withPeriod)}`;
}

/**
 * What a metric's figure sums up, for the before → after line under it: the two figures when the
 * figure is a change ("8,400" → "28,560 members" under "+240%", the unit written once), the change in points when the figure is
 * itself a pair of percentages ("−39 points" under "61% → 22%"); nothing for a single value.
 */
export function metricMotion(metric: MetricFigures, language: string, t: Translate): { from?: string; to?: string; change?: string } {
  if (metric.value !== undefined || metric.before === undefined || metric.after === undefined) return {};
  if (metric.unit === '%')
    return { change: t('caseStudy.change.points', { points: formatSignedNumber(metric.after - metric.before, language) }) };
  return { from: formatNumber(metric.before, language), to: formatWithUnit(metric.after, metric.unit, language) };
}
