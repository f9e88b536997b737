/** Finding the images of a content folder and of public/, and reading what their metadata gives away. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { metadataBlocks, imageFormatOf, type MetadataBlock } from '../../lib/images/containers.ts';
import { tiffOf } from '../../lib/images/exif.ts';
import { metadataFindings, type MetadataFindings } from '../../lib/images/metadata-report.ts';

/** File extensions looked at: every format Commfolio publishes, and phone photos (HEIC). */
const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|tiff?|heic|heif)$/i;

/** Every image file under the folders that exist, as absolute paths, sorted (links are not followed). */
export function imageFilesIn(folders: readonly string[]): string[] {
  return folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && IMAGE_FILE.test(entry.name) && !entry.parentPath.split(path.sep).includes('node_modules'))
        .map((entry) => path.join(entry.parentPath, entry.name)),
    )
    .sort();
}

/**
 * The metadata blocks of an image file: read from its container for JPEG, PNG and WebP (where
 * `npm run privacy -- strip` can remove them), from its decoder for other formats.
 */
export async function imageMetadataBlocks(bytes: Buffer): Promise<MetadataBlock[]> {
  const format = imageFormatOf(bytes);
  if (format === 'jpeg' || format === 'png' || format === 'webp') return metadataBlocks(bytes);
  const { exif, xmp, iptc } = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => ({ exif: undefined, xmp: undefined, iptc: undefined }));
  return [
    ...(exif ? [{ kind: 'exif' as const, label: 'EXIF', data: tiffOf(exif) }] : []),
    ...(xmp ? [{ kind: 'xmp' as const, label: 'XMP', data: xmp }] : []),
    ...(iptc ? [{ kind: 'iptc' as const, label: 'IPTC', data: iptc }] : []),
  ];
}

/** What an image file's metadata gives away. */
export async function imageFindings(file: string): Promise<MetadataFindings> {
  return metadataFindings(await imageMetadataBlocks(readFileSync(file)));
}
