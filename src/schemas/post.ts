import { z } from 'astro/zod';
import { DateSchema, LanguageSchema, requiredText, socialImage, textList, type ImageFieldFactory } from './shared.ts';
import { plainFilePath, type FileFieldFactory } from './chart.ts';

/** Frontmatter of a blog post (`content/blog/*.md` or `.mdx`). */
export function createPostSchema<Image extends z.ZodType>(image: ImageFieldFactory<Image>, file: FileFieldFactory = plainFilePath) {
  return z
    .strictObject({
      title: requiredText('a title (title: "...")').describe("The post's title. Required."),
      description: requiredText('a one-sentence description (description: "...")').describe(
        'One or two sentences for listings, search results and link previews. Required.',
      ),
      publishedAt: DateSchema.describe('First publication date, YYYY-MM-DD. Required.'),
      updatedAt: DateSchema.optional().describe('Date of the last meaningful update, YYYY-MM-DD. Optional.'),
      tags: textList('tags').default([]).describe('Topics; each gets a page listing its posts. Default: none.'),
      draft: z
        .boolean({ error: 'Write draft: true or draft: false.' })
        .default(false)
        .describe('A draft shows in `npm run dev` and never in a production build. Default: false.'),
      cover: z
        .strictObject({
          file: image().describe('Path of the image, relative to the post file.'),
          alt: requiredText('alt text for the cover image (alt: "...")').describe('What the image shows. Required.'),
        })
        .optional()
        .describe('Optional cover image shown on the post page, with required alt text.'),
      socialImage: socialImage(file)
        .optional()
        .describe('An image of your own for link previews, used instead of the generated card. Optional.'),
      language: LanguageSchema.optional().describe("Language of the post (e.g. `hi`); defaults to the site's default language."),
      translationOf: z
        .string()
        .min(1)
        .transform((slug) => slug.normalize('NFC'))
        .optional()
        .describe('The slug of the post this one translates; translations link to each other. Optional.'),
      slug: z
        .string({ error: 'Write the slug as text: letters, digits and hyphens, e.g. slug: my-first-post.' })
        .regex(/^[\p{L}\p{M}\p{N}-]+$/u, { error: 'Use letters, digits and hyphens only in slug.' })
        .optional()
        .describe('Overrides the URL slug taken from the file name.'),
    })
    .superRefine((post, context) => {
      if (post.updatedAt && post.updatedAt < post.publishedAt) {
        const day = (date: Date) => date.toISOString().slice(0, 10);
        context.addIssue({
          code: 'custom',
          path: ['updatedAt'],
          message: `${day(post.updatedAt)} is before publishedAt (${day(post.publishedAt)}). An update comes after the first publication: correct one of the two dates.`,
        });
      }
    });
}
