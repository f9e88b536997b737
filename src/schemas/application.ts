import { z } from 'astro/zod';
import { LanguageSchema, requiredText } from './shared.ts';

const slugList = (what: string) =>
  z.array(z.string().min(1).transform((slug) => slug.normalize('NFC')), { error: `Write ${what} as a list of slugs (folder or file names), e.g. [crisis-response, instagram-growth].` }).default([]);

/**
 * Frontmatter of an application page (`content/applications/<slug>.md`): an unlisted page for
 * one job application. Its Markdown body is the cover note.
 */
export const ApplicationSchema = z.strictObject({
  /** The company you are applying to. Required. */
  company: requiredText('the company you are applying to (company: "...")'),
  /** The role you are applying for. Optional. */
  role: z.string().optional(),
  /** Slugs of the case studies to show, in this order. */
  caseStudies: slugList('caseStudies'),
  /** Slugs of the posts to show, in this order. */
  posts: slugList('posts'),
  /** Language of the page; defaults to the site's default language. */
  language: LanguageSchema.optional(),
  /** A draft is built by `npm run dev` only. Default: false. */
  draft: z.boolean({ error: 'Write draft: true or draft: false.' }).default(false),
});
