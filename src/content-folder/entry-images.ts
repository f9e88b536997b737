import path from 'node:path';
import { readEntryFile } from './entry-file.ts';

/** The file an image field of an entry's frontmatter names (`photo: { file: ./me.jpg }`), as an absolute path; undefined without one. */
export function imageFieldFile(entryFile: string, data: Record<string, unknown>, field: string): string | undefined {
  const value = data[field] as { file?: unknown } | undefined;
  return typeof value?.file === 'string' ? path.resolve(path.dirname(entryFile), value.file) : undefined;
}

/**
 * The file an image field of an entry names, as an absolute path. Astro turns image fields into
 * optimised-image metadata without a public file path; the card step needs the original file, so
 * it reads the path as written (the content check has already made sure it exists inside the
 * content folder).
 */
export function frontmatterImageFile(entryFile: string, field: 'photo'): string | undefined {
  return imageFieldFile(entryFile, readEntryFile(entryFile).data ?? {}, field);
}
