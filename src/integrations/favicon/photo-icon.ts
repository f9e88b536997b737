/**
 * The profile photo as icon pixels: decoded upright with its redacted regions destroyed (as every
 * published copy of an image is), cut square and re-encoded as a small PNG, which carries no metadata.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Redaction } from '../../schemas/screenshot.ts';
import { rawInput, redactedPixels } from '../screenshots/redacted-pixels.ts';

/** Side of the icon's PNG, in pixels: sharp on high-density screens, a few kilobytes. */
export const PHOTO_ICON_SIZE = 128;

/** The photo at `file`, with `redactions` applied, as a square PNG of PHOTO_ICON_SIZE pixels. */
export async function photoIcon(file: string, redactions: readonly Redaction[]): Promise<Buffer> {
  const pixels = await redactedPixels(readFileSync(file), redactions, file);
  return sharp(pixels.data, rawInput(pixels)).resize(PHOTO_ICON_SIZE, PHOTO_ICON_SIZE, { fit: 'cover' }).png().toBuffer();
}
