/**
 * Decodes an image to bare pixels the way every published copy starts: upright (its EXIF rotation
 * applied), within sharp's pixel limit, with its redacted regions destroyed. Whatever is encoded
 * from these pixels carries no metadata and none of the hidden pixels.
 */
import sharp from 'sharp';
import type { Redaction } from '../../schemas/screenshot.ts';
import { imageSizeProblem } from '../../content-folder/image-size.ts';
import { MAX_PIXELS, resolveRegion } from '../../lib/screenshots/regions.ts';
import { redactPixels, type RawImage } from './redact.ts';

/** The image's pixels, upright, with every region hidden; `name` names the file in errors. */
export async function redactedPixels(bytes: Buffer, redactions: readonly Redaction[], name: string): Promise<RawImage> {
  // The size is read from the header without sharp's limit, to say how large the image is; decoding keeps the limit.
  const tooLarge = await imageSizeProblem(bytes);
  if (tooLarge) throw new Error(`${name} ${tooLarge}`);
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).autoOrient().raw().toBuffer({ resolveWithObject: true });
  const regions = redactions.map((redaction) => {
    const { region, problem } = resolveRegion(redaction, info.width, info.height);
    if (!region) throw new Error(`${name}: a redaction ${problem}`);
    return { region, style: redaction.style };
  });
  return redactPixels({ data, width: info.width, height: info.height, channels: info.channels }, regions);
}

/** sharp's input options for pixels from redactedPixels. */
export function rawInput(image: RawImage): { raw: { width: number; height: number; channels: 3 | 4 } } {
  return { raw: { width: image.width, height: image.height, channels: image.channels as 3 | 4 } };
}

/**
 * How far, on average, hiding a region changes its pixels (0–255) before it counts as still
 * showing something. Hiding a region that is already hidden (baked in, or painted over) changes
 * it by little: 0 in a PNG, up to 3.4 in a JPEG or WebP, about 3 for a blurred region, whose
 * blur moves a little each time; hiding the names, handles and avatars of the sample's
 * screenshot changes them by 31–45.
 */
export const STILL_SHOWN_DIFFERENCE = 8;

/** The regions (by index) that the image itself still shows: hiding them would change it visibly. */
export async function regionsStillShown(bytes: Buffer, redactions: readonly Redaction[], name: string): Promise<number[]> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).autoOrient().raw().toBuffer({ resolveWithObject: true });
  const hidden = await redactedPixels(bytes, redactions, name);
  return redactions.flatMap((redaction, index) => {
    const { region } = resolveRegion(redaction, info.width, info.height);
    if (!region) return [];
    let total = 0;
    for (let y = region.top; y < region.top + region.height; y++) {
      for (let offset = (y * info.width + region.left) * info.channels, end = offset + region.width * info.channels; offset < end; offset++)
        total += Math.abs(data[offset]! - hidden.data[offset]!);
    }
    return total / (region.width * region.height * info.channels) > STILL_SHOWN_DIFFERENCE ? [index] : [];
  });
}
