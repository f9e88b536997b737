/**
 * Not a translation: this file finds every <code>.json beside it and checks it against
 * src/schemas/i18n.ts and English (the content check reports what it finds, naming file and key). To add a language, add its file; there is nothing else to edit
 * (docs/languages.md).
 *
 * Under Vite (the build, `astro dev`, vitest) the files are bundled with import.meta.glob, so an
 * edit reloads the page in `astro dev`; the scripts that plain Node runs (`npm run check`,
 * `npm run new`) read the folder instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLanguageFiles, type LanguageFile, type LanguageFileProblem } from '../lib/i18n/language-file.ts';

/** Parsed contents of every language file by file name ("hi.json"), or the Error that parsing it gave. */
function readLanguageFiles(): Map<string, unknown> {
  if (import.meta.env) {
    const bundled = import.meta.glob<unknown>('./*.json', { eager: true, import: 'default' });
    return new Map(Object.entries(bundled).map(([file, data]) => [path.basename(file), data]));
  }
  const folder = import.meta.dirname;
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => {
        try {
          return [file, JSON.parse(readFileSync(path.join(folder, file), 'utf8'))];
        } catch (error) {
          return [file, new Error(`is not valid JSON (${(error as Error).message}). Look for a missing comma or quote there.`)];
        }
      }),
  );
}

const { languageFiles, problems } = checkLanguageFiles('src/translations', readLanguageFiles());

/** Every interface language, English first. */
export const LANGUAGE_FILES: readonly LanguageFile[] = languageFiles;

/** What stops a build: every problem but missing keys (shown in English). The content check lists them. */
export const LANGUAGE_FILE_PROBLEMS: readonly LanguageFileProblem[] = problems;
