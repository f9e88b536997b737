import { z } from 'astro/zod';
import type { FileFieldFactory } from './chart.ts';
import { IMAGE_EXTENSIONS, requiredText } from './shared.ts';
import { choice } from './choice.ts';

/** A length in an image: pixels (120 or "120px") or a percentage of the image's size ("12.5%"). */
const LengthSchema = z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?(px|%)$/)], {
  error: 'Write a length in pixels (120) or as a percentage of the image ("12.5%").',
});

/** How a redacted region is hidden: pixelate (default), blur, or fill with a solid colour. */
export const REDACTION_STYLES = ['pixelate', 'blur', 'fill'] as const;

/** A region of a screenshot hidden at build time, e.g. a commenter's name or face. */
export const RedactionSchema = z.strictObject({
  /** Distance from the image's left edge. Required. */
  x: LengthSchema,
  /** Distance from the image's top edge. Required. */
  y: LengthSchema,
  /** Width of the region. Required. */
  width: LengthSchema,
  /** Height of the region. Required. */
  height: LengthSchema,
  /** pixelate (default), blur or fill. Every style destroys the original pixels. */
  style: choice(REDACTION_STYLES, 'Write style: pixelate, blur or fill.').default('pixelate'),
});

/** A screenshot beside the Markdown file, with alt text, optional caption and redactions. */
export function createScreenshotSchema(file: FileFieldFactory) {
  return z.strictObject({
    /** Path of the image, relative to the Markdown file (e.g. `./reach.png`). Required. */
    file: file(IMAGE_EXTENSIONS),
    /** What the image shows, for people who cannot see it. Required. */
    alt: requiredText('alt text describing the image for people who cannot see it (alt: "...")'),
    /** Caption shown under the image. Optional. */
    caption: z.string().optional(),
    /** Regions to hide before publishing (names, faces). Default: none. */
    redact: z.array(RedactionSchema, { error: 'Write redact as a list of "- { x, y, width, height }" regions.' }).default([]),
  });
}

/** Two screenshots of the same thing, before and after the work, shown side by side. */
export function createComparisonSchema(file: FileFieldFactory) {
  return z.strictObject({
    /** Caption for the pair. Optional. */
    caption: z.string().optional(),
    /** The screenshot from before. Required. */
    before: createScreenshotSchema(file),
    /** The screenshot from after. Required. */
    after: createScreenshotSchema(file),
  });
}

/** A screenshot after validation. */
export type Screenshot = z.output<ReturnType<typeof createScreenshotSchema>>;
/** A redaction region after validation. */
export type Redaction = z.output<typeof RedactionSchema>;
