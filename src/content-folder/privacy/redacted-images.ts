/**
 * Which images of a content folder have regions to hide, gathered from every case study's
 * screenshots, comparisons and cover. A file is known by its content (SHA-256), so the same picture is
 * hidden alike wherever it is used: as a screenshot, a cover, a photo, a social image or in a
 * post's body, under any name.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectionFiles } from '../layout.ts';
import { imageFilesIn } from './image-files.ts';
import { readEntryFile } from '../entry-file.ts';
import { sha256Hex } from '../../lib/hash.ts';
import { mergeRedactions } from '../../lib/screenshots/regions.ts';
import { RedactionSchema, type Redaction } from '../../schemas/screenshot.ts';

/** An image with regions to hide, and where they are asked for. */
export interface RedactedImage {
  /** Absolute path of the image. */
  file: string;
  /** SHA-256 of its bytes, in hex. */
  hash: string;
  /** Every region hidden in it anywhere in the content. */
  redactions: Redaction[];
  /** The Markdown files and fields that ask for them, e.g. `screenshots[2]`. */
  usedBy: { entry: string; field: string }[];
}

/** The screenshots of one case study's frontmatter, with their field names: `[field, file, redact]`. */
function screenshotsOf(data: Record<string, unknown>): [string, unknown, unknown][] {
  const items: [string, unknown][] = (Array.isArray(data.screenshots) ? data.screenshots : []).map((item, index) => [
    `screenshots[${index}]`,
    item,
  ]);
  for (const [index, pair] of (Array.isArray(data.comparisons) ? data.comparisons : []).entries()) {
    for (const side of ['before', 'after']) items.push([`comparisons[${index}].${side}`, (pair as Record<string, unknown> | null)?.[side]]);
  }
  if (data.cover !== undefined) items.push(['cover', data.cover]);
  return items.map(([field, item]) => [field, (item as { file?: unknown } | null)?.file, (item as { redact?: unknown } | null)?.redact]);
}

/**
 * Every image file of the content folder that has regions to hide, each copy of the same picture
 * included (with the regions asked for on any of them). Entries that cannot be read, and
 * regions that are not valid, are left to the content check, which reports them.
 */
export function redactedImages(contentDir: string): RedactedImage[] {
  const byHash = new Map<string, RedactedImage>();
  for (const { file: entry, data } of safeEntries(contentDir)) {
    for (const [field, reference, redact] of screenshotsOf(data)) {
      if (typeof reference !== 'string' || !Array.isArray(redact)) continue;
      const regions = redact.flatMap((region) => {
        const parsed = RedactionSchema.safeParse(region);
        return parsed.success ? [parsed.data] : [];
      });
      const file = path.resolve(path.dirname(entry), reference);
      if (regions.length === 0 || !existsSync(file) || !statSync(file).isFile()) continue;
      const hash = sha256Hex(readFileSync(file));
      const known = byHash.get(hash) ?? { file, hash, redactions: [], usedBy: [] };
      known.redactions = mergeRedactions(known.redactions, regions);
      known.usedBy.push({ entry, field });
      byHash.set(hash, known);
    }
  }
  const images = [...byHash.values()];
  if (images.length === 0) return images;
  // Copies under other names (in a translation's folder, shown in a body) show the same regions to
  // anyone who can see the repository, though the site hides them: each is listed too.
  const listed = new Set(images.map((image) => image.file));
  for (const file of imageFilesIn([contentDir]).map((found) => path.resolve(found))) {
    const known = listed.has(file) ? undefined : byHash.get(sha256Hex(readFileSync(file)));
    if (known) images.push({ ...known, file });
  }
  return images;
}

/** The case studies' frontmatter; a file whose frontmatter cannot be read is skipped (the content check reports it). */
function safeEntries(contentDir: string): { file: string; data: Record<string, unknown> }[] {
  return collectionFiles(contentDir, 'caseStudies').flatMap((file) => {
    const read = readEntryFile(file);
    return read.error === undefined ? [read] : [];
  });
}

/** The regions to hide in each image, by the SHA-256 of its bytes. */
export function redactionsByHash(contentDir: string): Record<string, Redaction[]> {
  return Object.fromEntries(redactedImages(contentDir).map((image) => [image.hash, image.redactions]));
}

/** Looks up the regions to hide in a file (by its content), with the ones a field asks for itself. */
export function redactionLookup(byHash: Record<string, Redaction[]>): (file: string, own?: readonly Redaction[]) => Redaction[] {
  return (file, own = []) => mergeRedactions(own, byHash[sha256Hex(readFileSync(file))]);
}
