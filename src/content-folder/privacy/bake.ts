/**
 * `npm run privacy -- bake --originals <folder>`: hides the redacted regions in the image files
 * themselves, so the repository no longer holds what the site hides. Each untouched original is
 * first copied into the folder the user names (outside the content folder and the project, so it
 * is never pushed), at the same path as in the content folder. Files whose regions are already
 * hidden are not touched; an original is never overwritten by a different file.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { isInside } from '../check/image-reference.ts';
import { rawInput, redactedPixels, regionsStillShown } from '../../integrations/screenshots/redacted-pixels.ts';
import { redactedImages } from './redacted-images.ts';

/** What baking did. */
export interface BakeReport {
  /** Files changed, with where their original went and how many regions were hidden. */
  baked: { file: string; original: string; regions: number }[];
  /** Files not changed, and why. */
  skipped: { file: string; reason: string }[];
}

/** Encoders that keep a baked file in its own format, at a quality that adds no visible loss. */
const ENCODERS: Record<string, (image: Sharp) => Sharp> = {
  '.png': (image) => image.png({ compressionLevel: 9 }),
  '.jpg': (image) => image.jpeg({ quality: 92, mozjpeg: true }),
  '.jpeg': (image) => image.jpeg({ quality: 92, mozjpeg: true }),
  '.webp': (image) => image.webp({ quality: 92 }),
  '.avif': (image) => image.avif({ quality: 80 }),
  '.gif': (image) => image.gif(),
  '.tif': (image) => image.tiff(),
  '.tiff': (image) => image.tiff(),
};

/** The real path of a folder that may not exist yet (its nearest existing parent, resolved). */
function realFolder(folder: string): string {
  const missing: string[] = [];
  let existing = path.resolve(folder);
  while (!existsSync(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...missing);
}

/** Why the originals cannot go to this folder, or undefined. */
export function originalsFolderProblem(originalsDir: string, contentDir: string, projectDir: string): string | undefined {
  const folder = realFolder(originalsDir);
  if (isInside(realFolder(contentDir), folder))
    return `${originalsDir} is inside the content folder, which is pushed with your repository. Name a folder outside it, e.g. --originals ../commfolio-originals.`;
  if (isInside(realFolder(projectDir), folder))
    return `${originalsDir} is inside the project folder, which is pushed with your repository. Name a folder outside it, e.g. --originals ../commfolio-originals.`;
  return undefined;
}

/** Bakes every image's redactions into the file, keeping its original in `originalsDir`. */
export async function bakeRedactions(contentDir: string, originalsDir: string): Promise<BakeReport> {
  const report: BakeReport = { baked: [], skipped: [] };
  for (const image of redactedImages(contentDir)) {
    const bytes = readFileSync(image.file);
    const shown = await regionsStillShown(bytes, image.redactions, image.file);
    if (shown.length === 0) continue;
    const encode = ENCODERS[path.extname(image.file).toLowerCase()];
    if (!encode) {
      report.skipped.push({
        file: image.file,
        reason: `Commfolio cannot write ${path.extname(image.file)} files. Save it as PNG or JPEG and run this again.`,
      });
      continue;
    }
    const original = path.join(originalsDir, path.relative(contentDir, image.file));
    if (existsSync(original) && !readFileSync(original).equals(bytes)) {
      report.skipped.push({
        file: image.file,
        reason: `${original} already holds a different file, and an original is never overwritten. Move it away or name another --originals folder.`,
      });
      continue;
    }
    mkdirSync(path.dirname(original), { recursive: true });
    if (!existsSync(original)) copyFileSync(image.file, original);
    const pixels = await redactedPixels(bytes, image.redactions, image.file);
    const baked = await encode(sharp(pixels.data, rawInput(pixels))).toBuffer();
    const temporary = `${image.file}.commfolio-bake`;
    writeFileSync(temporary, baked);
    renameSync(temporary, image.file);
    report.baked.push({ file: image.file, original, regions: shown.length });
  }
  return report;
}
