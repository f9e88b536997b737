/**
 * Figures the build works out from what the author typed — changes in percent or points, multiples
 * and rates from raw counts — each with the formula and the calculation behind it, so a page can
 * show them on hover/focus and in a footnote.
 */
import type { Metric } from '../../schemas/metric.ts';
import type { Translate } from '../i18n/translate.ts';
import { metricFigure, percentChange } from './figures.ts';
import { formatNumber, formatPercentChange, formatSignedNumber, formatWithUnit } from '../number-format.ts';
import { formatFormula, formulaDenominator, parseFormula } from '../../schemas/formula.ts';

/** What derived figures need from a metric. */
export type MetricInput = Pick<Metric, 'label' | 'value' | 'before' | 'after' | 'unit' | 'formula' | 'measures' | 'denominator'>;

/** A figure the build computed: as shown, the formula in words, and the calculation with numbers. */
export interface DerivedFigure {
  text: string;
  formula: string;
  calculation: string;
}

/** A metric's lead figure (derived or typed) and the extra derived figures shown under it. */
export interface MetricEvidence {
  lead: { text: string; derived?: DerivedFigure };
  extras: DerivedFigure[];
  denominator?: string;
}

/** The smallest multiple worth showing: "3.4×" says more than "+240%" only for big increases. */
const MULTIPLE_FROM = 2;

/** Lead figure, extra derived figures and the base of a rate, for one metric in `language`. */
export function metricEvidence(metric: MetricInput, language: string, t: Translate): MetricEvidence {
  const number = (value: number) => formatNumber(value, language);
  const withUnit = (value: number) => formatWithUnit(value, metric.unit, language);
  const leadText = metricFigure(metric, language);
  const extras: DerivedFigure[] = [];
  const steps: string[] = [];
  const formulas: string[] = [];
  const parsed = metric.formula ? parseFormula(metric.formula) : undefined;
  if (parsed && metric.measures) {
    const scale = metric.unit === '%' ? ' × 100' : '';
    formulas.push(`${metric.label} = ${formatFormula(parsed, (name) => name.replaceAll('_', ' '), number)}${scale}`);
    const sides =
      metric.value !== undefined
        ? ([['value', metric.value]] as const)
        : ([
            ['before', metric.before!],
            ['after', metric.after!],
          ] as const);
    for (const [side, result] of sides) {
      const values = Object.fromEntries(
        Object.entries(metric.measures).map(([name, measure]) => [
          name,
          typeof measure === 'number' ? measure : measure[side === 'value' ? 'after' : side],
        ]),
      );
      const prefix =
        side === 'value'
          ? ''
          : `${t(side === 'before' ? 'caseStudy.metrics.calculation.before' : 'caseStudy.metrics.calculation.after')}: `;
      steps.push(`${prefix}${formatFormula(parsed, (name) => number(values[name] ?? Number.NaN), number)}${scale} = ${withUnit(result)}`);
    }
  }
  const { before, after } = metric;
  if (before !== undefined && after !== undefined) {
    if (metric.unit === '%') {
      extras.push({
        text: t('caseStudy.change.points', { points: formatSignedNumber(after - before, language) }),
        formula: t('caseStudy.metrics.formula.points'),
        calculation: `${number(after)} − ${number(before)} = ${formatSignedNumber(after - before, language)}`,
      });
    } else if (before < 0 || after < 0) {
      formulas.push(t('caseStudy.metrics.formula.difference'));
      steps.push(`${number(after)} − (${number(before)}) = ${formatWithUnit(after - before, metric.unit, language, formatSignedNumber)}`);
    } else {
      const change = percentChange(before, after);
      if (change !== undefined) {
        formulas.push(t('caseStudy.metrics.formula.change'));
        steps.push(`(${number(after)} − ${number(before)}) ÷ ${number(Math.abs(before))} × 100 = ${formatPercentChange(change, language)}`);
      }
      if (before > 0 && after / before >= MULTIPLE_FROM) {
        const multiple = formatNumber(after / before, language);
        extras.push({
          text: t('caseStudy.metrics.multiple', { multiple }),
          formula: t('caseStudy.metrics.formula.multiple'),
          calculation: `${number(after)} ÷ ${number(before)} = ${multiple}×`,
        });
      }
    }
  }
  const derived = steps.length > 0 ? { text: leadText, formula: formulas.join('; '), calculation: steps.join('; ') } : undefined;
  const denominator = metric.denominator ?? (parsed ? formulaDenominator(parsed, (name) => name.replaceAll('_', ' ')) : undefined);
  return { lead: { text: leadText, derived }, extras, denominator };
}
