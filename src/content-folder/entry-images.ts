import path from 'node:path';
import { readEntryFile } from './entry-file.ts';

/**
 * The file an image field of an entry names, as an absolute path. Astro turns image fields into
 * optimised-image metadata without a public file path; the card step needs the original file, so
 * it reads the path as written (the content check has already made sure it exists inside the
 * content folder).
 */
export function frontmatterImageFile(entryFile: string, field: 'photo'): string | undefined {
  const value = readEntryFile(entryFile).data?.[field] as { file?: unknown } | undefined;
  return typeof value?.file === 'string' ? path.resolve(path.dirname(entryFile), value.file) : undefined;
}
