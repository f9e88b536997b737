import { z } from 'astro/zod';

/**
 * How a choice is compared: case and the spaces, hyphens or underscores between words do not count, so
 * `Workshop lead` is workshop-lead and `latest post` is latestPost.
 */
const choiceKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/**
 * One of a fixed list of values, written in any case and with spaces or hyphens between words:
 * `platform: Facebook`, `responsibilities: [Crisis management]`. The value is kept as the list
 * spells it, so pages, the content check and Astro's data agree; `error` (which should list the
 * values as spelt here) explains anything else.
 */
export function choice<const Values extends readonly [string, ...string[]]>(values: Values, error: z.core.$ZodEnumParams['error']) {
  const canonical = new Map(values.map((value) => [choiceKey(value), value]));
  return z.preprocess(
    (input) => (typeof input === 'string' ? (canonical.get(choiceKey(input)) ?? input) : input),
    z.enum(values, { error }),
  );
}
