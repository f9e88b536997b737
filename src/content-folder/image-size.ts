import { openSync, readSync, closeSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { MAX_PIXELS, pixelLimitProblem } from '../lib/screenshots/regions.ts';
import { quoteValue } from '../schemas/messages.ts';

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

/** The first bytes of a file, to say what it holds when it is not an image. */
function firstBytes(file: string, count: number): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, count, 0));
  } finally {
    closeSync(descriptor);
  }
}

const again = 'Export or download the image again and put it in place of this file.';

/**
 * Why an image file cannot be published, or undefined when it can: empty, not an image at all
 * (text saved with an image's name), or damaged or cut short (a download that stopped). The
 * image is decoded at a small size, which for JPEG reads a fraction of the pixels. An image over
 * the pixel limit is left to imageSizeProblem, which names its size.
 */
export async function unreadableImageProblem(file: string): Promise<string | undefined> {
  if (statSync(file).size === 0) return `is empty (0 bytes). ${again}`;
  let width: number;
  let height: number;
  try {
    ({ width = 0, height = 0 } = await sharp(file, { limitInputPixels: false }).metadata());
  } catch {
    const head = firstBytes(file, 200);
    const isText = head.every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte >= 0x20);
    return isText
      ? `is not an image: it holds text (it begins ${quoteValue(head.toString('utf8').replace(/\s+/g, ' ').trim(), 40)}). Save the image itself (not the page it was on) under this name.`
      : `is not an image Commfolio can read (PNG, JPEG, WebP, AVIF, GIF or TIFF). Save it as PNG or JPEG and put it in place of this file.`;
  }
  if (width * height > MAX_PIXELS) return undefined;
  try {
    // failOn "warning": a JPEG missing its end decodes, with a grey bottom and only a warning.
    await sharp(file, { failOn: 'warning', limitInputPixels: MAX_PIXELS }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch {
    return `is damaged or cut short: it cannot be decoded to the end. ${again}`;
  }
  return undefined;
}
