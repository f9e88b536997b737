import { z } from 'astro/zod';
import { quoteValue } from './messages.ts';
import { DateSchema, LanguageSchema, PartialDateSchema, requiredText, socialImage, textList } from './shared.ts';
import { createChartSchema, plainFilePath, type FileFieldFactory } from './chart.ts';
import { MetricSchema } from './metric.ts';
import { createComparisonSchema, createScreenshotSchema } from './screenshot.ts';
import { choice } from './choice.ts';

export { MetricSchema, type Metric } from './metric.ts';

/** The five responsibilities that community-management guides name, as written in frontmatter. */
export const RESPONSIBILITY_AREAS = [
  'engagement-strategy',
  'platform-management',
  'facilitating-conversations',
  'analytics-and-feedback',
  'crisis-management',
] as const;

const ResponsibilityAreaSchema = choice(
  RESPONSIBILITY_AREAS,
  (issue) =>
    `Unknown responsibility ${quoteValue(issue.input)}. Use one of: ${RESPONSIBILITY_AREAS.join(', ')}; put anything else under otherResponsibilities.`,
);

/**
 * Frontmatter of a case study (`content/case-studies/<slug>/index.md` or `.mdx`). Screenshots and
 * CSV files are plain paths here: Commfolio's own image step (src/integrations/screenshots) publishes them,
 * and the content checker, which runs before every build, checks the files.
 */
export function createCaseStudySchema(file: FileFieldFactory = plainFilePath) {
  return z
    .strictObject({
      title: requiredText('a title (title: "...")').describe("The case study's title. Required."),
      summary: requiredText('a one- or two-sentence summary (summary: "...")').describe(
        'One or two sentences for listings and link previews. Required.',
      ),
      organisation: requiredText('the organisation or community (organisation: "...")').describe(
        'The brand, organisation or community you worked for. Required.',
      ),
      role: requiredText('your role (role: "Community Manager")').describe('Your role there, e.g. "Community Manager". Required.'),
      period: z
        .strictObject(
          {
            start: PartialDateSchema.describe('YYYY-MM or YYYY-MM-DD. Required.'),
            end: PartialDateSchema.optional().describe('YYYY-MM or YYYY-MM-DD; leave out while the work is ongoing.'),
          },
          { error: 'Write period: with start: YYYY-MM (and end: YYYY-MM unless ongoing) on the lines below it.' },
        )
        .describe('When the work happened: start, and end unless it is ongoing.'),
      platforms: textList('platforms').default([]).describe('Platforms used, e.g. Instagram, Discord. Default: none.'),
      responsibilities: z
        .array(ResponsibilityAreaSchema, { error: `Write responsibilities as a list of: ${RESPONSIBILITY_AREAS.join(', ')}.` })
        .default([])
        .describe('Which of the five responsibility areas the work covered.'),
      otherResponsibilities: textList('other responsibilities')
        .default([])
        .describe('Other responsibilities, in your own words. Default: none.'),
      skills: textList('skills').default([]).describe('Skills the work shows. Default: none.'),
      metrics: z
        .array(MetricSchema, { error: 'Write metrics as a list of "- label: ..." items.' })
        .default([])
        .describe('Measured results. Default: none (but a case study without results is weak).'),
      charts: z
        .array(createChartSchema(file), { error: 'Write charts as a list of "- type: line" items with file and title.' })
        .default([])
        .describe('Charts drawn from CSV files beside the Markdown file. Default: none.'),
      screenshots: z
        .array(
          createScreenshotSchema(file).extend({
            section: z
              .string({ error: 'Write section as the text of a ## heading of this case study, e.g. section: Results.' })
              .trim()
              .min(1)
              .optional()
              .describe(
                'The heading (## line) of the text this screenshot proves; it is shown beside that part. Default: with the other screenshots at the end.',
              ),
          }),
          { error: 'Write screenshots as a list of "- file: ./x.png" items with alt.' },
        )
        .default([])
        .describe('Screenshots beside the Markdown file, each with alt text and optional redactions. Default: none.'),
      cover: createScreenshotSchema(file)
        .optional()
        .describe(
          "The image on the case study's card and under its title: a file beside it with alt text. Default: the first screenshot, cropped.",
        ),
      comparisons: z
        .array(createComparisonSchema(file), {
          error: 'Write comparisons as a list of "- before: { file, alt }" / "after: { file, alt }" items.',
        })
        .default([])
        .describe('Before/after pairs of screenshots, shown side by side. Default: none.'),
      socialImage: socialImage(file)
        .optional()
        .describe('An image of your own for link previews, used instead of the generated card. Optional.'),
      featured: z
        .boolean({ error: 'Write featured: true or featured: false.' })
        .default(false)
        .describe('Show on the home page. Default: false.'),
      draft: z
        .boolean({ error: 'Write draft: true or draft: false.' })
        .default(false)
        .describe('A draft shows in `npm run dev` and never in a production build. Default: false.'),
      publishedAt: DateSchema.describe('Publication date, YYYY-MM-DD. Required.'),
      language: LanguageSchema.optional().describe("Language of the case study; defaults to the site's default language."),
      translationOf: z
        .string()
        .min(1)
        .transform((slug) => slug.normalize('NFC'))
        .optional()
        .describe('The slug of the case study this one translates; translations link to each other. Optional.'),
      slug: z
        .string({ error: 'Write the slug as text: letters, digits and hyphens, e.g. slug: my-first-post.' })
        .regex(/^[\p{L}\p{M}\p{N}-]+$/u, { error: 'Use letters, digits and hyphens only in slug.' })
        .optional()
        .describe('Overrides the URL slug taken from the folder name.'),
    })
    .superRefine((caseStudy, context) => {
      if (caseStudy.period.end && caseStudy.period.end < caseStudy.period.start) {
        context.addIssue({ code: 'custom', message: 'period.end is before period.start; swap them.', path: ['period', 'end'] });
      }
    });
}
