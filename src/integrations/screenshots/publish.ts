/**
 * Publishes a screenshot: decodes it once (applying its EXIF rotation), hides its redacted regions,
 * and encodes AVIF and WebP copies at a few widths into a cache folder. The copies are encoded from
 * bare pixels, so they carry no EXIF, GPS, XMP or IPTC data; the original file is never published.
 *
 * Formats and effort were chosen with `npm run bench:images` (scripts/bench/image-formats.ts): on a
 * 1480×880 screenshot sharp's AVIF at its default effort 4 took ~700 ms at 960 px, effort 2 ~130 ms
 * for files within 5–10% of the size, so AVIF uses effort 2; WebP (effort 4, ~40 ms) is the fallback.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { sha256Hex } from '../../lib/hash.ts';
import { SCREENSHOTS_FOLDER } from '../../lib/urls.ts';
import type { Redaction } from '../../schemas/screenshot.ts';
import { rawInput, redactedPixels } from './redacted-pixels.ts';

/** Widths published for each screenshot (never wider than the original). */
export const SCREENSHOT_WIDTHS = [480, 960, 1600] as const;

const ENCODERS = [
  { format: 'avif', type: 'image/avif', encode: (image: Sharp) => image.avif({ quality: 55, effort: 2 }) },
  { format: 'webp', type: 'image/webp', encode: (image: Sharp) => image.webp({ quality: 80, effort: 4 }) },
] as const;

/** Bump when the encoding (or the cache's manifest) changes, so cached copies are made again. */
const PIPELINE_VERSION = 'screenshots-3';

/** A published screenshot: its size, and the files of each format with their widths. */
export interface PublishedScreenshot {
  width: number;
  height: number;
  sources: { type: string; files: { name: string; width: number }[] }[];
}

/** What the cache keeps beside a screenshot's copies: what to link, and each file's size and SHA-256 when written. */
interface CacheManifest {
  published: PublishedScreenshot;
  files: Record<string, { size: number; sha256: string }>;
}

/**
 * The cached copies of a screenshot, if every one is still what was written: same size and
 * SHA-256, and its header (format, width) as expected. Anything else (a file cut short, written
 * over, or the original copied over a copy) means the copies are made again.
 */
async function intactCopies(manifestFile: string, cacheDir: string): Promise<PublishedScreenshot | undefined> {
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CacheManifest;
  } catch {
    return undefined;
  }
  for (const { type, files } of manifest.published?.sources ?? []) {
    for (const { name, width } of files) {
      const record = manifest.files?.[name];
      const bytes = existsSync(path.join(cacheDir, name)) ? readFileSync(path.join(cacheDir, name)) : undefined;
      if (!bytes || !record || bytes.length !== record.size || sha256Hex(bytes) !== record.sha256) return undefined;
      const header = await sharp(bytes)
        .metadata()
        .catch(() => undefined);
      if (!header || `image/${header.format === 'heif' ? 'avif' : header.format}` !== type || header.width !== width) return undefined;
    }
  }
  return manifest.published;
}

/** The widths to publish an image of `width` pixels at. */
export function publishedWidths(width: number): number[] {
  return [...new Set([...SCREENSHOT_WIDTHS.filter((candidate) => candidate < width), Math.min(width, SCREENSHOT_WIDTHS.at(-1)!)])];
}

/**
 * Publishes one screenshot into `cacheDir` (reusing earlier copies) and says which files to link.
 * `redactions` are all the regions hidden in this file anywhere in the content (see mergeRedactions).
 */
export async function publishScreenshot(file: string, redactions: readonly Redaction[], cacheDir: string): Promise<PublishedScreenshot> {
  const bytes = readFileSync(file);
  const hash = createHash('sha256')
    .update(PIPELINE_VERSION)
    .update(JSON.stringify(redactions))
    .update(bytes)
    .digest('base64url')
    .slice(0, 10);
  const stem = `${path
    .parse(file)
    .name.replace(/[^\w-]+/g, '-')
    .slice(0, 40)}-${hash}`;
  const manifest = path.join(cacheDir, `${stem}.json`);
  const cached = await intactCopies(manifest, cacheDir);
  if (cached) return cached;
  const pixels = await redactedPixels(bytes, redactions, file);
  const raw = rawInput(pixels).raw;
  mkdirSync(cacheDir, { recursive: true });
  const sources: PublishedScreenshot['sources'] = [];
  const records: CacheManifest['files'] = {};
  for (const { format, type, encode } of ENCODERS) {
    const files = [];
    for (const width of publishedWidths(pixels.width)) {
      const name = `${stem}-${width}.${format}`;
      const bytes = await encode(sharp(pixels.data, { raw }).resize(width)).toBuffer();
      writeFileSync(path.join(cacheDir, name), bytes);
      files.push({ name, width });
      records[name] = { size: bytes.length, sha256: sha256Hex(bytes) };
    }
    sources.push({ type, files });
  }
  const published = { width: pixels.width, height: pixels.height, sources };
  // Written last, and whole (renamed into place): a manifest names only copies that were complete.
  writeFileSync(`${manifest}.partial`, JSON.stringify({ published, files: records } satisfies CacheManifest));
  renameSync(`${manifest}.partial`, manifest);
  return published;
}

/** A published screenshot's address inside the site: the folder, then the name of a file publishScreenshot wrote. */
const SCREENSHOT_ADDRESS = `${SCREENSHOTS_FOLDER}/([\\w-]+\\.(?:avif|webp))`;

/** Names of published screenshot files that a built page links to (under SCREENSHOTS_FOLDER). */
export function referencedScreenshots(html: string): string[] {
  return [...html.matchAll(new RegExp(SCREENSHOT_ADDRESS, 'g'))].map((match) => match[1]!);
}

/** The published screenshot file a request path asks for (`/portfolio/_screenshots/x-960.webp` → `x-960.webp`), if any. */
export function requestedScreenshot(requestPath: string): string | undefined {
  return new RegExp(`/${SCREENSHOT_ADDRESS}$`).exec(requestPath)?.[1];
}
