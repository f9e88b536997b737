import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { IMAGE_EXTENSIONS } from '../../schemas/shared.ts';
import { imageSizeProblem, unreadableImageProblem } from '../image-size.ts';
import { quoteValue } from '../../schemas/messages.ts';

/** Whether `candidate` is `folder` or lies inside it (paths compared as given). */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Why a Markdown file found in the content folder cannot be published: it is a link (or lies in a
 * linked folder) whose real file is outside the content folder. Images and CSV files in that
 * position are refused the same way (filePathProblem).
 */
export function linkedEntryProblem(entryFile: string, contentDir: string): string | undefined {
  const real = realpathSync(entryFile);
  if (isInside(realpathSync(contentDir), real)) return undefined;
  return `is a link to ${real}, outside the content folder, and is not published. Copy the file itself into the content folder.`;
}

/** Why an image path written in `entryFile` is unusable, or undefined when it is fine. */
export function imagePathProblem(reference: string, entryFile: string, contentDir: string): string | undefined {
  return filePathProblem(reference, entryFile, contentDir, IMAGE_EXTENSIONS, 'an image Commfolio can publish');
}

/** Why a path to a file of one of `extensions` (e.g. a CSV) written in `entryFile` is unusable, or undefined. */
export function filePathProblem(
  reference: string,
  entryFile: string,
  contentDir: string,
  extensions: readonly string[],
  what: string,
): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
    return `${quoteValue(reference)} is a web address. Download the file, put it beside the Markdown file and write its path, e.g. ./${extensions[0] === '.csv' ? 'data.csv' : 'screenshot.png'} (the site loads nothing from other sites).`;
  }
  if (path.isAbsolute(reference))
    return `${quoteValue(reference)} is an absolute path. Write a path relative to the Markdown file, e.g. ./screenshot.png.`;
  const resolved = path.resolve(path.dirname(entryFile), reference);
  if (!isInside(contentDir, resolved)) {
    return `${quoteValue(reference)} points outside the content folder. Move the image into the content folder, next to the Markdown file, and write ./${path.basename(reference)}.`;
  }
  if (!extensions.includes(path.extname(resolved).toLowerCase())) {
    return `${quoteValue(reference)} is not ${what}. Use one of: ${extensions.join(', ')}.`;
  }
  // Before existsSync: Windows and macOS find ./Photo.JPG when the file is photo.jpg, the Linux machine that publishes the site does not.
  const spelt = speltOnDisk(contentDir, resolved);
  if (spelt) {
    let written = path.relative(path.dirname(entryFile), spelt).split(path.sep).join('/');
    if (!written.startsWith('../')) written = `./${written}`;
    return `"${reference}" is written with other capitals than the file, ${written}. Write ${written}. Capitals count on the computer that publishes your site, even when they do not on yours.`;
  }
  if (!existsSync(resolved)) {
    return `${quoteValue(reference)} does not exist (looked for ${path.relative(contentDir, resolved)} in the content folder). Check the file name and its capitals.`;
  }
  if (!isInside(realpathSync(contentDir), realpathSync(resolved))) {
    return `${quoteValue(reference)} is a link to a file outside the content folder. Copy the file itself into the content folder.`;
  }
  return undefined;
}

/**
 * The path of the file `resolved` names as the content folder spells it, when the two differ only in
 * capitals; undefined when the path is spelt exactly as on disk or names no file at all.
 */
function speltOnDisk(contentDir: string, resolved: string): string | undefined {
  let folder = contentDir;
  let differs = false;
  for (const part of path.relative(contentDir, resolved).split(path.sep)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return undefined;
    }
    const name = names.includes(part) ? part : names.find((candidate) => candidate.toLowerCase() === part.toLowerCase());
    if (name === undefined) return undefined;
    differs ||= name !== part;
    folder = path.join(folder, name);
  }
  return differs ? folder : undefined;
}

/**
 * Schema of an image path written in `entryFile`, checked the way the build will resolve it, and
 * refused when it is over sharp's pixel limit: Astro would publish such a file untouched, with its
 * EXIF and GPS data. Asynchronous: it reads the image's header.
 */
export function imageReferenceSchema(entryFile: string, contentDir: string) {
  return () =>
    z.string({ error: 'Write the image path as text, e.g. ./screenshot.png.' }).superRefine(async (reference, context) => {
      const problem = imagePathProblem(reference, entryFile, contentDir);
      if (problem) return context.addIssue({ code: 'custom', message: problem });
      const tooLarge = await unpublishableImageProblem(reference, entryFile);
      if (tooLarge) context.addIssue({ code: 'custom', message: tooLarge });
    });
}

/** Why the image at `reference` cannot be published: unreadable (empty, text, cut short) or too large; or undefined. */
async function unpublishableImageProblem(reference: string, entryFile: string): Promise<string | undefined> {
  const resolved = path.resolve(path.dirname(entryFile), reference);
  const unreadable = await unreadableImageProblem(resolved);
  if (unreadable) return `${quoteValue(reference)} ${unreadable}`;
  const tooLarge = await imageSizeProblem(resolved);
  return tooLarge && `${quoteValue(reference)} ${tooLarge} It is not published: it would go out with its metadata.`;
}

/**
 * Schema of a path to a CSV, screenshot or social image beside `entryFile`, checked the way the
 * build will read it; an image over sharp's pixel limit is refused (it could not be re-encoded).
 */
export function fileReferenceSchema(entryFile: string, contentDir: string) {
  return (extensions: readonly string[]) =>
    z.string({ error: 'Write the file path as text, e.g. ./screenshot.png.' }).superRefine(async (reference, context) => {
      const isCsv = extensions.includes('.csv');
      const problem = filePathProblem(
        reference,
        entryFile,
        contentDir,
        extensions,
        isCsv ? 'a CSV file' : 'an image Commfolio can publish',
      );
      if (problem) return context.addIssue({ code: 'custom', message: problem });
      if (isCsv) return;
      const tooLarge = await unpublishableImageProblem(reference, entryFile);
      if (tooLarge) context.addIssue({ code: 'custom', message: tooLarge });
    });
}
