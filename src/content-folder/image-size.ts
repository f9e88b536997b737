import sharp from 'sharp';
import { pixelLimitProblem } from '../lib/screenshots/regions.ts';

/**
 * The size of an image as it is shown (after its EXIF rotation), read from its header only,
 * without sharp's pixel limit (so an oversized image can be named with its size).
 */
export async function displayedSize(image: string | Buffer): Promise<{ width: number; height: number }> {
  const { width = 0, height = 0, orientation = 1 } = await sharp(image, { limitInputPixels: false }).metadata();
  return orientation >= 5 ? { width: height, height: width } : { width, height };
}

/**
 * Why an image is too large to publish, or undefined. Astro would publish such a file untouched,
 * with its EXIF and GPS data, and the screenshot step cannot decode it: the check refuses it first.
 */
export async function imageSizeProblem(image: string | Buffer): Promise<string | undefined> {
  const { width, height } = await displayedSize(image);
  return pixelLimitProblem(width, height);
}
