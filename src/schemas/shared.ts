import { z } from 'astro/zod';
import { isoDate } from '../lib/dates.ts';

/** Builds the schema of an image field; Astro passes its `image()` helper, the content checker its own. */
export type ImageFieldFactory<Image extends z.ZodType = z.ZodType> = () => Image;

/** A language tag such as `en`, `hi`, `gu`, `pt-BR` (BCP 47, as used in `lang` attributes). */
export const LanguageSchema = z
  .string({ error: 'Write a language code such as "en", "hi" or "gu".' })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'Write a language code such as "en", "hi" or "gu" (lowercase, BCP 47).' });

/** A calendar date written as YYYY-MM-DD (YAML turns it into a date). */
export const DateSchema = z.coerce.date({ error: 'Write a date as YYYY-MM-DD, e.g. 2026-03-14.' });

/** A month or day: YYYY-MM or YYYY-MM-DD, kept as text so "2024-05" stays a month. */
export const PartialDateSchema = z.union(
  [
    z.date().transform(isoDate),
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/),
  ],
  { error: 'Write a date as YYYY-MM (a month) or YYYY-MM-DD (a day), e.g. 2024-05.' },
);

/** A web address starting with https:// or http:// (mailto: is accepted for contact links). */
export const UrlSchema = z
  .string({ error: 'Write a full web address starting with https://' })
  .regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i, {
    error: 'Write a full web address starting with https:// (javascript: and relative links are not allowed).',
  });

/** Non-empty text; `what` says what to write when it is missing. */
export function requiredText(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `is missing. Write ${what}.` : `should be text. Write ${what}, in quotes if it contains a colon.`) })
    .trim()
    .min(1, { error: `is empty. Write ${what}.` });
}

/** A list of non-empty strings, e.g. tags or platforms. */
export function textList(what: string) {
  return z.array(requiredText(what), { error: `Write a list of ${what}, one "- item" per line.` });
}

/** An image with its alternative text: `{ file, alt, caption? }`. */
export function imageWithAlt<Image extends z.ZodType>(image: ImageFieldFactory<Image>) {
  return z.strictObject({
    file: image().describe('Path of the image file, relative to the Markdown file (e.g. `./reach.png`).'),
    alt: requiredText('alt text describing the image for people who cannot see it (alt: "...")').describe('What the image shows, for people who cannot see it. Required.'),
    caption: z.string().optional().describe('Optional caption shown under the image.'),
  });
}

/** A page's own link-preview image, used instead of its generated card: `{ file, alt }`. */
export function socialImage<Image extends z.ZodType>(image: ImageFieldFactory<Image>) {
  return z.strictObject({
    file: image().describe('Path of the image file, relative to the Markdown file; cut to 1200×630 for link previews.'),
    alt: requiredText('alt text for the social image (alt: "...")').describe('What the image shows, read out where the preview appears. Required.'),
  });
}
