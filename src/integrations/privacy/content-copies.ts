/**
 * The last guard of the build: no file from the content folder reaches the output as it is. Astro
 * copies the original of every image it imports into `_astro/` and deletes it only when a page
 * used nothing but resized copies; an image field of a draft, of a translated profile whose photo
 * the main one replaces, or an MDX file that links an imported image's own address leave the
 * original, EXIF and GPS included. This finds every output file identical to a content file:
 * removed when nothing links to it, re-encoded from bare pixels (redactions applied) when a page
 * does, and a build error when it is not an image that can be re-encoded.
 */
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { sha256Hex } from '../../lib/hash.ts';
import type { Redaction } from '../../schemas/screenshot.ts';
import { rawInput, redactedPixels } from '../screenshots/redacted-pixels.ts';

/** What the guard did, as paths relative to the output folder. */
export interface ContentCopies {
  removed: string[];
  reencoded: string[];
}

/** Every file under a folder, as absolute paths (links are not followed). */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Output files that can link to another file. */
const LINKING = /\.(html|css|js|mjs|json|xml|txt|webmanifest|svg)$/i;

/** Encoders that keep a re-encoded image in its own format (its address stays the same). */
const ENCODE: Record<string, (image: Sharp) => Sharp> = {
  '.jpg': (image) => image.jpeg({ quality: 85, mozjpeg: true }),
  '.jpeg': (image) => image.jpeg({ quality: 85, mozjpeg: true }),
  '.png': (image) => image.png(),
  '.webp': (image) => image.webp({ quality: 85 }),
  '.avif': (image) => image.avif({ quality: 60, effort: 2 }),
  '.gif': (image) => image.gif(),
  '.tiff': (image) => image.tiff(),
};

/** Finds and handles every output file identical to a file of the content folder (see the file comment). */
export async function handleContentCopies(options: {
  outDir: string;
  contentDir: string;
  publicDir: string;
  redactions: Record<string, Redaction[]>;
}): Promise<ContentCopies> {
  const { outDir, contentDir, publicDir, redactions } = options;
  const contentBySize = new Map<number, string[]>();
  for (const file of filesUnder(contentDir)) {
    const size = statSync(file).size;
    if (size > 0) contentBySize.set(size, [...(contentBySize.get(size) ?? []), file]);
  }
  const contentHashes = new Map<string, string>();
  const hashOfContent = (file: string) => contentHashes.get(file) ?? contentHashes.set(file, sha256Hex(readFileSync(file))).get(file)!;
  const copies: { file: string; original: string; hash: string }[] = [];
  for (const file of filesUnder(outDir)) {
    const candidates = contentBySize.get(statSync(file).size);
    if (!candidates) continue;
    const hash = sha256Hex(readFileSync(file));
    const original = candidates.find((candidate) => hashOfContent(candidate) === hash);
    if (!original) continue;
    // A file the user put in public/ is theirs to publish (npm run check warns about its metadata).
    const fromPublic = path.join(publicDir, path.relative(outDir, file));
    if (existsSync(fromPublic) && sha256Hex(readFileSync(fromPublic)) === hash) continue;
    copies.push({ file, original, hash });
  }
  if (copies.length === 0) return { removed: [], reencoded: [] };
  const linkingText = filesUnder(outDir)
    .filter((file) => LINKING.test(file))
    .map((file) => readFileSync(file, 'utf8'));
  const result: ContentCopies = { removed: [], reencoded: [] };
  const problems: string[] = [];
  for (const { file, original, hash } of copies) {
    const relative = path.relative(outDir, file);
    const name = path.basename(file);
    const linked = linkingText.some((text) => text.includes(name) || text.includes(encodeURI(name)));
    if (!linked) {
      unlinkSync(file);
      result.removed.push(relative);
      continue;
    }
    const encode = ENCODE[path.extname(file).toLowerCase()];
    if (!encode) {
      problems.push(
        `${relative} is ${path.relative(contentDir, original)} from the content folder, unchanged, and a page links to it. Files are published only as re-encoded images; to publish a file as it is, put it in public/ and link to it from there.`,
      );
      continue;
    }
    const pixels = await redactedPixels(readFileSync(file), redactions[hash] ?? [], path.relative(contentDir, original));
    writeFileSync(file, await encode(sharp(pixels.data, rawInput(pixels))).toBuffer());
    result.reencoded.push(relative);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return result;
}
