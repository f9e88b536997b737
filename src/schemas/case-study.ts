import { z } from 'astro/zod';
import { DateSchema, LanguageSchema, PartialDateSchema, imageWithAlt, requiredText, socialImage, textList, type ImageFieldFactory } from './shared.ts';

/** The five responsibilities that community-management guides name, as written in frontmatter. */
export const RESPONSIBILITY_AREAS = [
  'engagement-strategy',
  'platform-management',
  'facilitating-conversations',
  'analytics-and-feedback',
  'crisis-management',
] as const;

/** One of the five responsibility areas. */
export type ResponsibilityArea = (typeof RESPONSIBILITY_AREAS)[number];

const ResponsibilityAreaSchema = z.enum(RESPONSIBILITY_AREAS, {
  error: (issue) => `Unknown responsibility ${JSON.stringify(issue.input)}. Use one of: ${RESPONSIBILITY_AREAS.join(', ')}; put anything else under otherResponsibilities.`,
});

const finiteNumber = (field: string) =>
  z.number({ error: `Write ${field} as a plain number without units or commas, e.g. 12500 (put the unit in "unit").` });

/** A measured result: a single value, or a before/after pair. */
export const MetricSchema = z
  .strictObject({
    /** What was measured, e.g. "Followers" or "Engagement rate". Required. */
    label: requiredText('what was measured (label: "Followers")'),
    /** The result, when there is one number. */
    value: finiteNumber('value').optional(),
    /** The starting figure, with `after`. */
    before: finiteNumber('before').optional(),
    /** The final figure, with `before`. */
    after: finiteNumber('after').optional(),
    /** Unit shown after the number: "%", "members", "hours". Optional. */
    unit: z.string().optional(),
    /** Over what time, e.g. "90 days" or "Jan–Mar 2025". Optional but recommended. */
    period: z.string().optional(),
    /** How it was measured, e.g. "Instagram Insights, reach-based". Optional but recommended. */
    method: z.string().optional(),
    /** Where the number comes from (tool, report, link). Optional but recommended. */
    source: z.string().optional(),
    /** Show this metric first on cards and listings. Default: the first metric. */
    headline: z.boolean().default(false),
  })
  .superRefine((metric, context) => {
    const hasPair = metric.before !== undefined || metric.after !== undefined;
    if (metric.value === undefined && !hasPair) {
      context.addIssue({ code: 'custom', message: 'Give either value, or both before and after.', path: ['value'] });
    }
    if (metric.value !== undefined && hasPair) {
      context.addIssue({ code: 'custom', message: 'Give either value, or before and after, not both.', path: ['value'] });
    }
    if (hasPair && (metric.before === undefined || metric.after === undefined)) {
      context.addIssue({
        code: 'custom',
        message: 'Give both before and after (or a single value instead).',
        path: [metric.before === undefined ? 'before' : 'after'],
      });
    }
  });

/** Frontmatter of a case study (`content/case-studies/<slug>/index.md` or `.mdx`). */
export function createCaseStudySchema<Image extends z.ZodType>(image: ImageFieldFactory<Image>) {
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
      /** Screenshots beside the Markdown file, each with alt text. Default: none. */
      screenshots: z.array(imageWithAlt(image), { error: 'Write screenshots as a list of "- file: ./x.png" items with alt.' }).default([]),
      /** An image of your own for link previews, used instead of the generated card. Optional. */
      socialImage: socialImage(image).optional(),
      /** Show on the home page. Default: false. */
      featured: z.boolean({ error: 'Write featured: true or featured: false.' }).default(false),
      /** A draft shows in `npm run dev` and never in a production build. Default: false. */
      draft: z.boolean({ error: 'Write draft: true or draft: false.' }).default(false),
      /** Publication date, YYYY-MM-DD. Required. */
      publishedAt: DateSchema,
      /** Language of the case study; defaults to the site's default language. */
      language: LanguageSchema.optional(),
      /** Overrides the URL slug taken from the folder name. */
      slug: z.string().regex(/^[\p{L}\p{M}\p{N}-]+$/u, { error: 'Use letters, digits and hyphens only in slug.' }).optional(),
    })
    .superRefine((caseStudy, context) => {
      if (caseStudy.period.end && caseStudy.period.end < caseStudy.period.start) {
        context.addIssue({ code: 'custom', message: 'period.end is before period.start; swap them.', path: ['period', 'end'] });
      }
    });
}

/** A metric after validation. */
export type Metric = z.output<typeof MetricSchema>;
