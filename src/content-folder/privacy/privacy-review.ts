/**
 * What `npm run check` says before a push, file by file: images whose metadata tells where they
 * were taken, the camera, names or captions (in the content folder, which a public repository
 * shows to anyone, and in public/, which the site publishes as it is); images whose hidden
 * regions are still visible in the file itself; and MDX files that act as code on the building
 * computer. Advice, not errors: the site itself publishes none of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_LAYOUT, collectionFiles } from '../layout.ts';
import { describeFindings, hasFindings } from '../../lib/images/metadata-report.ts';
import { mdxCodeFindings } from '../../lib/markdown/mdx-code.ts';
import { regionsStillShown } from '../../integrations/screenshots/redacted-pixels.ts';
import { imageFilesIn, imageFindings } from './image-files.ts';
import { redactedImages } from './redacted-images.ts';

/** One piece of privacy advice about one file. */
export interface PrivacyWarning {
  /** Absolute path of the file. */
  file: string;
  /** What it gives away and the command that fixes it. */
  message: string;
}

/** The commands that fix what the review finds, as the user types them. */
export const PRIVACY_COMMANDS = {
  strip: 'npm run privacy -- strip',
  bake: 'npm run privacy -- bake --originals ../commfolio-originals',
};

/** Warnings about image metadata in the content folder and in public/. */
async function metadataWarnings(contentDir: string, publicDir: string): Promise<PrivacyWarning[]> {
  const warnings: PrivacyWarning[] = [];
  for (const file of imageFilesIn([contentDir, publicDir])) {
    const findings = await imageFindings(file);
    if (!hasFindings(findings)) continue;
    const where = file.startsWith(publicDir + path.sep)
      ? 'The site publishes files in public/ exactly as they are, so every visitor can read it'
      : 'Anyone who can see your repository can read it, even though the site publishes a clean copy';
    warnings.push({
      file,
      message: `its metadata tells ${describeFindings(findings)}. ${where}. Remove it without changing the picture: ${PRIVACY_COMMANDS.strip}`,
    });
  }
  return warnings;
}

/** Warnings about images whose hidden regions are still visible in the file itself. */
async function redactionWarnings(contentDir: string): Promise<PrivacyWarning[]> {
  const warnings: PrivacyWarning[] = [];
  for (const image of redactedImages(contentDir)) {
    const shown = await regionsStillShown(readFileSync(image.file), image.redactions, image.file).catch(() => []);
    if (shown.length === 0) continue;
    const count = shown.length === 1 ? 'one region' : `${shown.length} regions`;
    const them = shown.length === 1 ? 'it' : 'them';
    warnings.push({
      file: image.file,
      message: `the site hides ${count} of it (redact), but this file still shows ${them} to anyone who can see your repository. Hide ${them} in the file itself, keeping the untouched original outside the repository: ${PRIVACY_COMMANDS.bake}`,
    });
  }
  return warnings;
}

/** Advice about MDX files that import Node's modules, import files as text or read the environment. */
function mdxWarnings(contentDir: string): PrivacyWarning[] {
  const files = (Object.keys(COLLECTION_LAYOUT) as (keyof typeof COLLECTION_LAYOUT)[])
    .flatMap((collection) => collectionFiles(contentDir, collection))
    .filter((file) => file.endsWith('.mdx'));
  return files.flatMap((file) => {
    const findings = mdxCodeFindings(readFileSync(file, 'utf8'));
    if (findings.length === 0) return [];
    const listed = findings.length === 1 ? findings[0] : `${findings.slice(0, -1).join(', ')} and ${findings.at(-1)}`;
    return [
      {
        file,
        message: `${listed}. MDX is code that runs on the computer that builds the site: it can read that computer's files and settings and publish them. Fine if you wrote it yourself; read any MDX you did not write before you build it.`,
      },
    ];
  });
}

/** Every privacy warning for a content folder and the project's public/ folder. */
export async function privacyWarnings(contentDir: string, publicDir: string): Promise<PrivacyWarning[]> {
  return [...(await metadataWarnings(contentDir, publicDir)), ...(await redactionWarnings(contentDir)), ...mdxWarnings(contentDir)];
}
