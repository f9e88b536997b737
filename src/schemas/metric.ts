import { z } from 'astro/zod';
import {
  evaluateFormula,
  formulaDenominator,
  formulaFault,
  formulaMeasures,
  measureSides,
  parseFormula,
  type Formula,
  type MeasureValues,
} from './formula.ts';
import { figureProblem, MAX_FIGURE } from './figures.ts';
import { closestName } from './messages.ts';
import { requiredText } from './shared.ts';

/** What to write instead of `input`: a number too large to mean anything (YAML keeps a 400-digit one as text), or not a number. */
function numberMessage(field: string, input: unknown): string {
  if (typeof input === 'number') return figureProblem(input)!;
  if (typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input))
    return figureProblem(Number(input), input) ?? `Write ${field} without quotes: ${input}.`;
  return `Write ${field} as a plain number without units or commas, e.g. 12500 (put the unit in "unit").`;
}

const finiteNumber = (field: string) =>
  z.number({ error: (issue) => numberMessage(field, issue.input) }).superRefine((value, context) => {
    const problem = figureProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  });

/** A raw count used by a formula: one number, or a before/after pair. */
const MeasureValueSchema = z.union(
  [finiteNumber('the measure'), z.strictObject({ before: finiteNumber('before'), after: finiteNumber('after') })],
  { error: 'Write a measure as a plain number (likes: 1200) or as a pair (likes: { before: 300, after: 1200 }).' },
);

/** A measured result: a value, a before/after pair, or a formula over raw counts that the build computes. */
export const MetricSchema = z
  .strictObject({
    label: requiredText('what was measured (label: "Followers")').describe(
      'What was measured, e.g. "Followers" or "Engagement rate". Required.',
    ),
    value: finiteNumber('value').optional().describe('The result, when there is one number.'),
    before: finiteNumber('before').optional().describe('The starting figure, with `after`.'),
    after: finiteNumber('after').optional().describe('The final figure, with `before`.'),
    formula: z
      .string({ error: 'Write the formula as text, e.g. formula: "(likes + comments) / reach".' })
      .optional()
      .describe('How the build computes the figure from `measures`, e.g. "(likes + comments) / reach".'),
    measures: z
      .record(z.string(), MeasureValueSchema, { error: 'Write measures as name: number lines, e.g. likes: 1200.' })
      .optional()
      .describe('Raw counts the formula uses, by name: a number, or { before, after }.'),
    denominator: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('What a rate or share is divided by, e.g. "reach", "followers", "impressions". Read from the formula when it has one.'),
    unit: z.string().optional().describe('Unit shown after the number: "%", "members", "hours". With a formula, "%" multiplies by 100.'),
    period: z.string().optional().describe('Over what time, e.g. "90 days" or "Jan–Mar 2025". Optional but recommended.'),
    platform: z.string().optional().describe('Where it was measured, e.g. "Instagram". Optional.'),
    method: z.string().optional().describe('How it was measured, e.g. "Instagram Insights, reach-based". Optional but recommended.'),
    source: z.string().optional().describe('Where the number comes from (tool, report, link). Optional but recommended.'),
    headline: z
      .union(
        [
          z.boolean(),
          z
            .string()
            .trim()
            .min(1, { error: 'is empty: write the words to lead with, or true.' })
            .max(80, { error: 'is longer than 80 characters: cards and listings show it on one or two lines. Shorten it.' }),
        ],
        {
          error:
            'Write headline: true to lead with this metric, or its own short words in quotes: headline: "4 h → 14 min median first reply".',
        },
      )
      .default(false)
      .describe(
        'Lead with this metric on cards and listings: `true` in the words the build writes ("+24% group members in 90 days"), or your own short words, which say both: headline: "4 h → 14 min median first reply" (80 characters at most). Default: the first metric, in the build\'s words.',
      ),
  })
  .superRefine((metric, context) => {
    const issue = (message: string, ...path: (string | number)[]) => context.addIssue({ code: 'custom', message, path });
    const hasPair = metric.before !== undefined || metric.after !== undefined;
    if (metric.formula !== undefined) {
      for (const field of ['value', 'before', 'after'] as const) {
        if (metric[field] !== undefined)
          issue('is computed from the formula and its measures; remove it (figures are never typed by hand next to a formula).', field);
      }
      const formula = tryParse(metric.formula, (message) => issue(message, 'formula'));
      if (formula) checkMeasures(formula, metric.measures ?? {}, metric.unit, issue);
    } else if (metric.measures !== undefined) {
      issue('are only used by a formula. Add formula: "..." that uses them, or remove measures.', 'measures');
    } else if (metric.value === undefined && !hasPair) {
      issue('Give either value, or both before and after, or a formula with its measures.', 'value');
    } else if (metric.value !== undefined && hasPair) {
      issue('Give either value, or before and after, not both.', 'value');
    } else if (hasPair && (metric.before === undefined || metric.after === undefined)) {
      issue('Give both before and after (or a single value instead).', metric.before === undefined ? 'before' : 'after');
    }
    if (metric.unit === '%' && metric.denominator === undefined && !(metric.formula && safeDenominator(metric.formula))) {
      issue(
        'is missing. A percentage needs its base: write denominator: reach (or followers, impressions, members …); engagement by reach and by followers are different numbers.',
        'denominator',
      );
    }
  })
  .transform((metric) => (metric.formula ? { ...metric, ...computeFigures(metric.formula, metric.measures ?? {}, metric.unit) } : metric));

function tryParse(text: string, report: (message: string) => void): Formula | undefined {
  try {
    return parseFormula(text);
  } catch (error) {
    report((error as Error).message);
    return undefined;
  }
}

function safeDenominator(text: string): string | undefined {
  return tryParse(text, () => {}) ? formulaDenominator(parseFormula(text)) : undefined;
}

function checkMeasures(
  formula: Formula,
  measures: MeasureValues,
  unit: string | undefined,
  issue: (message: string, ...path: (string | number)[]) => void,
): void {
  const used = formulaMeasures(formula);
  const known = Object.keys(measures);
  for (const name of used.filter((candidate) => !(candidate in measures))) {
    const suggestion = closestName(name, known);
    const hint = suggestion ? `Did you mean "${suggestion}"? ` : known.length > 0 ? `Known measures: ${known.join(', ')}. ` : '';
    issue(`names an unknown measure "${name}". ${hint}Give its count under measures (measures: { ${name}: 1200 }).`, 'formula');
  }
  for (const name of known.filter((candidate) => !used.includes(candidate)))
    issue('is not used by the formula; remove it or use it.', 'measures', name);
  if (used.some((name) => !(name in measures))) return;
  for (const [side, values] of Object.entries(measureSides(measures))) {
    const fault = formulaFault(formula, values, unit === '%' ? 100 : 1, MAX_FIGURE);
    const where = side === 'value' ? '' : ` in ${side}`;
    if (fault === 'division by zero') issue(`give a division by zero${where}; check the counts.`, 'measures');
    if (fault === 'overflow')
      issue(
        `make the formula overflow${where}: its result is beyond any figure a metric can mean (at most a million billion, 1,000,000,000,000,000). Check the counts.`,
        'measures',
      );
  }
}

/** The figures a formula gives: value, or before and after; × 100 when the unit is "%". */
function computeFigures(
  text: string,
  measures: MeasureValues,
  unit: string | undefined,
): { value?: number; before?: number; after?: number } {
  const formula = parseFormula(text);
  const scale = unit === '%' ? 100 : 1;
  return Object.fromEntries(
    Object.entries(measureSides(measures)).map(([side, values]) => [side, evaluateFormula(formula, values) * scale]),
  );
}

/** A metric after validation, with figures computed from its formula. */
export type Metric = z.output<typeof MetricSchema>;
