/**
 * Hides regions of a screenshot (names, faces) by rewriting its decoded pixels before anything is
 * encoded, so no published file can contain the originals. Every style first averages the region
 * in blocks of at least MIN_BLOCK pixels, which throws the detail away for good; `blur` then
 * softens the blocks and `fill` uses one block for the whole region.
 */
import sharp, { type OverlayOptions } from 'sharp';
import { MIN_BLOCK, type PixelRegion } from '../../lib/screenshots/regions.ts';
import type { Redaction } from '../../schemas/screenshot.ts';

/** Decoded pixels as sharp's raw output describes them. */
export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/** Replaces each block of the region with its average colour, in place. */
function pixelate(image: RawImage, region: PixelRegion, block: number): void {
  const { data, width, channels } = image;
  for (let blockTop = region.top; blockTop < region.top + region.height; blockTop += block) {
    for (let blockLeft = region.left; blockLeft < region.left + region.width; blockLeft += block) {
      const bottom = Math.min(blockTop + block, region.top + region.height);
      const right = Math.min(blockLeft + block, region.left + region.width);
      const totals = new Array<number>(channels).fill(0);
      for (let y = blockTop; y < bottom; y++)
        for (let x = blockLeft; x < right; x++) for (let c = 0; c < channels; c++) totals[c]! += data[(y * width + x) * channels + c]!;
      const count = (bottom - blockTop) * (right - blockLeft);
      for (let y = blockTop; y < bottom; y++)
        for (let x = blockLeft; x < right; x++)
          for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = Math.round(totals[c]! / count);
    }
  }
}

/** The pixels with every region hidden; the input buffer is not changed. */
export async function redactPixels(
  image: RawImage,
  regions: readonly { region: PixelRegion; style: Redaction['style'] }[],
): Promise<RawImage> {
  const redacted: RawImage = { ...image, data: Buffer.from(image.data) };
  const blurred: OverlayOptions[] = [];
  for (const { region, style } of regions) {
    const block =
      style === 'fill' ? Math.max(region.width, region.height) : Math.max(MIN_BLOCK, Math.round(Math.min(region.width, region.height) / 4));
    pixelate(redacted, region, block);
    if (style === 'blur') {
      const raw = { width: redacted.width, height: redacted.height, channels: redacted.channels as 3 | 4 };
      const soft = await sharp(redacted.data, { raw })
        .extract(region)
        .blur(Math.max(2, block / 2))
        .raw()
        .toBuffer();
      blurred.push({
        input: soft,
        raw: { width: region.width, height: region.height, channels: raw.channels },
        left: region.left,
        top: region.top,
      });
    }
  }
  if (blurred.length === 0) return redacted;
  const raw = { width: redacted.width, height: redacted.height, channels: redacted.channels as 3 | 4 };
  // Compositing adds an alpha channel; keep the channel count the caller gave.
  const composed = sharp(redacted.data, { raw }).composite(blurred);
  const { data } = await (raw.channels === 3 ? composed.removeAlpha() : composed).raw().toBuffer({ resolveWithObject: true });
  return { ...redacted, data };
}
