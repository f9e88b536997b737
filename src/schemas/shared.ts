import { z } from 'astro/zod';
import { calendarDateProblem, dateValueProblem } from './dates.ts';

/** Image formats Commfolio can publish (Astro and sharp can decode them). */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.tiff'] as const;

/** Builds the schema of an image field; Astro passes its `image()` helper, the content checker its own. */
export type ImageFieldFactory<Image extends z.ZodType = z.ZodType> = () => Image;

/** A language tag such as `en`, `hi`, `gu`, `pt-BR` (BCP 47, as used in `lang` attributes). */
export const LanguageSchema = z
  .string({ error: 'Write a language code such as "en", "hi" or "gu".' })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'Write a language code such as "en", "hi" or "gu" (lowercase, BCP 47).' });

/**
 * A date as written: YAML reads an unquoted 2026-03-14 as a Date (the content check's YAML keeps the
 * text it was written as, lib/yaml-text.ts), a quoted one as text. Either way the text is held to
 * one rule (schemas/dates.ts): YYYY-MM-DD (or YYYY-MM for `months`), a real day, a year from 1900 to 2100.
 * A Date without its text comes from Astro's own YAML after the check has passed the file.
 */
function writtenDate<Output>(months: boolean, output: (text: string | undefined, date: Date | undefined) => Output) {
  return z
    .union([z.date(), z.string()], { error: (issue) => dateValueProblem(issue.input, { months }) })
    .transform((value, context) => {
      const text = typeof value === 'string' ? value.trim() : (value as Date & { written?: string }).written;
      const problem = text === undefined ? undefined : calendarDateProblem(text, { months });
      if (problem) {
        context.addIssue({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      return output(text, value instanceof Date ? value : undefined);
    })
    .meta({ dateForm: months ? 'month-or-day' : 'day' });
}

const utcDay = (text: string) => new Date(`${text}T00:00:00Z`);

/** A calendar date written as YYYY-MM-DD, as a Date at midnight UTC. */
export const DateSchema = writtenDate(false, (text, date) => (text === undefined ? new Date(date!.getTime()) : utcDay(text)));

/** A day written as YYYY-MM-DD, kept as that text (e.g. a chart's changedAt). */
export const DayTextSchema = writtenDate(false, (text, date) => text ?? date!.toISOString().slice(0, 10));

/** A month or day: YYYY-MM or YYYY-MM-DD, kept as text so "2024-05" stays a month. */
export const PartialDateSchema = writtenDate(true, (text, date) => text ?? date!.toISOString().slice(0, 10));

/** A web address starting with https:// or http:// (mailto: is accepted for contact links). */
export const UrlSchema = z
  .string({ error: 'Write a full web address starting with https://' })
  .regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i, {
    // An address copied from the browser's address bar often lacks its https://.
    error: (issue) =>
      typeof issue.input === 'string' && /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:[/?#]\S*)?$/u.test(issue.input.trim())
        ? `"${issue.input.trim()}" has no https:// at its start. Write https://${issue.input.trim()}.`
        : 'Write a full web address starting with https:// (javascript: and relative links are not allowed).',
  });

/** Non-empty text; `what` says what to write when it is missing. */
export function requiredText(what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing. Write ${what}.` : `should be text. Write ${what}, in quotes if it contains a colon.`,
    })
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
    alt: requiredText('alt text describing the image for people who cannot see it (alt: "...")').describe(
      'What the image shows, for people who cannot see it. Required.',
    ),
    caption: z.string().optional().describe('Optional caption shown under the image.'),
  });
}

/**
 * A page's own link-preview image, used instead of its generated card: `{ file, alt }`. Its file is
 * a plain path, not an Astro image: the card step decodes it, hides any region a screenshot of the
 * same file hides, and writes the card; Astro never sees it, so it never copies the original.
 */
export function socialImage(file: (extensions: readonly string[]) => z.ZodType<string>) {
  return z.strictObject({
    file: file(IMAGE_EXTENSIONS).describe('Path of the image file, relative to the Markdown file; cut to 1200×630 for link previews.'),
    alt: requiredText('alt text for the social image (alt: "...")').describe(
      'What the image shows, read out where the preview appears. Required.',
    ),
  });
}
