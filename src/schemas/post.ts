import { z } from 'astro/zod';
import { DateSchema, LanguageSchema, requiredText, socialImage, textList, type ImageFieldFactory } from './shared.ts';
import { plainFilePath, type FileFieldFactory } from './chart.ts';

/** Frontmatter of a blog post (`content/blog/*.md` or `.mdx`). */
export function createPostSchema<Image extends z.ZodType>(image: ImageFieldFactory<Image>, file: FileFieldFactory = plainFilePath) {
  return z.strictObject({
    /** The post's title. Required. */
    title: requiredText('a title (title: "...")'),
    /** One or two sentences for listings, search results and link previews. Required. */
    description: requiredText('a one-sentence description (description: "...")'),
    /** First publication date, YYYY-MM-DD. Required. */
    publishedAt: DateSchema,
    /** Date of the last meaningful update, YYYY-MM-DD. Optional. */
    updatedAt: DateSchema.optional(),
    /** Topics; each gets a page listing its posts. Default: none. */
    tags: textList('tags').default([]),
    /** A draft shows in `npm run dev` and never in a production build. Default: false. */
    draft: z.boolean({ error: 'Write draft: true or draft: false.' }).default(false),
    /** Optional cover image shown on the post page, with required alt text. */
    cover: z
      .strictObject({
        /** Path of the image, relative to the post file. */
        file: image(),
        /** What the image shows. Required. */
        alt: requiredText('alt text for the cover image (alt: "...")'),
      })
      .optional(),
    /** An image of your own for link previews, used instead of the generated card. Optional. */
    socialImage: socialImage(file).optional(),
    /** Language of the post (e.g. `hi`); defaults to the site's default language. */
    language: LanguageSchema.optional(),
    /** The slug of the post this one translates; translations link to each other. Optional. */
    translationOf: z.string().min(1).transform((slug) => slug.normalize('NFC')).optional(),
    /** Overrides the URL slug taken from the file name. */
    slug: z.string({ error: 'Write the slug as text: letters, digits and hyphens, e.g. slug: my-first-post.' }).regex(/^[\p{L}\p{M}\p{N}-]+$/u, { error: 'Use letters, digits and hyphens only in slug.' }).optional(),
  }).superRefine((post, context) => {
    if (post.updatedAt && post.updatedAt < post.publishedAt) {
      const day = (date: Date) => date.toISOString().slice(0, 10);
      context.addIssue({ code: 'custom', path: ['updatedAt'], message: `${day(post.updatedAt)} is before publishedAt (${day(post.publishedAt)}). An update comes after the first publication: correct one of the two dates.` });
    }
  });
}
