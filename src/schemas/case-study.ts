import { z } from 'astro/zod';
import { DateSchema, LanguageSchema, PartialDateSchema, requiredText, socialImage, textList } from './shared.ts';
import { createChartSchema, plainFilePath, type FileFieldFactory } from './chart.ts';
import { MetricSchema } from './metric.ts';
import { createComparisonSchema, createScreenshotSchema } from './screenshot.ts';

export { MetricSchema, type Metric } from './metric.ts';

/** The five responsibilities that community-management guides name, as written in frontmatter. */
export const RESPONSIBILITY_AREAS = [
  'engagement-strategy',
  'platform-management',
  'facilitating-conversations',
  'analytics-and-feedback',
  'crisis-management',
] as const;

const ResponsibilityAreaSchema = z.enum(RESPONSIBILITY_AREAS, {
  error: (issue) => `Unknown responsibility ${JSON.stringify(issue.input)}. Use one of: ${RESPONSIBILITY_AREAS.join(', ')}; put anything else under otherResponsibilities.`,
});

/**
 * Frontmatter of a case study (`content/case-studies/<slug>/index.md` or `.mdx`). Screenshots and
 * CSV files are plain paths here: Commfolio's own image step (src/integrations/screenshots) publishes them,
 * and the content checker, which runs before every build, checks the files.
 */
export function createCaseStudySchema(file: FileFieldFactory = plainFilePath) {
  return z
    .strictObject({
      /** The case study's title. Required. */
      title: requiredText('a title (title: "...")'),
      /** One or two sentences for listings and link previews. Required. */
      summary: requiredText('a one- or two-sentence summary (summary: "...")'),
      /** The brand, organisation or community you worked for. Required. */
      organisation: requiredText('the organisation or community (organisation: "...")'),
      /** Your role there, e.g. "Community Manager". Required. */
      role: requiredText('your role (role: "Community Manager")'),
      /** When the work happened: start, and end unless it is ongoing. */
      period: z.strictObject(
        {
          /** YYYY-MM or YYYY-MM-DD. Required. */
          start: PartialDateSchema,
          /** YYYY-MM or YYYY-MM-DD; leave out while the work is ongoing. */
          end: PartialDateSchema.optional(),
        },
        { error: 'Write period: with start: YYYY-MM (and end: YYYY-MM unless ongoing) on the lines below it.' },
      ),
      /** Platforms used, e.g. Instagram, Discord. Default: none. */
      platforms: textList('platforms').default([]),
      /** Which of the five responsibility areas the work covered. */
      responsibilities: z.array(ResponsibilityAreaSchema, { error: `Write responsibilities as a list of: ${RESPONSIBILITY_AREAS.join(', ')}.` }).default([]),
      /** Other responsibilities, in your own words. Default: none. */
      otherResponsibilities: textList('other responsibilities').default([]),
      /** Skills the work shows. Default: none. */
      skills: textList('skills').default([]),
      /** Measured results. Default: none (but a case study without results is weak). */
      metrics: z.array(MetricSchema, { error: 'Write metrics as a list of "- label: ..." items.' }).default([]),
      /** Charts drawn from CSV files beside the Markdown file. Default: none. */
      charts: z.array(createChartSchema(file), { error: 'Write charts as a list of "- type: line" items with file and title.' }).default([]),
      /** Screenshots beside the Markdown file, each with alt text and optional redactions. Default: none. */
      screenshots: z
        .array(
          createScreenshotSchema(file).extend({
            /** The heading (## line) of the text this screenshot proves; it is shown beside that part. Default: with the other screenshots at the end. */
            section: z.string({ error: 'Write section as the text of a ## heading of this case study, e.g. section: Results.' }).trim().min(1).optional(),
          }),
          { error: 'Write screenshots as a list of "- file: ./x.png" items with alt.' },
        )
        .default([]),
      /** The image on the case study's card and under its title: a file beside it with alt text. Default: the first screenshot, cropped. */
      cover: createScreenshotSchema(file).optional(),
      /** Before/after pairs of screenshots, shown side by side. Default: none. */
      comparisons: z.array(createComparisonSchema(file), { error: 'Write comparisons as a list of "- before: { file, alt }" / "after: { file, alt }" items.' }).default([]),
      /** An image of your own for link previews, used instead of the generated card. Optional. */
      socialImage: socialImage(file).optional(),
      /** Show on the home page. Default: false. */
      featured: z.boolean({ error: 'Write featured: true or featured: false.' }).default(false),
      /** A draft shows in `npm run dev` and never in a production build. Default: false. */
      draft: z.boolean({ error: 'Write draft: true or draft: false.' }).default(false),
      /** Publication date, YYYY-MM-DD. Required. */
      publishedAt: DateSchema,
      /** Language of the case study; defaults to the site's default language. */
      language: LanguageSchema.optional(),
      /** The slug of the case study this one translates; translations link to each other. Optional. */
      translationOf: z.string().min(1).optional(),
      /** Overrides the URL slug taken from the folder name. */
      slug: z.string().regex(/^[\p{L}\p{M}\p{N}-]+$/u, { error: 'Use letters, digits and hyphens only in slug.' }).optional(),
    })
    .superRefine((caseStudy, context) => {
      if (caseStudy.period.end && caseStudy.period.end < caseStudy.period.start) {
        context.addIssue({ code: 'custom', message: 'period.end is before period.start; swap them.', path: ['period', 'end'] });
      }
    });
}
