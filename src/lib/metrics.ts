/** The fields of a metric that formatting needs (the schema's Metric satisfies it). */
export interface MetricFigures {
  label: string;
  value?: number;
  before?: number;
  after?: number;
  unit?: string;
  period?: string;
  headline?: boolean;
}

/** Change from before to after in percent; undefined when before is 0 or either is missing. */
export function percentChange(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return ((after - before) / Math.abs(before)) * 100;
}

/** The metric to lead with: the one marked headline, else the first; undefined when there are none. */
export function headlineMetric<Metric extends MetricFigures>(metrics: readonly Metric[]): Metric | undefined {
  return metrics.find((metric) => metric.headline) ?? metrics[0];
}

/** A number in the page's language ("12,500", "12,500" or "1,25,000" for Indian languages). */
export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1, ...options }).format(value);
}

/** Units written straight after the number ("42%", "3×"); others follow a space ("320 members"). */
const ATTACHED_UNITS = new Set(['%', '‰', '×', 'x']);

/** A value with its unit, e.g. "42%" or "320 members". */
export function formatWithUnit(value: number, unit: string | undefined, language: string): string {
  const number = formatNumber(value, language);
  if (!unit) return number;
  return ATTACHED_UNITS.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** A signed percentage: "+240%", "−18%". */
export function formatPercentChange(change: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change / 100);
}

/**
 * The short figure that leads a card or listing: the value with its unit; for a before/after pair
 * the change in percent ("+240%"), or "2.1% → 4.8%" when the figures are themselves percentages
 * (a relative change of a rate misleads), or the after value when before is 0.
 */
export function metricFigure(metric: MetricFigures, language: string): string {
  if (metric.value !== undefined) return formatWithUnit(metric.value, metric.unit, language);
  if (metric.unit === '%') return `${formatWithUnit(metric.before ?? 0, '%', language)} → ${formatWithUnit(metric.after ?? 0, '%', language)}`;
  const change = percentChange(metric.before, metric.after);
  return change === undefined ? formatWithUnit(metric.after ?? 0, metric.unit, language) : formatPercentChange(change, language);
}

/** "+240% followers in 90 days": the figure, the label and the period, for cards and listings. */
export function metricHeadline(metric: MetricFigures, language: string, periodWord = 'in'): string {
  const period = metric.period ? ` ${periodWord} ${metric.period}` : '';
  return `${metricFigure(metric, language)} ${metric.label.toLocaleLowerCase(language)}${period}`;
}
