/**
 * Files an importer means to write, written all at once only when none of them would replace a
 * file the user has (unless they said --force): a refused import leaves the content folder as it was.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One file to write: its absolute path and its text. */
export interface PlannedFile {
  file: string;
  text: string;
}

/** The planned files that already exist (and would be replaced). */
export function existingFiles(planned: readonly PlannedFile[]): string[] {
  return planned.filter(({ file }) => existsSync(file)).map(({ file }) => file);
}

/** Writes every planned file, creating folders as needed. */
export function writePlannedFiles(planned: readonly PlannedFile[]): void {
  for (const { file, text } of planned) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
