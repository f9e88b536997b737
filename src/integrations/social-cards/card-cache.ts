import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardText, clampCard } from '../../social-card/card-data.ts';
import { facesForText, fontPackageVersions } from '../../social-card/fonts.ts';
import type { CardInput } from '../../social-card/render.ts';
import type { Redaction } from '../../schemas/screenshot.ts';

/**
 * Cache keys of cards. A card is reused only when nothing that changes its pixels has changed:
 * its text and theme, the photo or own image (by content, with its hidden regions), the fonts its text needs, the card
 * code itself (templates, text handling, renderer, redaction) and the versions of satori, resvg-js, Twemoji,
 * sharp and libvips,
 * including the patch applied to satori.
 */

/** One file the card step writes: a rendered card, or a page's own image cut to size. */
export interface CardJob {
  /** Output path relative to the site's output folder, e.g. `social-cards/post/hello.png`. */
  file: string;
  /** The card to render; ignored when `image` is set. */
  input: CardInput;
  /** Absolute path of the page's own image (`socialImage`), used instead of a rendered card. */
  image?: string;
  /** Regions of `image` to hide (those any screenshot of the same file hides). */
  imageRedactions?: readonly Redaction[];
}

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The card design (src/social-card/): any change to its code may change a card's pixels. */
const designFolder = path.join(projectRoot, 'src', 'social-card');

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

const versionOf = (module: string) => (require(`${module}/package.json`) as { version: string }).version;

/** What every card depends on besides its own content: card code, renderer and font versions. */
export function rendererFingerprint(): string {
  const code = readdirSync(designFolder)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(path.join(designFolder, file)));
  // Photos and own images are decoded and redacted by the screenshot code before a card uses them.
  const redaction = [
    'src/integrations/screenshots/redact.ts',
    'src/integrations/screenshots/redacted-pixels.ts',
    'src/lib/screenshots/regions.ts',
  ].map((file) => readFileSync(path.join(projectRoot, file)));
  // The fixes npm install applies to dependencies (satori's mark offsets) change pixels too.
  const postinstall = path.join(projectRoot, 'scripts', 'postinstall');
  const patchFiles = existsSync(postinstall)
    ? readdirSync(postinstall)
        .sort()
        .map((file) => readFileSync(path.join(postinstall, file)))
    : [];
  // sharp's versions name sharp itself, libvips and the image libraries it was built with.
  const sharpVersions = JSON.stringify((require('sharp') as { versions: object }).versions);
  return sha256(
    ...code,
    ...redaction,
    ...patchFiles,
    versionOf('satori'),
    versionOf('@resvg/resvg-js'),
    versionOf('@twemoji/svg'),
    sharpVersions,
    JSON.stringify(fontPackageVersions()),
  );
}

/** Hashes file contents, each file once per build. */
export function fileHasher(): (file: string) => string {
  const hashes = new Map<string, string>();
  return (file) => {
    if (!hashes.has(file)) hashes.set(file, sha256(readFileSync(file)));
    return hashes.get(file)!;
  };
}

/** The cache key of a job: a hash of everything that changes its pixels. */
export function cardHash(job: CardJob, fingerprint: string, hashFile: (file: string) => string): string {
  if (job.image) return sha256('own-image', fingerprint, hashFile(job.image), JSON.stringify(job.imageRedactions ?? []));
  const data = clampCard(job.input.data);
  const fonts = facesForText(cardText(data)).map((face) => face.name);
  return sha256(
    'card',
    fingerprint,
    JSON.stringify(data),
    JSON.stringify(job.input.theme),
    JSON.stringify(fonts),
    job.input.photo ? hashFile(job.input.photo) : '',
    JSON.stringify(job.input.photoRedactions ?? []),
  );
}

/** What a cached card held when it was written: its size in bytes and its SHA-256. */
export interface CachedCardRecord {
  size: number;
  sha256: string;
}

/** The records of a card cache folder, by file name. */
export type CardManifest = Record<string, CachedCardRecord>;

/** Where a card cache's records are kept: beside the folder, so the folder holds only cards. */
export const cardManifestFile = (cacheDir: string) => `${cacheDir}.manifest.json`;

/** The records of a card cache; none when the file is missing or unreadable (every card is then rendered again). */
export async function readCardManifest(cacheDir: string): Promise<CardManifest> {
  try {
    return JSON.parse(await readFile(cardManifestFile(cacheDir), 'utf8')) as CardManifest;
  } catch {
    return {};
  }
}

/** Writes a card cache's records, whole or not at all. */
export async function writeCardManifest(cacheDir: string, manifest: CardManifest): Promise<void> {
  const partial = `${cardManifestFile(cacheDir)}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(manifest));
  await rename(partial, cardManifestFile(cacheDir));
}

/** The record of a card file as it is now. */
export async function recordCard(file: string): Promise<CachedCardRecord> {
  const bytes = await readFile(file);
  return { size: bytes.length, sha256: sha256(bytes) };
}

/**
 * Whether a cached card is still what was written: its size, then its SHA-256, match the record.
 * A card written over, cut short or replaced since (nothing may be edited in the cache) is not.
 */
export async function isIntactCard(file: string, record: CachedCardRecord | undefined): Promise<boolean> {
  if (!record) return false;
  try {
    if ((await stat(file)).size !== record.size) return false;
    return (await recordCard(file)).sha256 === record.sha256;
  } catch {
    return false;
  }
}
