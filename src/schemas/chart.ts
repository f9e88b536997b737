import { z } from 'astro/zod';
import { MEASURE_NAME, parseFormula } from './formula.ts';
import { DayTextSchema, requiredText } from './shared.ts';
import { choice } from './choice.ts';

/** Builds the schema of a path to a file beside the Markdown (a CSV, a screenshot); the checker passes one that checks the file. */
export type FileFieldFactory = (extensions: readonly string[]) => z.ZodType<string>;

/** The default file field: a path as text; the content checker, which runs before every build, checks the file itself. */
export const plainFilePath: FileFieldFactory = () => z.string({ error: 'Write the file path as text, e.g. ./data.csv.' });

/** Chart kinds: a line for growth, bars before/after a date, a weekday × hour heatmap for timestamped rows. */
export const CHART_TYPES = ['line', 'bars', 'heatmap'] as const;

/** A chart drawn at build time from a CSV file beside the case study. */
export function createChartSchema(file: FileFieldFactory) {
  return z
    .strictObject({
      type: choice(CHART_TYPES, 'Write type: line, bars or heatmap.').describe('line, bars or heatmap. Required.'),
      file: file(['.csv']).describe('The CSV file beside the case study: a date column, then one column per measure. Required.'),
      title: requiredText('a title for the chart (title: "Followers, Sep–Nov 2022")').describe(
        "The chart's title, shown above it. Required.",
      ),
      measure: z
        .string()
        .regex(MEASURE_NAME, { error: 'Write a CSV column name: letters, digits and _ only.' })
        .optional()
        .describe('The CSV column to draw; or use `formula`.'),
      formula: z
        .string()
        .optional()
        .describe('A formula over the CSV\'s columns, computed for every row, e.g. "(likes + comments) / reach".'),
      label: z
        .string()
        .trim()
        .min(1)
        .optional()
        .describe("What the values are, for the axis, summary and table; defaults to the measure's name."),
      unit: z.string().optional().describe('Unit of the values: "%" multiplies a formula by 100. Optional.'),
      changedAt: DayTextSchema.optional().describe(
        'bars: the day the work began (YYYY-MM-DD); rows before it are "before", the rest "after".',
      ),
      source: z.string().optional().describe('Where the data comes from, shown under the chart. Optional.'),
      takeaway: z
        .string()
        .trim()
        .min(1, { error: 'is empty: write one sentence, or remove takeaway.' })
        .optional()
        .describe(
          'What the chart shows, in one sentence, in bold above it (e.g. "Followers tripled once the challenge began."). Optional.',
        ),
    })
    .superRefine((chart, context) => {
      if ((chart.measure === undefined) === (chart.formula === undefined)) {
        context.addIssue({
          code: 'custom',
          message: 'Give either measure: <CSV column> or formula: "...", not both or neither.',
          path: ['measure'],
        });
      }
      if (chart.formula !== undefined) {
        try {
          parseFormula(chart.formula);
        } catch (error) {
          context.addIssue({ code: 'custom', message: (error as Error).message, path: ['formula'] });
        }
      }
      if (chart.type === 'bars' && chart.changedAt === undefined) {
        context.addIssue({
          code: 'custom',
          message: 'is missing. Bars compare before and after a date: write changedAt: YYYY-MM-DD (when the work began).',
          path: ['changedAt'],
        });
      }
    });
}

/** A chart after validation. */
export type Chart = z.output<ReturnType<typeof createChartSchema>>;
