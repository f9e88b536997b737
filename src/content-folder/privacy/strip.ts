/**
 * `npm run privacy -- strip`: removes metadata from the images of the content folder and public/,
 * in place, without changing a pixel (src/lib/images/strip-metadata.ts rebuilds JPEG, PNG and
 * WebP files from their own pixel data). A file with nothing to remove is not written.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { imageFormatOf } from '../../lib/images/containers.ts';
import { hasFindings, metadataFindings } from '../../lib/images/metadata-report.ts';
import { stripMetadata } from '../../lib/images/strip-metadata.ts';
import { imageFilesIn, imageMetadataBlocks } from './image-files.ts';

/** What stripping did to the images of some folders. */
export interface StripReport {
  /** Files written, with what was removed from each. */
  cleaned: { file: string; removed: string[]; keptOrientation: boolean }[];
  /** Files that still carry metadata this command cannot remove without re-encoding, and why. */
  left: { file: string; reason: string }[];
}

/** Writes a file through a temporary one, so an interrupted run never leaves half an image. */
function replaceFile(file: string, bytes: Buffer): void {
  const temporary = `${file}.commfolio-strip`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/** Strips metadata from every image under the folders; files with nothing to remove are not touched. */
export async function stripImages(folders: readonly string[]): Promise<StripReport> {
  const report: StripReport = { cleaned: [], left: [] };
  for (const file of imageFilesIn(folders)) {
    const bytes = readFileSync(file);
    const stripped = stripMetadata(bytes);
    if (stripped && stripped.removed.length > 0) {
      replaceFile(file, stripped.bytes);
      report.cleaned.push({ file, removed: stripped.removed, keptOrientation: stripped.keptOrientation });
    } else if (!stripped && hasFindings(metadataFindings(await imageMetadataBlocks(bytes)))) {
      const format = imageFormatOf(bytes);
      const reason =
        format === 'jpeg' || format === 'png' || format === 'webp'
          ? `its ${format.toUpperCase()} structure could not be read, so it was left as it is. Open it in an image editor, save it again and run this again.`
          : `${format?.toUpperCase() ?? 'Its'} files cannot be cleaned without re-encoding them. Save it as PNG (screenshots) or JPEG (photos) and run this again.`;
      report.left.push({ file, reason });
    }
  }
  return report;
}
