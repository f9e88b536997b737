/**
 * Astro's image service for every image Astro publishes (profile photo, covers, images in
 * Markdown and MDX bodies): Astro's own sharp service, with two changes. An image that has
 * regions to hide anywhere in the content (a redacted screenshot used as a cover too) is decoded
 * to bare pixels and redacted first; and an image is never passed through unchanged (sharp's
 * service does that when it cannot decode a file, and for SVG), since that would publish the
 * original file with its metadata. The regions come in the service's config, by file content.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';
import { sha256Hex } from '../../lib/hash.ts';
import type { Redaction } from '../../schemas/screenshot.ts';
import { rawInput, redactedPixels } from '../screenshots/redacted-pixels.ts';

/** What the privacy integration passes to this service. */
export interface PrivacyImageServiceConfig {
  /** Regions to hide, by the SHA-256 (hex) of the image file's bytes. */
  redactions: Record<string, Redaction[]>;
  /** A hash of all the regions, empty when there are none. */
  redactionState: string;
}

/**
 * The transform option that carries redactionState into the name of every transformed file.
 * Astro reuses a transformed image from its cache by that name, which hashes only the options
 * below: without it, adding a region to a screenshot that is also a cover would publish the
 * cover cached before, unredacted.
 */
const REDACTION_STATE = 'commfolioRedactionState';
const HASHED_OPTIONS = ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background', REDACTION_STATE];

const service: LocalImageService = {
  ...sharpService,
  propertiesToHash: HASHED_OPTIONS,
  async validateOptions(options, imageConfig, logger) {
    const validated = await sharpService.validateOptions!(options, imageConfig, logger);
    const { redactionState } = imageConfig.service.config as Partial<PrivacyImageServiceConfig>;
    return redactionState ? { ...validated, [REDACTION_STATE]: redactionState } : validated;
  },
  async getHTMLAttributes(options, imageConfig, logger) {
    const { [REDACTION_STATE]: _, ...attributes } = options;
    return sharpService.getHTMLAttributes!(attributes as typeof options, imageConfig, logger);
  },
  async transform(inputBuffer, transform, config, logger) {
    const { redactions = {} } = config.service.config as Partial<PrivacyImageServiceConfig>;
    const hidden = redactions[sha256Hex(inputBuffer)] ?? [];
    let input = inputBuffer;
    if (hidden.length > 0) {
      const pixels = await redactedPixels(Buffer.from(inputBuffer), hidden, transform.src);
      // Lossless and fast: this copy only carries the redacted pixels to sharp's service.
      input = await sharp(pixels.data, rawInput(pixels)).png({ compressionLevel: 0 }).toBuffer();
    }
    const result = await sharpService.transform(input, transform, config, logger);
    if (Buffer.from(result.data).equals(Buffer.from(input))) {
      throw new Error(
        `${transform.src} could not be re-encoded (${result.format}), so it is not published: the original file would carry its metadata. Save it as PNG or JPEG and build again.`,
      );
    }
    return result;
  },
};

export default service;
