/**
 * Where a screenshot's redacted regions lie, in pixels, and how large an image Commfolio will
 * process: pure arithmetic shared by the content check and the screenshots integration.
 */
import type { Redaction } from '../../schemas/screenshot.ts';

/** A region in whole pixels. */
export interface PixelRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The smallest pixelation block, in pixels: smaller blocks can leave short text guessable. */
export const MIN_BLOCK = 12;

function toPixels(length: number | string, size: number): number {
  if (typeof length === 'number') return length;
  return length.endsWith('%') ? (Number.parseFloat(length) / 100) * size : Number.parseFloat(length);
}

/** The region in pixels of an image of this size, or why it does not fit inside the image. */
export function resolveRegion(
  region: Omit<Redaction, 'style'>,
  imageWidth: number,
  imageHeight: number,
): { region?: PixelRegion; problem?: string } {
  const left = Math.floor(toPixels(region.x, imageWidth));
  const top = Math.floor(toPixels(region.y, imageHeight));
  const right = Math.ceil(toPixels(region.x, imageWidth) + toPixels(region.width, imageWidth));
  const bottom = Math.ceil(toPixels(region.y, imageHeight) + toPixels(region.height, imageHeight));
  if (right <= left || bottom <= top) return { problem: 'has no area: give width and height above 0.' };
  if (right > imageWidth || bottom > imageHeight) {
    const overflow =
      right > imageWidth
        ? `reaches x = ${right} px but the image is ${imageWidth} px wide`
        : `reaches y = ${bottom} px but the image is ${imageHeight} px high`;
    return { problem: `lies outside the image: it ${overflow}. Measure the region again on the original file (or use percentages).` };
  }
  return { region: { left, top, width: right - left, height: bottom - top } };
}

/** sharp's own limit on decoded pixels (0x3FFF²); larger images are an error, never copied raw. */
export const MAX_PIXELS = 0x3fff * 0x3fff;

/** Why an image of this size cannot be published, or undefined. */
export function pixelLimitProblem(width: number, height: number): string | undefined {
  return width * height > MAX_PIXELS
    ? `is ${width}×${height} pixels, more than the ${Math.round(MAX_PIXELS / 1e6)} million Commfolio can process. Resize it (a screenshot rarely needs more than 3000 px across) and try again.`
    : undefined;
}

/** Redaction lists joined, each region once: what to hide when the same file is redacted in several places. */
export function mergeRedactions(...lists: readonly (readonly Redaction[] | undefined)[]): Redaction[] {
  const seen = new Map<string, Redaction>();
  for (const redaction of lists.flat()) if (redaction) seen.set(JSON.stringify(redaction), redaction);
  return [...seen.values()];
}
