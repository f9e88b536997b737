/** A case study's lead result, as cards, listings, the CV and /resume.json show it. */
import { translator } from '../lib/i18n/translate.ts';
import { leadMetric, metricFigure, metricLabel, metricMotion, ownHeadline, type LabelWithPeriod } from '../lib/metrics/figures.ts';
import type { CaseStudy } from '../queries/collections.ts';
import { languageOf } from '../queries/site.ts';

/**
 * The figure ("+240%"), what it measures ("followers in 90 days") and both as one line, in the case
 * study's language. A metric whose headline is written in its author's words is that text alone:
 * the figure is the whole text and the label is empty.
 */
export interface LeadResult {
  figure: string;
  label: string;
  text: string;
  /** The before → after that the figure sums up ("8,400" → "28,560"), or the change a pair of percentages made ("−39 points"). */
  motion: ReturnType<typeof metricMotion>;
}

/** The case study's lead result, or undefined when it has no metrics. */
export function leadResultOf(caseStudy: CaseStudy): LeadResult | undefined {
  const metric = leadMetric(caseStudy.data.metrics);
  if (!metric) return undefined;
  const words = ownHeadline(metric);
  // The author's own words already say what changed: no before → after beside them.
  if (words) return { figure: words, label: '', text: words, motion: {} };
  const language = languageOf(caseStudy);
  const figure = metricFigure(metric, language);
  const label = metricLabel(metric, language, labelWithPeriod(language));
  return { figure, label, text: `${figure} ${label}`, motion: metricMotion(metric, language, translator(language)) };
}

/** Joins a metric's label and period as `language` words it: "followers in 90 days". */
export function labelWithPeriod(language: string): LabelWithPeriod {
  const t = translator(language);
  return (label, period) => t('caseStudy.result.labelWithPeriod', { label, period });
}
